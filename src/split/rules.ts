/**
 * The sums of FORMAT.md §3 as constraints on cell values, some printed (known), some still
 * to be read from glued runs. A rule binds only where every one of its cells is either.
 */
import { cellId, ruleInstances, type Layout, type RuleInstance } from '../template/index.js';

export interface Constraint {
  instance: RuleInstance;
  lhs: string[];
  rhs: string[];
  /** Whether every term is a count (never negative), so a partial sum bounds the other side. */
  nonNegative: boolean;
}

export type Values = Map<string, number>;

/** The cells of both sides of a constraint. */
export const terms = (c: Constraint): string[] => [...c.lhs, ...c.rhs];

/** One pass, one look-up per cell: it runs for every prefix of every cut the readings try. */
const sumOf = (ids: string[], values: Values) => {
  let sum = 0;
  let complete = true;
  for (const id of ids) {
    const v = values.get(id);
    if (v === undefined) complete = false;
    else sum += v;
  }
  return { sum, complete };
};

/** Every rule instance of the layout as a constraint; `signed` tells which cells may be negative. */
export function sumConstraints(layout: Layout, signed: (id: string) => boolean): Constraint[] {
  return ruleInstances(layout)
    .map((instance) => ({ instance, lhs: instance.lhs.map(cellId), rhs: instance.rhs.map(cellId) }))
    .map((c) => ({ ...c, nonNegative: ![...c.lhs, ...c.rhs].some(signed) }));
}

/** The constraints binding on `cells`: every term printed (`known`) or one of them, and one at least of them. */
export function bindingOn(constraints: Constraint[], known: Values, cells: Set<string>): Constraint[] {
  return constraints.filter(
    (c) => terms(c).every((id) => known.has(id) || cells.has(id)) && terms(c).some((id) => cells.has(id)),
  );
}

/** Whether an instance is broken, from its lhs less its rhs so far and which sides are complete. */
export function breaks(c: Constraint, diff: number, lhsComplete: boolean, rhsComplete: boolean): boolean {
  if (lhsComplete && rhsComplete) return Math.abs(diff) > 1e-6;
  // A complete side bounds a partial sum of counts.
  return c.nonNegative && ((lhsComplete && diff < -1e-6) || (rhsComplete && diff > 1e-6));
}

/** False once the values assigned so far can no longer satisfy the constraint. */
export function stillPossible(c: Constraint, values: Values): boolean {
  const lhs = sumOf(c.lhs, values);
  const rhs = sumOf(c.rhs, values);
  return !breaks(c, lhs.sum - rhs.sum, lhs.complete, rhs.complete);
}
