/** A mapped report built by hand, for tests of the solver (src/split). */
import type { GluedRun, MappedCell, MappedReport } from '../../src/map/types.js';
import { layoutCells, type Layout } from '../../src/template/index.js';

export const LAYOUT_2019: Layout = { version: '2019', other: 'single' };

/** A report of the 2019 layout: every cell printed as `printed[id] ?? '0'`, except the cells of the glued runs. */
export function report(runs: GluedRun[], printed: Record<string, string> = {}, layout = LAYOUT_2019): MappedReport {
  const glued = new Set(runs.flatMap((r) => r.cols.map((c, i) => `${r.table}.${r.rows?.[i] ?? r.row}.${c}`)));
  const cells: MappedCell[] = layoutCells(layout)
    .filter((c) => !glued.has(`${c.table}.${c.row}.${c.col}`))
    .map((c) => ({
      table: c.table,
      row: c.row,
      col: c.col,
      raw: printed[`${c.table}.${c.row}.${c.col}`] ?? '0',
      geometry: 'text',
      labelScore: 1,
    }));
  return {
    title: '',
    agency: '',
    year: 2020,
    template: layout.version,
    layout,
    sections: [],
    tablesFound: ['active', 'requests', 'review_litigation'],
    cells,
    glued: runs,
    unmapped: [],
    reasons: [],
  };
}

export const REQUEST_COLS = [
  'natural_person',
  'commercial',
  'research',
  'social_org',
  'legal_service',
  'other_org',
  'total',
];
/** A glued run over one row of part 三. */
export const requestsRun = (row: string, raw: string): GluedRun => ({
  table: 'requests',
  row,
  cols: REQUEST_COLS,
  raw,
  geometry: 'text',
});
