/**
 * Part 三 (table `requests`): a three-level column header over seven value columns, row labels
 * spread over up to three label columns (group cells spanning rows), possibly cut into several
 * tables by page breaks.
 */
import type { Table } from '../../extractors/model.js';
import { PART_TABLES, layoutRows, tableDef, type ColumnDef, type TemplateVersion } from '../template/index.js';
import { matchColumn, matchRow } from './match.js';
import { dropLeadingMarkers, tableRows, type RowView } from './rows.js';
import { alignTextRows, placeBlankRows, type ValueRow } from './text-align.js';
import { columnsByRow, dropLabelMarks, numbersStart, placements, separatesValues } from './text-columns.js';
import { otherFormNamed } from './other-form.js';
import { addUnmapped, placeCell, placeGlued, type Sink } from './sink.js';
import { isValueText } from '../lexicon/index.js';

const TABLE = PART_TABLES[3];

/** Carried from one table of part 三 to the next (a continuation page has no header). */
interface RequestsState {
  group?: string;
  columns?: { nCols: number; keys: (ColumnDef | undefined)[]; score: number[] };
}

/** Header rows: those above the first row that prints a number. */
function headerEnd(rows: RowView[]): number {
  const first = rows.findIndex((r) => r.cells.some((c) => isValueText(c.raw)));
  return first < 0 ? rows.length : first;
}

/** The column key of every grid column, from the lowest header cell that names a column. */
function headerColumns(rows: RowView[], end: number, nCols: number, columns: ColumnDef[]): RequestsState['columns'] {
  const keys: (ColumnDef | undefined)[] = new Array(nCols).fill(undefined);
  const score: number[] = new Array(nCols).fill(0);
  for (const row of rows.slice(0, end)) {
    for (const rc of row.cells) {
      const m = matchColumn(rc.raw, columns);
      if (!m) continue;
      for (let c = rc.col0; c <= rc.col1; c++) {
        keys[c] = m.item;
        score[c] = m.score;
      }
    }
  }
  return keys.some(Boolean) ? { nCols, keys, score } : undefined;
}

/**
 * A header cut by a page break may name all columns but the first (自然人 spans the header rows
 * and stays on the page before). Where the named columns stand in template order one beside
 * the other, an unnamed column right next to them whose body holds only numbers and blanks is
 * the template column missing at that place.
 */
function completeByPosition(
  cols: RequestsState['columns'],
  body: RowView[],
  columns: ColumnDef[],
): RequestsState['columns'] {
  if (!cols) return cols;
  const at = columns.map((c) => cols.keys.indexOf(c));
  const named = at.map((g, j) => [g, j]).filter(([g]) => g >= 0);
  if (named.some(([g, j], i) => i > 0 && g - named[0][0] !== j - named[0][1])) return cols;
  const valueColumn = (g: number): boolean => {
    const cells = body.flatMap((r) => r.cells.filter((c) => c.col0 === g && c.col1 === g));
    return (
      cells.length === body.length &&
      cells.some((c) => isValueText(c.raw)) &&
      cells.every((c) => c.raw === '' || isValueText(c.raw))
    );
  };
  const keys = [...cols.keys];
  const score = [...cols.score];
  const [g0, j0] = named[0];
  columns.forEach((col, j) => {
    const g = g0 + j - j0;
    if (at[j] >= 0 || g < 0 || g >= keys.length || keys[g] || !valueColumn(g)) return;
    keys[g] = col;
    score[g] = Math.min(...named.map(([gi]) => cols.score[gi]));
  });
  return { nCols: cols.nCols, keys, score };
}

/**
 * Without a header of its own, a table reuses the previous header or takes the last seven
 * columns, but only when exactly seven columns hold numbers: with more or fewer, position says
 * nothing and no column is named (its cells are flagged, never guessed).
 */
function positionalColumns(
  rows: RowView[],
  nCols: number,
  columns: ColumnDef[],
): NonNullable<RequestsState['columns']> {
  const keys: (ColumnDef | undefined)[] = new Array(nCols).fill(undefined);
  const valueCols = new Set(rows.flatMap((r) => r.cells.filter((c) => isValueText(c.raw)).map((c) => c.col0)));
  const firstValue = Math.min(nCols, ...valueCols);
  if (nCols - firstValue === columns.length) columns.forEach((col, i) => (keys[firstValue + i] = col));
  return { nCols, keys, score: keys.map((k) => (k ? 1 : 0)) };
}

