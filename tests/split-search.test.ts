/**
 * The joint search (src/split/search.ts) against exhaustive search on small random cases: the
 * same fewest broken instances, the same readings kept and the same instances broken by every
 * kept solution, however it prunes and looks readings up. Where it runs out of steps, what it
 * reads instead: the solutions near the cheapest, or the slots that can keep their own rules
 * read keeping them.
 */
import type { Candidate } from '../src/split/readings.js';
import type { Constraint, Values } from '../src/split/rules.js';
import { searchJointly, type Slot } from '../src/split/search.js';
import { seededRandom } from './helpers/mutate.js';

interface Case {
  slots: Slot[];
  constraints: Constraint[];
  known: Values;
}

const satisfied = (c: Constraint, values: Values) => {
  const sum = (ids: string[]) => ids.reduce((s, id) => s + values.get(id)!, 0);
  return Math.abs(sum(c.lhs) - sum(c.rhs)) < 1e-6;
};

/** Slots of 2–3 cells with a hidden true reading among 2–7, sums true of it, some printed cells mistyped. */
function randomCase(seed: number): Case {
  const rand = seededRandom(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const truth: Values = new Map();
  const known: Values = new Map();
  for (let k = 0; k < 3; k++) known.set(`k${k}`, int(6));
  const cells: string[][] = [];
  for (let s = 0; s < 2 + int(4); s++) {
    cells.push([]);
    for (let j = 0; j < 2 + int(2); j++) {
      cells[s].push(`s${s}c${j}`);
      truth.set(`s${s}c${j}`, int(6));
    }
  }
  const pool = [...known.keys(), ...cells.flat()];
  const all = new Map([...known, ...truth]);
  const constraints: Constraint[] = [];
  for (let n = 0; n < 3 + int(6); n++) {
    const terms = [...new Set(Array.from({ length: 2 + int(3) }, () => pool[int(pool.length)]))];
    if (terms.length < 2 || terms.every((id) => known.has(id))) continue;
    const [lhs, ...rhs] = terms;
    constraints.push({ instance: { rule: { rule: n } } as never, lhs: [lhs], rhs, nonNegative: true });
  }
  // The lhs of some instances is made true of the hidden reading, others left broken.
  for (const c of constraints) {
    const rhsSum = c.rhs.reduce((s, id) => s + all.get(id)!, 0);
    if (!known.has(c.lhs[0]) && rand() < 0.8) {
      all.set(c.lhs[0], rhsSum);
      truth.set(c.lhs[0], rhsSum);
    }
  }
  const within = (ids: string[]) =>
    constraints.filter((c) => [...c.lhs, ...c.rhs].every((id) => known.has(id) || ids.includes(id)));
  const slots = cells.map((ids): Slot => {
    const values = [ids.map((id) => truth.get(id)!)];
    for (let r = 0; r < 1 + int(6); r++) values.push(ids.map(() => int(12)));
    const readings: Candidate[] = values.map((vs) => {
      const assigned = new Map([...known, ...ids.map((id, i) => [id, vs[i]] as const)]);
      const breaks = within(ids).filter((c) => !satisfied(c, assigned)).length;
      return { tokens: vs.map(String), values: vs, cost: 0, breaks };
    });
    return { ids, readings: readings.sort((a, b) => a.breaks - b.breaks) };
  });
  return { slots, constraints, known };
}

/** Every combination of readings: the fewest broken (at most `maxBroken`), the readings and broken instances of those. */
function exhaustive({ slots, constraints, known }: Case, maxBroken: number) {
  let best = Infinity;
  let solutions: { picks: number[]; broken: boolean[] }[] = [];
  const visit = (picks: number[]) => {
    if (picks.length < slots.length) {
      slots[picks.length].readings.forEach((_, r) => visit([...picks, r]));
      return;
    }
    const values = new Map(known);
    slots.forEach((s, i) => s.ids.forEach((id, k) => values.set(id, s.readings[picks[i]].values[k])));
    const broken = constraints.map((c) => !satisfied(c, values));
    const count = broken.filter(Boolean).length;
    if (count > maxBroken || count > best) return;
    if (count < best) [best, solutions] = [count, []];
    solutions.push({ picks, broken });
  };
  visit([]);
  return {
    broken: best === Infinity ? null : best,
    used: slots.map((_, i) => new Set(solutions.map((s) => s.picks[i]))),
    brokenEverywhere: constraints.filter((_, n) => solutions.length > 0 && solutions.every((s) => s.broken[n])),
  };
}

test('the joint search finds what exhaustive search finds on 300 random cases', () => {
  const settings = { maxBroken: 2, costMargin: 0.5, steps: 1e7, fallbackSlack: 16 };
  let broken = 0;
  for (let seed = 1; seed <= 300; seed++) {
    const c = randomCase(seed);
    const expected = exhaustive(c, settings.maxBroken);
    const found = searchJointly(c.slots, c.constraints, c.known, settings);
    expect({ seed, ...found, capped: undefined }).toEqual({ seed, ...expected, capped: undefined });
    if (expected.broken) broken++;
  }
  // The cases cover reports that contradict themselves, not only consistent ones.
  expect(broken).toBeGreaterThan(30);
});

/**
 * Exhaustive reading of positions: among the solutions breaking fewest instances, a slot keeps
 * only its cheapest reading where every solution reading it otherwise costs at least as much as
 * the cheapest once the margin is taken off per cell read otherwise; else every solution's.
 */
function exhaustiveWithCosts(c: Case, maxBroken: number, margin: number) {
  const { slots, constraints, known } = c;
  const all: { picks: number[]; broken: boolean[]; cost: number }[] = [];
  const visit = (picks: number[]) => {
    if (picks.length < slots.length) return slots[picks.length].readings.forEach((_, r) => visit([...picks, r]));
    const values = new Map(known);
    slots.forEach((s, i) => s.ids.forEach((id, k) => values.set(id, s.readings[picks[i]].values[k])));
    const broken = constraints.map((n) => !satisfied(n, values));
    const cost = picks.reduce((sum, r, i) => sum + slots[i].readings[r].cost, 0);
    all.push({ picks, broken, cost });
  };
  visit([]);
  const fewest = Math.min(...all.map((s) => s.broken.filter(Boolean).length));
  if (fewest > maxBroken) return null;
  const solutions = all.filter((s) => s.broken.filter(Boolean).length === fewest);
  const best = Math.min(...solutions.map((s) => s.cost));
  const near = solutions.filter((s) => s.cost <= best + 1e-9);
  const valuesOf = (i: number, r: number) => slots[i].readings[r].values.join(',');
  const settled = slots.map((_, i) => {
    const star = valuesOf(i, Math.min(...near.map((s) => s.picks[i])));
    if (near.some((s) => valuesOf(i, s.picks[i]) !== star)) return false;
    const starOf = (t: number) => slots[t].readings[Math.min(...near.map((s) => s.picks[t]))].values;
    const offset = (s: { picks: number[]; cost: number }) =>
      s.cost -
      margin *
        s.picks.reduce((n, r, t) => n + slots[t].readings[r].values.filter((v, k) => v !== starOf(t)[k]).length, 0);
    return solutions.every((s) => valuesOf(i, s.picks[i]) === star || offset(s) >= best - 1e-9);
  });
  const kept = settled.every(Boolean) ? near : solutions;
  return slots.map((_, i) => ({
    settled: settled[i],
    used: new Set((settled[i] ? near : kept).map((s) => s.picks[i])),
  }));
}

test('positions settle each slot they clearly place, though a near rival leaves another open (150 random cases)', () => {
  const settings = { maxBroken: 2, costMargin: 0.5, steps: 1e7, fallbackSlack: 16 };
  let partly = 0;
  for (let seed = 1; seed <= 150; seed++) {
    const c = randomCase(seed);
    const rand = seededRandom(seed + 1000);
    for (const slot of c.slots) for (const r of slot.readings) r.cost = Math.floor(rand() * 9) / 2;
    const expected = exhaustiveWithCosts(c, settings.maxBroken, settings.costMargin);
    const found = searchJointly(c.slots, c.constraints, c.known, settings);
    expect({ seed, found: found.broken !== null }).toEqual({ seed, found: expected !== null });
    // A settled slot keeps its cheapest reading alone; an open one at least every solution's.
    expected?.forEach(({ settled, used }, i) => {
      if (settled) expect({ seed, i, used: found.used[i] }).toEqual({ seed, i, used });
      else
        expect({ seed, i, missing: [...used].filter((r) => !found.used[i].has(r)) }).toEqual({ seed, i, missing: [] });
    });
    if (expected?.some((u) => u.settled) && expected.some((u) => !u.settled)) partly++;
  }
  // Some cases settle some slots and not others.
  expect(partly).toBeGreaterThan(10);
});

/**
 * Twelve rows of one number each (row i holds i + 1, row 7 holds 2 like row 1), to place in
 * column a, b or c (`truth`); each column's sum is printed. A number costs 4 per column away
 * from where it stands (`at`): rows 1 and 7 stand between a and b, one in each, and tie, so
 * positions settle neither and the sums alone must read them.
 */
function columnCase(at: number[], truth: number[]): Case {
  const cols = ['a', 'b', 'c'];
  const v = (i: number) => (i === 7 ? 2 : i + 1);
  const known: Values = new Map(
    cols.map((col, j) => [`t.total.${col}`, truth.reduce((sum, t, i) => sum + (t === j ? v(i) : 0), 0)]),
  );
  const slots = at.map((p, i): Slot => {
    const ids = cols.map((col) => `t.r${i}.${col}`);
    const readings = cols.map((_, j) => {
      const values = cols.map((__, k) => (k === j ? v(i) : 0));
      return { tokens: values.map(String), values, cost: 4 * Math.abs(j - p), breaks: 0 };
    });
    return { ids, readings: readings.sort((x, y) => x.cost - y.cost) };
  });
  const constraints = cols.map((col, n): Constraint => ({
    instance: { rule: { rule: n } } as never,
    lhs: [`t.total.${col}`],
    rhs: at.map((_, i) => `t.r${i}.${col}`),
    nonNegative: true,
  }));
  return { slots, constraints, known };
}

describe('where every solution the sums allow is too many to read', () => {
  const settings = { maxBroken: 0, costMargin: 0.5, steps: 1000, fallbackSlack: 8 };

  test('the solutions within the slack of the cheapest are read instead', () => {
    const c = columnCase([0, 0.5, 1, 1, 2, 2, 0, 0.5, 0, 1, 2, 1], [0, 0, 1, 1, 2, 2, 0, 1, 0, 1, 2, 1]);
    expect(searchJointly(c.slots, c.constraints, c.known, { ...settings, steps: 1e7 }).used[1].size).toBe(3);
    const found = searchJointly(c.slots, c.constraints, c.known, settings);
    expect(found.capped).toBe(false);
    // Rows 1 and 7 stand between a and b: either; in c they cost far more (other rows move too), past the slack.
    expect(found.used[1]).toEqual(new Set([0, 1]));
    expect(found.used[7]).toEqual(new Set([0, 1]));
  });

  test('not where a column is blank in every row of the cheapest solution: it may be its neighbour slid, so every slot keeps every reading that keeps its own rules', () => {
    // The same case shifted one column right: a is blank. No slot is settled by positions, not
    // even those they place clearly (a block slid by a column is placed clearly too).
    const c = columnCase([1, 1.5, 2, 2, 1, 2, 1, 1.5, 1, 2, 2, 1], [1, 1, 2, 2, 1, 2, 1, 2, 1, 2, 2, 1]);
    const found = searchJointly(c.slots, c.constraints, c.known, settings);
    expect(found.capped).toBe(false);
    expect(found.used).toEqual(c.slots.map(() => new Set([0, 1, 2])));
  });

  test('where the cheapest solution breaks an instance too: the instance it breaks is reported', () => {
    const c = columnCase([1, 1.5, 2, 2, 1, 2, 1, 1.5, 1, 2, 2, 1], [1, 1, 2, 2, 1, 2, 1, 2, 1, 2, 2, 1]);
    // column c's printed sum is one too many: every solution breaks one column's sum
    const mistyped = new Map([...c.known].map(([id, v]) => [id, id.endsWith('.c') ? v + 1 : v]));
    const found = searchJointly(c.slots, c.constraints, mistyped, { ...settings, maxBroken: 1, steps: 5000 });
    expect(found.capped).toBe(false);
    expect(found.broken).toBe(1);
    expect(found.used).toEqual(c.slots.map(() => new Set([0, 1, 2])));
    expect(found.brokenEverywhere.map((x) => x.lhs)).toEqual([['t.total.c']]);
  });
});

/**
 * Ten rows of three numbers and their total; each printed row has 60 other ways to be read, at
 * random, and one that keeps its total, except row 5, whose printed total is mistyped, so that
 * every reading of it breaks its total (and the column of totals with it). The printed column
 * sums are the true ones.
 */
function mistypedTotalCase(): { c: Case; truth: number[][] } {
  const rand = seededRandom(7);
  const int = (n: number) => Math.floor(rand() * n);
  const truth = Array.from({ length: 10 }, () => {
    const abc = [int(9), int(9), int(9)];
    return [...abc, abc[0] + abc[1] + abc[2]];
  });
  const printed = truth.map((r, i) => (i === 5 ? [...r.slice(0, 3), r[3] + 10] : r));
  const cols = ['a', 'b', 'c', 'total'];
  const reading = (values: number[]): Candidate => ({
    tokens: values.map(String),
    values,
    cost: 0,
    breaks: values[0] + values[1] + values[2] === values[3] ? 0 : 1,
  });
  const slots = printed.map((row, i): Slot => {
    const other = Array.from({ length: 60 }, () => [int(20), int(20), int(20), int(40)]);
    const readings = [row, ...other.filter((v) => reading(v).breaks === 1)].map(reading);
    return { ids: cols.map((col) => `t.r${i}.${col}`), readings: readings.sort((x, y) => x.breaks - y.breaks) };
  });
  const known: Values = new Map(cols.map((col, j) => [`t.sum.${col}`, truth.reduce((s, r) => s + r[j], 0)]));
  const constraints: Constraint[] = [
    ...printed.map((_, i): Constraint => ({
      instance: { rule: { rule: 2 } } as never,
      lhs: [`t.r${i}.total`],
      rhs: ['a', 'b', 'c'].map((col) => `t.r${i}.${col}`),
      nonNegative: true,
    })),
    ...cols.map((col): Constraint => ({
      instance: { rule: { rule: 3 } } as never,
      lhs: [`t.sum.${col}`],
      rhs: printed.map((_, i) => `t.r${i}.${col}`),
      nonNegative: true,
    })),
  ];
  return { c: { slots, constraints, known }, truth: printed };
}

describe('where every reading of every slot is too many to search', () => {
  const { c, truth } = mistypedTotalCase();
  const settings = { maxBroken: 2, costMargin: 0.5, steps: 20000, fallbackSlack: 16 };
  const readAs = (found: ReturnType<typeof searchJointly>) =>
    found.used.map((u, i) => [...u].map((r) => c.slots[i].readings[r].values));

  test('the slots that can keep their own total are read keeping it, and the one that cannot breaks it', () => {
    const found = searchJointly(c.slots, c.constraints, c.known, settings);
    expect(found.capped).toBe(false);
    expect(found.broken).toBe(2);
    expect(readAs(found)).toEqual(truth.map((row) => [row]));
  });

  test('the same as the search through every reading, given the steps', () => {
    const everything = searchJointly(c.slots, c.constraints, c.known, { ...settings, steps: 1e8 });
    expect(everything.capped).toBe(false);
    expect(readAs(everything)).toEqual(readAs(searchJointly(c.slots, c.constraints, c.known, settings)));
  });
});
