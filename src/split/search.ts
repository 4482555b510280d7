/**
 * The joint choice of readings for slots that rule instances tie together: the readings that
 * break the fewest instances, then cost least. The slots are read in a fixed order (the one
 * completing most sums first, so a total row comes before the rows that fill it); the state
 * after some of them is how many instances are broken and, for those still open, the
 * difference of their partial sides, so equal states are solved once (memoised). A branch stops
 * as soon as it cannot come under the cost limit, or as soon as more instances than allowed are
 * broken or beyond repair by what the remaining slots can add; a slot's readings are looked up
 * by the sums it completes (./closing.ts). 0 broken instances are tried first, then 1, … up to
 * `maxBroken`.
 *
 * Among the solutions breaking that fewest number, positions decide only where they are clear,
 * slot by slot: where every solution reading a slot otherwise costs more than the cheapest by at
 * least `costMargin` per cell it reads otherwise, the slot keeps the cheapest reading; else every
 * reading some such solution gives it, whatever its cost (the sums alone), since pdftotext
 * shifts whole columns and a near rival says positions mislead there.
 * Past `steps` states and transitions the search stops and the caller flags every slot of the group.
 */
import type { Candidate } from './readings.js';
import { ClosingIndex } from './closing.js';
import { breaks, terms, type Constraint, type Values } from './rules.js';
import { parseCellId } from '../core/index.js';

export interface Slot {
  ids: string[];
  readings: Candidate[];
}

/** The indices of a slot's readings that break at most `most` instances of its own rules. */
export const readingsBreakingAtMost = (slot: Slot, most: number): number[] =>
  slot.readings.flatMap((r, i) => (r.breaks <= most ? [i] : []));

export interface SearchSettings {
  maxBroken: number;
  costMargin: number;
  /** States and transitions visited per group: past it the search stops (the caller flags). */
  steps: number;
  /** Where every solution is too many to read: how much costlier than the cheapest a solution read instead may be. */
  fallbackSlack: number;
}

export interface SearchOutcome {
  /** Per slot, the indices of the readings that appear in some kept solution. */
  used: Set<number>[];
  /** Broken instances of the kept solutions (0 where every rule holds); null when none within maxBroken. */
  broken: number | null;
  /** The constraints every kept solution breaks. */
  brokenEverywhere: Constraint[];
  capped: boolean;
}

/**
 * Instances already broken, and per instance the partial lhs minus the partial rhs: every test
 * of an instance compares its two sides, so their difference is all it needs.
 */
interface State {
  broken: number[];
  diffs: Float64Array;
}

class OutOfSteps extends Error {}

/**
 * The order slots are read in: next the one that completes the most sides of instances (a
 * total row first, so the results after it only fill what remains), then the fewest readings.
 */
function readingOrder(slots: Slot[], constraints: Constraint[]): number[] {
  const left = new Set(slots.map((_, i) => i));
  const slotOf = new Map(slots.flatMap((s, i) => s.ids.map((id) => [id, i] as const)));
  const sides = constraints.flatMap((c) => [c.lhs, c.rhs]).map((ids) => new Set(ids.map((id) => slotOf.get(id))));
  const order: number[] = [];
  while (left.size) {
    const completes = (s: number) =>
      sides.filter((side) => side.has(s) && [...side].every((t) => t === undefined || t === s || !left.has(t))).length;
    const next = [...left].sort(
      (a, b) => completes(b) - completes(a) || slots[a].readings.length - slots[b].readings.length || a - b,
    )[0];
    order.push(next);
    left.delete(next);
  }
  return order;
}

