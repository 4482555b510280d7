/** A table found on one page, with what the cross-page join needs to know about its edges. */
import type { BBox, Table, TableCell } from '../../extractors/model.js';

export interface PageTable {
  table: Table;
  bbox: BBox;
  /** Column borders (x), for comparing tables on consecutive pages. */
  xs: number[];
  /** Cells whose top or bottom side has no drawn line: a page break cut them. */
  openTop: Set<TableCell>;
  openBottom: Set<TableCell>;
  /** Cells whose last line of text runs to the right border: their text may go on below. */
  filled: Set<TableCell>;
  /** Tables rebuilt from text alignment: where each cell's text stands (its bbox is its column's). */
  ink?: Map<TableCell, BBox>;
  /** Tables rebuilt from text alignment: how many leading rows are header (their cells may be empty). */
  headerRows?: number;
}
