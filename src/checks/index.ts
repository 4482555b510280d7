/** All checks of FORMAT.md §3 (rules 1–5) over a record's values. Values are never corrected. */
import { ok, type Result } from '../core/index.js';
import type { Check } from '../record/schema.js';
import type { Layout, LayoutCell } from '../template/index.js';
import { kindChecks } from './kinds.js';
import { sumChecks } from './sums.js';
import type { CellValues } from './types.js';

export type { CellValues } from './types.js';

/** The checks, and the cells of column sums that could not be evaluated for want of a value. */
export interface Checked {
  checks: Check[];
  unevaluated: Set<string>;
}

/** `solved`: instances the solver (src/split) found broken however its cells are read; kept where the values cannot show it. */
export function runChecks(
  layout: Layout,
  cells: LayoutCell[],
  values: CellValues,
  solved: Check[] = [],
): Result<Checked> {
  const sums = sumChecks(layout, values);
  const same = (a: Check, b: Check) => a.rule === b.rule && a.cells.join() === b.cells.join();
  const unseen = solved.filter((s) => !sums.checks.some((c) => same(c, s)));
  return ok(
    { checks: [...sums.checks, ...unseen, ...kindChecks(cells, values)], unevaluated: sums.unevaluated },
    sums.warnings,
  );
}
