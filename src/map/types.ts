/**
 * What the mapper hands on: the report's parts and every table cell it could place on a
 * canonical key, still as printed (`raw`). Value parsing, digit-run splitting, checks,
 * confidence and the record are later stages that read only this.
 */
import type { BBox, Geometry } from '../../extractors/model.js';
import type { Layout, TableKey, TemplateVersion } from '../template/index.js';

export interface MappedCell {
  table: TableKey;
  row: string;
  col: string;
  /** Cell text as printed (lines joined, spurious spaces between CJK characters removed). */
  raw: string;
  /** How the cell's position was known (from the table it came from). */
  geometry: Geometry;
  /** How well the row and column labels matched the template, 0..1 (1 = exact after normalization). */
  labelScore: number;
  /** Another template row whose label the cell's row label names nearly as well (text tables): its numbers may be that row's. */
  rowDoubt?: string;
  page?: number;
  bbox?: BBox;
}

/**
 * Several cells printed as one run with no separator (`21710000218`): the mapper knows which
 * cells the run covers, in order, but not where to split it. src/split decides.
 */
export interface GluedRun {
  table: TableKey;
  row: string;
  /** Canonical columns the run covers, in printed order. */
  cols: string[];
  /** The row of each column, where the run crosses rows (part 四's 15 numbers in one run); else `row` for all. */
  rows?: string[];
  /** The run as printed; where the source did separate some of its numbers, one space marks each break. */
  raw: string;
  geometry: Geometry;
  /** How well the row's label matched the template (as for MappedCell); 1 when not given. */
  labelScore?: number;
  /**
   * Where the run's numbers stand apart but are fewer than its cells: the placements positions
   * allow (index into `cols` of each number) and their offset from the columns. Without it,
   * every order-preserving placement counts at equal cost.
   */
  placements?: { at: number[]; cost: number; sure?: boolean }[];
  /** As for MappedCell: another template row the row's label names nearly as well. */
  rowDoubt?: string;
  page?: number;
}

export interface Section {
  part: 1 | 2 | 3 | 4 | 5 | 6;
  heading: string;
  text: string;
}

export interface Unmapped {
  table?: string;
  label: string;
  values: string[];
  page?: number;
}

export interface MappedReport {
  title: string;
  /** The title as printed, where normalization changed it (radicals, full-width forms). */
  rawTitle?: string;
  agency: string;
  year: number | null;
  template: TemplateVersion | 'unknown';
  /** Null when no table of the report was found (NOT_A_REPORT). */
  layout: Layout | null;
  sections: Section[];
  /** Tables of the template found in the document. */
  tablesFound: TableKey[];
  cells: MappedCell[];
  glued: GluedRun[];
  unmapped: Unmapped[];
  /** Informational review reasons (`template_uncertain`, `table_joined_across_pages`, `text_only_source`…). */
  reasons: string[];
}