class Solver {
  private readonly order: number[];
  /** Per slot and reading, the constraints it adds to and by how much on each side. */
  private readonly adds: [number, number, number][][][];
  /** Per constraint, the depth from which each side has every term. */
  private readonly lhsDone: number[];
  private readonly rhsDone: number[];
  private readonly base: number[];
  /** Per depth, the instances some slot before it added to that are not complete yet. */
  private readonly openAt: number[][];
  /** Per depth, the instances its slot completes, and its readings indexed by what they add to them. */
  private readonly closing: { instances: number[]; index: ClosingIndex }[];
  /** Per depth and instance, the least and most the slots from that depth on can still add to it. */
  private readonly reach: { least: Float64Array; most: Float64Array }[];
  private memo = new Map<string, { value: number; exact: boolean }>();
  /** Per slot and reading, the cost searched for (the offsets, or offsets less a margin per cell read otherwise). */
  private costs: number[][] = [];
  /** The least cost the slots from each depth on can add. */
  private floor: number[] = [];

  constructor(
    private readonly slots: Slot[],
    private readonly constraints: Constraint[],
    known: Values,
    private steps: number,
  ) {
    this.order = readingOrder(slots, constraints);
    const depthOf = new Map(this.order.flatMap((s, d) => slots[s].ids.map((id) => [id, d + 1] as const)));
    const doneAt = (ids: string[]) => Math.max(0, ...ids.map((id) => depthOf.get(id) ?? 0));
    this.lhsDone = constraints.map((c) => doneAt(c.lhs));
    this.rhsDone = constraints.map((c) => doneAt(c.rhs));
    const knownSum = (ids: string[]) => ids.reduce((sum, id) => sum + (known.get(id) ?? 0), 0);
    this.base = constraints.map((c) => knownSum(c.lhs) - knownSum(c.rhs));
    // An instance is open at a depth once a slot before it added to it, until both sides are complete.
    const firstAt = constraints.map((c) => Math.min(...terms(c).map((id) => depthOf.get(id) ?? Infinity)));
    this.openAt = Array.from({ length: this.order.length + 1 }, (_, d) =>
      constraints.flatMap((_, n) => (firstAt[n] <= d && Math.max(this.lhsDone[n], this.rhsDone[n]) > d ? [n] : [])),
    );
    this.adds = slots.map((slot) =>
      slot.readings.map((reading) =>
        constraints.flatMap((c, n) => {
          const side = (ids: string[]) =>
            slot.ids.reduce((sum, id, k) => sum + (ids.includes(id) ? reading.values[k] : 0), 0);
          return slot.ids.some((id) => terms(c).includes(id))
            ? [[n, side(c.lhs), side(c.rhs)] as [number, number, number]]
            : [];
        }),
      ),
    );
    this.closing = this.order.map((s, d) => {
      const instances = constraints.flatMap((_, n) =>
        Math.max(this.lhsDone[n], this.rhsDone[n]) === d + 1 && this.adds[s][0]?.some(([m]) => m === n) ? [n] : [],
      );
      const adds = this.adds[s].map((add) =>
        instances.map((n) => add.filter(([m]) => m === n).reduce((sum, [, dl, dr]) => sum + dl - dr, 0)),
      );
      return { instances, index: new ClosingIndex(adds) };
    });
    const none = () => ({ least: new Float64Array(constraints.length), most: new Float64Array(constraints.length) });
    this.reach = [...this.order.map(none), none()];
    for (let d = this.order.length - 1; d >= 0; d--) {
      const s = this.order[d];
      constraints.forEach((_, n) => {
        const added = this.adds[s].map((add) => add.reduce((sum, [m, dl, dr]) => sum + (m === n ? dl - dr : 0), 0));
        this.reach[d].least[n] = this.reach[d + 1].least[n] + Math.min(...added);
        this.reach[d].most[n] = this.reach[d + 1].most[n] + Math.max(...added);
      });
    }
  }

  /**
   * How many instances not broken yet must break whatever the slots from `depth` on read: those
   * whose difference the rest cannot bring back to 0 (a lower bound, so a branch stops early).
   */
  private bound(st: State, depth: number): number {
    const { least, most } = this.reach[depth];
    let certain = 0;
    for (let n = 0; n < this.constraints.length; n++)
      if (!st.broken.includes(n) && (st.diffs[n] + least[n] > 1e-6 || st.diffs[n] + most[n] < -1e-6)) certain++;
    return certain;
  }

