/**
 * The hook for glued digit runs (FORMAT.md §4). src/split turns a `GluedRun` into cells; until
 * it is wired in, `leaveGluedUnsplit` marks every cell of a run as `no_valid_split`.
 */
import type { Geometry } from '../../extractors/model.js';
import type { GluedRun } from '../map/types.js';
import type { TableKey } from '../template/index.js';

export interface SplitCell {
  table: TableKey;
  row: string;
  col: string;
  /** The cell's digits where a split was taken, else the whole run. */
  raw: string;
  geometry: Geometry;
  page?: number;
  /** `ambiguous_split`, `no_valid_split`…: where set, the cell's value is null. */
  flags: string[];
  /** The candidate readings, for ambiguous splits. */
  note?: string;
}

export type GlueSplitter = (runs: GluedRun[]) => SplitCell[];

export const leaveGluedUnsplit: GlueSplitter = (runs) =>
  runs.flatMap((run) =>
    run.cols.map((col) => ({ table: run.table, row: run.row, col, raw: run.raw, geometry: run.geometry, page: run.page, flags: ['no_valid_split'] })),
  );
