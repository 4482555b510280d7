/** All checks of FORMAT.md §3 (rules 1–5) over a record's values. Values are never corrected. */
import type { Warning } from '../../extractors/model.js';
import type { Check } from '../record/schema.js';
import type { Layout } from '../template/index.js';
import { kindChecks, type KindedCell } from './kinds.js';
import { sumChecks } from './sums.js';
import type { CellValues } from './types.js';

export type { CellValues } from './types.js';
export type { KindedCell } from './kinds.js';

/** The checks, and the cells of column sums that could not be evaluated for want of a value. */
export function runChecks(
  layout: Layout,
  cells: KindedCell[],
  values: CellValues,
): { checks: Check[]; warnings: Warning[]; unevaluated: Set<string> } {
  const sums = sumChecks(layout, values);
  return {
    checks: [...sums.checks, ...kindChecks(cells, values)],
    warnings: sums.warnings,
    unevaluated: sums.unevaluated,
  };
}