  /** The readings of the slot at `depth` that may keep within `allowed` broken instances, in their order. */
  private candidates(st: State, depth: number, allowed: number): number[] {
    const { instances, index } = this.closing[depth];
    const needed = instances.map((n) => (st.broken.includes(n) ? null : -st.diffs[n]));
    return index.candidates(needed, allowed - st.broken.length);
  }

  /** Searches with these costs from now on (the memo holds values of the previous ones). */
  private useCosts(costs: number[][]): void {
    this.costs = costs;
    const least = this.order.map((s) => Math.min(...costs[s]));
    this.floor = this.order.map((_, d) => least.slice(d).reduce((a, b) => a + b, 0)).concat(0);
    this.memo = new Map();
  }

  private spend(): void {
    if (--this.steps < 0) throw new OutOfSteps();
  }

  /** The state after reading `r` of the slot at `depth`; null when more than `allowed` instances break. */
  private next(st: State, depth: number, r: number, allowed: number): State | null {
    const s = this.order[depth];
    const diffs = st.diffs.slice();
    let broken = st.broken;
    for (const [n, dl, dr] of this.adds[s][r]) {
      if (broken.includes(n)) continue;
      diffs[n] += dl - dr;
      if (breaks(this.constraints[n], diffs[n], this.lhsDone[n] <= depth + 1, this.rhsDone[n] <= depth + 1)) {
        broken = [...broken, n].sort((a, b) => a - b);
        if (broken.length > allowed) return null;
      }
    }
    return { broken, diffs };
  }

  /**
   * The state's identity at a depth for what follows: how many instances are broken, and the
   * differences of those still open there (an instance closed before cannot change again).
   */
  private keyOf(depth: number, st: State): string {
    const open = this.openAt[depth].map((n) => (st.broken.includes(n) ? 'x' : +st.diffs[n].toFixed(6)));
    return `${depth}|${st.broken.length}|${open.join(',')}`;
  }

  private start(): State {
    return { broken: [], diffs: Float64Array.from(this.base) };
  }

  /**
   * The least cost of reading the slots from `depth` on when it is at most `limit`, else a
   * number above `limit` (Infinity when none breaks at most `allowed`). The memo keeps exact
   * values, or how far a state is known to exceed a limit already tried.
   */
  private rest(st: State, depth: number, allowed: number, limit: number): number {
    if (depth === this.order.length) return 0;
    if (this.floor[depth] > limit) return this.floor[depth];
    if (st.broken.length + this.bound(st, depth) > allowed) return Infinity;
    const key = this.keyOf(depth, st);
    const known = this.memo.get(key);
    if (known && (known.exact || known.value > limit)) return known.value;
    this.spend();
    let best = Infinity;
    let exact = true;
    const s = this.order[depth];
    const readings = this.slots[s].readings;
    // Nothing costs less than the floor: once it is reached, the other readings cannot do better.
    for (const r of this.candidates(st, depth, allowed)) {
      if (best <= this.floor[depth] + 1e-9 || readings[r].breaks > allowed) break; // readings come fewest breaks first
      const cost = this.costs[s][r];
      const room = Math.min(limit, best) - cost;
      if (this.floor[depth + 1] > room) {
        exact = false;
        continue;
      }
      this.spend();
      const after = this.next(st, depth, r, allowed);
      if (!after) continue;
      const tail = this.rest(after, depth + 1, allowed, room);
      if (tail > room) exact &&= tail === Infinity;
      else best = Math.min(best, cost + tail);
    }
    // Readings left out for the limit make the value a bound only: above `limit`.
    const value = best <= limit ? best : exact ? Infinity : limit + 1e-6;
    this.memo.set(key, { value, exact: best <= limit || exact });
    return value;
  }

  /** The least cost of a solution, trying growing limits so that costly branches are left unread. */
  private cheapest(allowed: number): number {
    for (let extra = 4; ; extra *= 4) {
      const limit = extra > 1e4 ? Infinity : this.floor[0] + extra;
      const best = this.rest(this.start(), 0, allowed, limit);
      if (best <= limit || best === Infinity) return best;
    }
  }

