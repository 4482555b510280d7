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

export function runChecks(layout: Layout, cells: LayoutCell[], values: CellValues): Result<Checked> {
  const sums = sumChecks(layout, values);
  return ok({ checks: [...sums.checks, ...kindChecks(cells, values)], unevaluated: sums.unevaluated }, sums.warnings);
}