function mapGrid(table: Table, columns: ColumnDef[], state: RequestsState, sink: Sink, version: TemplateVersion): void {
  const def = tableDef(version, TABLE);
  const rows = tableRows(table);
  const end = headerEnd(rows);
  const own = completeByPosition(headerColumns(rows, end, table.nCols, columns), rows.slice(end), columns);
  const cols =
    own ?? (state.columns?.nCols === table.nCols ? state.columns : positionalColumns(rows, table.nCols, columns));
  if (!own)
    sink.warnings.push({
      code: 'header_missing',
      message: 'part 三 table without its own column header: columns taken from the previous one or by position',
      page: table.pages[0],
    });
  state.columns = cols;
  const firstValue = cols.keys.findIndex(Boolean);
  for (const row of rows.slice(own ? end : 0)) {
    const labels = row.cells.filter((c) => c.col1 < firstValue && c.raw !== '');
    const values = row.cells.filter((c) => c.col0 >= firstValue);
    const match = matchRow(
      labels.map((l) => l.raw),
      def.rows,
      def.groups,
      state,
    );
    if (!match) {
      if (values.some((v) => v.raw !== '')) addUnmapped(sink, TABLE, labels.map((l) => l.raw).join(' '), values);
      continue;
    }
    for (const v of values) {
      const col = cols.keys[v.col0];
      if (col)
        placeCell(sink, TABLE, match.row.key, col.key, v, table.geometry, Math.min(match.score, cols.score[v.col0]));
      else if (v.raw !== '') addUnmapped(sink, TABLE, `${match.row.labels[0]} / ?`, [v]);
    }
  }
}

/**
 * Text rows: numbered rows aligned to the template's rows, values in template column order.
 * A row short of numbers (blanks vanish from the line, or its cells are glued into one run) is
 * a slot for the solver (src/split), with the placements its numbers' positions allow.
 */
function mapText(table: Table, columns: ColumnDef[], sink: Sink, version: TemplateVersion): void {
  const keys = columns.map((c) => c.key);
  const rows = tableRows(table);
  const def = tableDef(version, TABLE);
  const columnsAt = columnsByRow(rows, columns, keys.length, { totalLast: true });
  const apart = separatesValues(rows);
  sink.otherForm = otherFormNamed(rows, def.rows);
  // without a header read, marks left of every number of the table are label characters all the same
  const firstNumber = [numbersStart(rows)];
  // where the labels tell which form of （六） is printed, the other form's rows are no candidates
  const candidates = sink.otherForm ? layoutRows({ version, other: sink.otherForm }, TABLE) : def.rows;
  const alignedRows = alignTextRows(rows, candidates, def.groups).map((a) => {
    const values = dropLeadingMarkers(a.values, keys.length);
    return { ...a, values: dropLabelMarks(values, columnsAt.get(values[0]?.cell.row ?? -1)?.centres ?? firstNumber) };
  });
  // a row whose only "values" were a vertical label's marks (无 of （四）无法提供) was printed without numbers
  const unnumbered = apart
    ? alignedRows.flatMap(({ row, score, values }) => (row && !values.length ? [{ item: row, score }] : []))
    : [];
  for (const { label, row, score, values } of alignedRows) {
    if (!row && values.length === 0) continue;
    if (!row) addUnmapped(sink, TABLE, label, values);
    else if (apart && values.length === 0) continue;
    else if (values.length === keys.length)
      values.forEach((v, i) => placeCell(sink, TABLE, row.key, keys[i], v, 'text', score));
    else if (values.length > 0 && values.length < keys.length) {
      // Numbers that stand apart under known columns are placed by where they stand; glued ones are cut.
      const at = apart ? columnsAt.get(values[0].cell.row) : undefined;
      const options = at && placements(values, at, keys.length, true).map(({ at, cost, sure }) => ({ at, cost, sure }));
      placeGlued(sink, TABLE, row.key, keys, values, 'text', score, options);
    } else addUnmapped(sink, TABLE, label, values);
  }
  // Where numbers stand apart a blank cell vanishes, so a label without numbers is a row of
  // blanks; glued text prints its zeros (0, —), so there its numbers were read elsewhere.
  if (apart) placeBlankRows(rows, def, sink, unnumbered);
  markDoubtfulRows(alignedRows, sink);
}

/** A row read in doubt between two template rows: the cells of both say so (the sums cannot tell them apart). */
function markDoubtfulRows(aligned: ValueRow[], sink: Sink): void {
  const doubt = new Map<string, string>();
  for (const { row, rival } of aligned) {
    if (!row || !rival) continue;
    doubt.set(row.key, rival.key);
    doubt.set(rival.key, row.key);
  }
  for (const cell of [...sink.cells, ...sink.glued]) {
    const other = cell.table === TABLE ? doubt.get(cell.row) : undefined;
    if (other) cell.rowDoubt = other;
  }
}

/**
 * Part 三 cut into several text tables (a page break, prose between pieces) is one table for
 * the text path: its header and column sums span the pieces.
 */
function joinTextTables(tables: Table[]): Table {
  let offset = 0;
  const cells = tables.flatMap((t) => {
    const moved = t.cells.map((c) => ({ ...c, row: c.row + offset }));
    offset += t.nRows;
    return moved;
  });
  return { ...tables[0], nRows: offset, nCols: Math.max(...tables.map((t) => t.nCols)), cells };
}

/** Maps every table of part 三, in order, into the sink. */
export function mapRequests(tables: Table[], version: TemplateVersion, sink: Sink): void {
  const columns = tableDef(version, TABLE).columns;
  const state: RequestsState = {};
  const text = tables.filter((t) => t.geometry === 'text');
  if (text.length) mapText(joinTextTables(text), columns, sink, version);
  for (const table of tables) if (table.geometry !== 'text') mapGrid(table, columns, state, sink, version);
}