  /** The readings used by solutions costing at most `limit`, and the instances some such solution keeps. */
  private within(allowed: number, limit: number): { used: Set<number>[]; kept: boolean[] } {
    const used = this.slots.map(() => new Set<number>());
    let layer = new Map<string, { st: State; cost: number }>([['', { st: this.start(), cost: 0 }]]);
    this.order.forEach((s, depth) => {
      const following = new Map<string, { st: State; cost: number }>();
      for (const { st, cost } of layer.values()) {
        for (const r of this.candidates(st, depth, allowed)) {
          if (this.slots[s].readings[r].breaks > allowed) break;
          this.spend();
          const after = this.next(st, depth, r, allowed);
          const total = after && cost + this.costs[s][r];
          if (!after || total! + this.rest(after, depth + 1, allowed, limit - total!) > limit + 1e-9) continue;
          used[s].add(r);
          // Solutions that break other instances are told apart: which ones every solution breaks is reported.
          const key = `${this.keyOf(depth + 1, after)}|${after.broken.join(',')}`;
          if ((following.get(key)?.cost ?? Infinity) > total!) following.set(key, { st: after, cost: total! });
        }
      }
      layer = following;
    });
    const kept = this.constraints.map((_, n) => [...layer.values()].some(({ st }) => !st.broken.includes(n)));
    return { used, kept };
  }

  /**
   * The slots whose cheapest reading positions settle: the cheapest solutions agree on it, and
   * every solution reading the slot otherwise costs more than the cheapest once `margin` is
   * taken off per cell it reads otherwise (costs stay additive per slot that way). A near
   * rival elsewhere in the table leaves the other slots settled.
   */
  private settledSlots(allowed: number, best: number, near: Set<number>[], margin: number): boolean[] {
    const star = this.cheapestValues(near);
    const same = (s: number, r: number) => this.slots[s].readings[r].values.every((v, k) => v === star[s][k]);
    const offset = this.slots.map((slot, s) =>
      slot.readings.map((r) => r.cost - margin * r.values.filter((v, k) => v !== star[s][k]).length),
    );
    const steps = this.steps;
    this.useCosts(offset);
    try {
      // Every solution cheaper than the cheapest once the margin is taken off, at once: a slot
      // some such solution reads otherwise is not settled by positions.
      const cheaper = this.within(allowed, best - 2e-9);
      return near.map((used, s) => [...used, ...cheaper.used[s]].every((r) => same(s, r)));
    } catch (e) {
      // Out of steps here, the slots are read by the sums alone, as without positions.
      if (!(e instanceof OutOfSteps)) throw e;
      this.steps = steps;
      return near.map(() => false);
    }
  }

  /**
   * Every solution the sums allow, whatever its positions. Where there are too many to read,
   * those within `fallbackSlack` of the cheapest: far-off placements of many numbers at once
   * are not read, as a single slot's are not. But not where a column is blank in every slot of
   * the cheapest solution beside one that is not: all of its neighbour may have slid into it,
   * which keeps every sum and costs much, so only reading every solution could say. There each
   * slot may read any reading breaking no more than `allowed` instances, and no slot is settled
   * by positions: a cell all of them agree on (a row's total) reads all the same. The instances
   * every cheapest solution breaks are reported broken: a check to look at, where another
   * solution might break another instead.
   */
  private sumsAlone(
    allowed: number,
    best: number,
    near: { used: Set<number>[]; kept: boolean[] },
    settings: SearchSettings,
  ) {
    const steps = this.steps;
    try {
      return { ...this.within(allowed, Infinity), positionsTrusted: true };
    } catch (e) {
      if (!(e instanceof OutOfSteps)) throw e;
      if (this.slidable(near.used)) {
        const used = this.slots.map((slot) => new Set(readingsBreakingAtMost(slot, allowed)));
        return { used, kept: near.kept, positionsTrusted: false };
      }
      this.steps = steps + settings.steps;
      return { ...this.within(allowed, best + settings.fallbackSlack), positionsTrusted: true };
    }
  }

