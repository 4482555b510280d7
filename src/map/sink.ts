/** Where the table mappers put what they place: cells, glued runs, unmapped rows, warnings. */
import type { Geometry } from '../../extractors/model.js';
import { cellId, type Warning } from '../core/index.js';
import type { OtherLayout, TableKey } from '../template/index.js';
import type { RowCell } from './rows.js';
import type { GluedRun, MappedCell, Unmapped } from './types.js';

export interface Sink {
  cells: MappedCell[];
  glued: GluedRun[];
  unmapped: Unmapped[];
  warnings: Warning[];
  /** `table.row.col` of every placed cell or glued run, to keep the first of duplicates. */
  placed: Set<string>;
  /** The form of （六） the labels show, where no placed cell does (text tables). */
  otherForm?: OtherLayout;
}

export const newSink = (): Sink => ({ cells: [], glued: [], unmapped: [], warnings: [], placed: new Set() });

/** Places one printed cell on a key; a key already placed keeps its first cell and warns. */
export function placeCell(
  sink: Sink,
  table: TableKey,
  row: string,
  col: string,
  rc: RowCell,
  geometry: Geometry,
  labelScore: number,
): void {
  const id = cellId({ table, row, col });
  if (sink.placed.has(id)) {
    sink.warnings.push({
      code: 'duplicate_cell',
      message: `${id} printed twice; kept the first ("${rc.raw}" ignored)`,
      page: rc.cell.page,
    });
    return;
  }
  sink.placed.add(id);
  const cell: MappedCell = { table, row, col, raw: rc.raw, geometry, labelScore };
  if (rc.cell.page !== undefined) cell.page = rc.cell.page;
  if (rc.cell.bbox) cell.bbox = rc.cell.bbox;
  sink.cells.push(cell);
}

/** Several cells printed as one run: src/split decides where it breaks. */
export function placeGlued(
  sink: Sink,
  table: TableKey,
  row: string,
  cols: string[],
  parts: RowCell[],
  geometry: Geometry,
  labelScore = 1,
  placements?: GluedRun['placements'],
): void {
  const fresh = cols.filter((c) => !sink.placed.has(`${table}.${row}.${c}`));
  if (fresh.length < cols.length) {
    sink.warnings.push({
      code: 'duplicate_cell',
      message: `${table}.${row} printed twice; kept the first`,
      page: parts[0]?.cell.page,
    });
    return;
  }
  for (const c of cols) sink.placed.add(`${table}.${row}.${c}`);
  const run: GluedRun = {
    table,
    row,
    cols,
    raw: parts.map((p) => p.raw).join(' '),
    geometry,
    ...(labelScore < 1 ? { labelScore } : {}),
    ...(placements ? { placements } : {}),
  };
  if (parts[0]?.cell.page !== undefined) run.page = parts[0].cell.page;
  sink.glued.push(run);
}

/** A row the template does not have (or could not be recognised): kept for a person to see. */
export function addUnmapped(sink: Sink, table: TableKey | undefined, label: string, values: RowCell[]): void {
  const entry: Unmapped = { label, values: values.map((v) => v.raw) };
  if (table) entry.table = table;
  const page = values[0]?.cell.page;
  if (page !== undefined) entry.page = page;
  sink.unmapped.push(entry);
}

/** A blank cell whose place is known only from its row and column (text tables). */
export const blankCell = (): RowCell => ({
  cell: { row: -1, col: -1, rowSpan: 1, colSpan: 1, text: '' },
  raw: '',
  col0: -1,
  col1: -1,
});

/**
 * A text row whose numbers were put under their columns (src/map/text-columns.ts): the columns
 * without a number are blanks (raw ""), inferred from where the others stand.
 */
export function placeWithBlanks(
  sink: Sink,
  table: TableKey,
  row: string,
  cols: string[],
  values: RowCell[],
  at: number[],
  labelScore: number,
): void {
  cols.forEach((col, j) => {
    const i = at.indexOf(j);
    placeCell(sink, table, row, col, i >= 0 ? values[i] : blankCell(), 'text', labelScore);
  });
}
