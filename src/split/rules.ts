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
const agree = (a: number, b: number) => Math.abs(a - b) < 1e-6;

/** Every rule instance of the layout as a constraint; `signed` tells which cells may be negative. */
export function sumConstraints(layout: Layout, signed: (id: string) => boolean): Constraint[] {
  return ruleInstances(layout)
    .map((instance) => ({ instance, lhs: instance.lhs.map(cellId), rhs: instance.rhs.map(cellId) }))
    .map((c) => ({ ...c, nonNegative: ![...c.lhs, ...c.rhs].some(signed) }));
}

/** The constraints binding on `cells`: every term printed (`known`) or one of them, and one at least of them. */
export function bindingOn(constraints: Constraint[], known: Values, cells: Set<string>): Constraint[] {
  const terms = (c: Constraint) => [...c.lhs, ...c.rhs];
  return constraints.filter(
    (c) => terms(c).every((id) => known.has(id) || cells.has(id)) && terms(c).some((id) => cells.has(id)),
  );
}

/** False once the values assigned so far can no longer satisfy the constraint. */
export function stillPossible(c: Constraint, values: Values): boolean {
  const lhs = sumOf(c.lhs, values);
  const rhs = sumOf(c.rhs, values);
  if (lhs.complete && rhs.complete) return agree(lhs.sum, rhs.sum);
  if (!c.nonNegative) return true;
  if (lhs.complete && rhs.sum > lhs.sum + 1e-6) return false;
  if (rhs.complete && lhs.sum > rhs.sum + 1e-6) return false;
  return true;
}