  /** Per slot, the values of the first reading the cheapest solutions give it. */
  private cheapestValues(near: Set<number>[]): number[][] {
    return near.map((used, s) => this.slots[s].readings[[...used][0]].values);
  }

  /** Whether the cheapest solution leaves a column blank in every slot beside a column that is not. */
  private slidable(near: Set<number>[]): boolean {
    const filled = new Map<string, boolean>();
    const star = this.cheapestValues(near);
    this.slots.forEach((slot, s) =>
      slot.ids.forEach((id, k) => {
        const { col } = parseCellId(id);
        filled.set(col, (filled.get(col) ?? false) || star[s][k] !== 0);
      }),
    );
    const cols = [...filled.keys()];
    return cols.some((c, i) => !filled.get(c) && [cols[i - 1], cols[i + 1]].some((n) => n && filled.get(n)));
  }

  solve(settings: SearchSettings): SearchOutcome {
    const offsets = this.slots.map((slot) => slot.readings.map((r) => r.cost));
    for (let allowed = 0; allowed <= settings.maxBroken; allowed++) {
      this.useCosts(offsets);
      const best = this.cheapest(allowed);
      if (best === Infinity) continue;
      const near = this.within(allowed, best);
      // Where no reading has a cost (glued runs), the cheapest solutions are all of them.
      const costless = offsets.every((costs) => costs.every((c) => c === 0));
      const settled = costless
        ? near.used.map(() => true)
        : this.settledSlots(allowed, best, near.used, settings.costMargin);
      this.useCosts(offsets);
      const all = settled.every(Boolean)
        ? { ...near, positionsTrusted: true }
        : this.sumsAlone(allowed, best, near, settings);
      return {
        used: all.used.map((used, s) => (settled[s] && all.positionsTrusted ? near.used[s] : used)),
        broken: allowed,
        brokenEverywhere: this.constraints.filter((_, n) => !all.kept[n]),
        capped: false,
      };
    }
    return { used: this.slots.map(() => new Set()), broken: null, brokenEverywhere: [], capped: false };
  }
}

export function searchJointly(
  slots: Slot[],
  constraints: Constraint[],
  known: Values,
  settings: SearchSettings,
): SearchOutcome {
  const all = searchAll(slots, constraints, known, settings);
  return (all.capped && searchSelfConsistent(slots, constraints, known, settings)) || all;
}

/**
 * Where every reading of every slot is too many to search (a row total broken in two rows of a
 * glued report lets each long row read any cut), the slots that can keep their own rules are
 * read keeping them, and only the slots that cannot are searched through every reading they
 * have. Null where no slot keeps its own rules or this search finds nothing either.
 */
function searchSelfConsistent(
  slots: Slot[],
  constraints: Constraint[],
  known: Values,
  settings: SearchSettings,
): SearchOutcome | null {
  const keeping = slots.map((s) => readingsBreakingAtMost(s, 0));
  if (keeping.every((k, i) => !k.length || k.length === slots[i].readings.length)) return null;
  const cut = slots.map((s, i) => (keeping[i].length ? { ...s, readings: keeping[i].map((r) => s.readings[r]) } : s));
  const outcome = searchAll(cut, constraints, known, settings);
  if (outcome.capped || outcome.broken === null) return null;
  const used = outcome.used.map((u, i) => (keeping[i].length ? new Set([...u].map((r) => keeping[i][r])) : u));
  return { ...outcome, used };
}

function searchAll(slots: Slot[], constraints: Constraint[], known: Values, settings: SearchSettings): SearchOutcome {
  try {
    return new Solver(slots, constraints, known, settings.steps).solve(settings);
  } catch (e) {
    if (!(e instanceof OutOfSteps)) throw e;
    return { used: slots.map(() => new Set()), broken: null, brokenEverywhere: [], capped: true };
  }
}
