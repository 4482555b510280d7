/**
 * The joint choice of readings for slots that rule instances tie together: the readings that
 * break the fewest instances, then cost least. A depth-first search over the slots (fewest
 * readings first) tries 0 broken instances, then 1, … up to SOLVER.maxBroken, dropping a branch
 * as soon as more instances are broken than allowed or its cost can no longer come within the
 * margin of the best; it gives up after a fixed number of steps.
 */
import type { Candidate } from './readings.js';
import { stillPossible, type Constraint, type Values } from './rules.js';

export interface Slot {
  ids: string[];
  readings: Candidate[];
}

export interface SearchSettings {
  maxBroken: number;
  costMargin: number;
  steps: number;
}

export interface SearchOutcome {
  /** Per slot, the indices of the readings that appear in some best solution. */
  used: Set<number>[];
  /** Broken instances of the best solutions (0 where every rule holds); null when none within maxBroken. */
  broken: number | null;
  /** The constraints every best solution breaks. */
  brokenEverywhere: Constraint[];
  capped: boolean;
}

/** The best solutions with exactly `allowed` broken instances (none with fewer exist): per reading and constraint, the least cost of a solution using or keeping it. */
function searchAt(slots: Slot[], constraints: Constraint[], known: Values, allowed: number, margin: number, budget: { steps: number }) {
  const order = slots.map((_, i) => i).sort((a, b) => slots[a].readings.length - slots[b].readings.length);
  const slotOf = new Map<string, number>();
  slots.forEach((s, i) => s.ids.forEach((id) => slotOf.set(id, i)));
  const touching = slots.map((_, i) =>
    constraints.flatMap((c, n) => ([...c.lhs, ...c.rhs].some((id) => slotOf.get(id) === i) ? [n] : [])),
  );
  // The least cost the slots after each depth can add: a bound on any completion.
  const minCost = order.map((s) => Math.min(...slots[s].readings.map((r) => r.cost)));
  const rest = order.map((_, d) => minCost.slice(d).reduce((a, b) => a + b, 0)).concat(0);

  const values: Values = new Map(known);
  const broken = constraints.map(() => false);
  const chosen: number[] = new Array(slots.length).fill(-1);
  const readingCost = slots.map((s) => s.readings.map(() => Infinity));
  const keptCost = constraints.map(() => Infinity);
  let best = Infinity;
  let nBroken = 0;

  const walk = (depth: number, cost: number): boolean => {
    if (depth === order.length) {
      best = Math.min(best, cost);
      chosen.forEach((r, s) => (readingCost[s][r] = Math.min(readingCost[s][r], cost)));
      broken.forEach((b, n) => b || (keptCost[n] = Math.min(keptCost[n], cost)));
      return true;
    }
    const s = order[depth];
    const slot = slots[s];
    for (let r = 0; r < slot.readings.length; r++) {
      const reading = slot.readings[r];
      if (reading.breaks > allowed) break; // readings come fewest breaks first
      if (cost + reading.cost + rest[depth + 1] > best + margin) continue;
      if (--budget.steps < 0) return false;
      slot.ids.forEach((id, k) => values.set(id, reading.values[k]));
      const newly = touching[s].filter((n) => !broken[n] && !stillPossible(constraints[n], values));
      newly.forEach((n) => (broken[n] = true));
      nBroken += newly.length;
      chosen[s] = r;
      const goOn = nBroken > allowed || walk(depth + 1, cost + reading.cost);
      newly.forEach((n) => (broken[n] = false));
      nBroken -= newly.length;
      if (!goOn) return false;
    }
    slot.ids.forEach((id) => values.delete(id));
    chosen[s] = -1;
    return true;
  };
  const finished = walk(0, 0);
  return { finished, best, readingCost, keptCost };
}

export function searchJointly(slots: Slot[], constraints: Constraint[], known: Values, settings: SearchSettings): SearchOutcome {
  const budget = { steps: settings.steps };
  const none = { used: slots.map(() => new Set<number>()), brokenEverywhere: [] };
  for (let allowed = 0; allowed <= settings.maxBroken; allowed++) {
    const at = searchAt(slots, constraints, known, allowed, settings.costMargin, budget);
    if (!at.finished) return { ...none, broken: null, capped: true };
    if (at.best === Infinity) continue;
    const within = (cost: number) => cost <= at.best + settings.costMargin;
    return {
      used: at.readingCost.map((costs) => new Set(costs.flatMap((c, r) => (within(c) ? [r] : [])))),
      broken: allowed,
      brokenEverywhere: constraints.filter((_, n) => !within(at.keptCost[n])),
      capped: false,
    };
  }
  return { ...none, broken: null, capped: false };
}
