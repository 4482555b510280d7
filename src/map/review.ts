/**
 * Part 四 (table `review_litigation`): a header block of three levels (行政复议 | 行政诉讼 ›
 * 未经复议直接起诉 / 复议后起诉 › 结果维持 …) over ONE row of 15 numbers.
 */
import type { Table } from '../../extractors/model.js';
import type { GluedRun } from './types.js';
import { cellId, PART_TABLES, tableDef, type RowDef, type TemplateVersion } from '../template/index.js';
import { bestMatch } from './labels.js';
import { matchColumn } from './match.js';
import { splitLabels, tableRows, type RowCell, type RowView } from './rows.js';
import { addUnmapped, blankCell, placeCell, placeGlued, type Sink } from './sink.js';
import { columnsByRow, placeInColumns, placements, separatesValues, type TextColumns } from './text-columns.js';
import { isValueText, parseCount } from '../lexicon/index.js';

const TABLE = PART_TABLES[4];

type Def = ReturnType<typeof tableDef>;

/** The 15 keys in printed order: review×5, direct×5, after-review×5. */
function printedOrder(def: Def): { row: string; col: string }[] {
  return def.rows.flatMap((r) => def.columns.map((c) => ({ row: r.key, col: c.key })));
}

/** The data row: at least five cells and every non-empty one a number. */
function isDataRow(row: RowView): boolean {
  const filled = row.cells.filter((c) => c.raw !== '');
  return row.cells.length >= 5 && filled.length > 0 && filled.every((c) => isValueText(c.raw));
}

/**
 * Row and column of a value cell, from the header cells above it that overlap its columns. A
 * column's name may be stacked over two header rows (`其他` / `结果`, a header cut by a page
 * break): the pieces are matched joined too, and the best match names the column (the lower
 * one on a tie).
 */
function keyAbove(header: RowView[], v: RowCell, def: Def): { row?: RowDef; col?: string; score: number } {
  let row: RowDef | undefined;
  let score = 1;
  const pieces: string[] = [];
  const cols: { key: string; score: number }[] = [];
  for (const h of header) {
    for (const rc of h.cells) {
      if (rc.col1 < v.col0 || rc.col0 > v.col1) continue;
      const r = bestMatch(rc.raw, def.rows, (x) => x.labels);
      const c = matchColumn(rc.raw, def.columns);
      if (r && (!c || r.score > c.score)) {
        row = r.item;
        score = Math.min(score, r.score);
      } else if (rc.raw !== '') {
        pieces.push(rc.raw);
        if (c) cols.push({ key: c.item.key, score: c.score });
      }
    }
  }
  const joined = pieces.length > 1 ? matchColumn(pieces.join(''), def.columns) : null;
  if (joined) cols.push({ key: joined.item.key, score: joined.score });
  const col = cols.reduce<{ key: string; score: number } | undefined>(
    (best, c) => (!best || c.score >= best.score ? c : best),
    undefined,
  );
  return { row, col: col?.key, score: col ? Math.min(score, col.score) : score };
}

/**
 * A last row of empty cells under the header: every number printed blank (zeros printed blank,
 * as in the other tables). Only where no piece of part 四 prints a number: a piece cut by a page
 * break may end in the empty row the break left.
 */
const isBlankDataRow = (row: RowView, i: number, rows: RowView[]) =>
  i > 0 && i === rows.length - 1 && row.cells.length >= 5 && row.cells.every((c) => c.raw === '');

function mapGrid(table: Table, rows: RowView[], def: Def, sink: Sink, allBlank: boolean): void {
  const found = rows.findIndex(isDataRow);
  const at = found >= 0 || !allBlank ? found : rows.findIndex(isBlankDataRow);
  if (at < 0) {
    sink.warnings.push({
      code: 'values_missing',
      message: 'part 四 table has no row of numbers',
      page: table.pages[0],
    });
    return;
  }
  const header = rows.slice(0, at);
  const values = rows[at].cells;
  const keyed = values.map((v) => ({ v, ...keyAbove(header, v, def) }));
  const order = printedOrder(def);
  const byHeader = keyed.every((k) => k.row && k.col);
  if (!byHeader && values.length !== order.length) {
    addUnmapped(sink, TABLE, 'part 四 values (header not understood)', values);
    return;
  }
  keyed.forEach((k, i) => {
    const key = byHeader ? { row: k.row!.key, col: k.col! } : order[i];
    placeCell(sink, TABLE, key.row, key.col, k.v, table.geometry, byHeader ? k.score : 1);
  });
}

/** How near its column every number of the cheapest placement must stand for positions to count. */
const CLOSE_OFFSET = 2;

/**
 * Fixed-width text short of numbers (blank zeros vanish): each number under its header column,
 * kept only when one placement is clearly nearest and every row's total then adds up (rule 4).
 */
function placeUnderHeader(columns: TextColumns, values: RowCell[], def: Def): (RowCell | undefined)[] | null {
  const order = printedOrder(def);
  const at = placeInColumns(values, columns, false);
  if (!at) return null;
  const cells = order.map((_, j) => values[at.indexOf(j)]);
  const count = (c: RowCell | undefined) => (c ? parseCount(c.raw) : 0);
  const width = def.columns.length;
  const rowsAddUp = def.rows.every((_, r) => {
    const row = cells.slice(r * width, (r + 1) * width).map(count);
    return row.every((n): n is number => n !== null) && row[width - 1] === row.slice(0, -1).reduce((a, b) => a + b, 0);
  });
  return rowsAddUp ? cells : null;
}

/** Text: the numbers after the header, in printed order, wherever the lines break. */
function mapText(rows: RowView[], def: Def, sink: Sink): void {
  const values = rows.flatMap((r) => splitLabels(r).values);
  const order = printedOrder(def);
  // Numbers apart but fewer than the cells (blank zeros vanish): the header's columns over them.
  // No row labels: the first column's header words may stand left of its (centred) numbers.
  const columns =
    values.length < order.length && separatesValues(rows)
      ? columnsByRow(rows, def.columns, order.length, { labelsEnd: 0 }).get(values[0]?.cell.row ?? -1)
      : undefined;
  const underHeader = columns ? placeUnderHeader(columns, values, def) : null;
  if (underHeader) {
    underHeader.forEach((v, i) => placeCell(sink, TABLE, order[i].row, order[i].col, v ?? blankCell(), 'text', 1));
  } else if (values.length === order.length) {
    values.forEach((v, i) => placeCell(sink, TABLE, order[i].row, order[i].col, v, 'text', 1));
  } else if (values.length === def.rows.length) {
    // Each row's five numbers glued into one run.
    values.forEach((v, i) =>
      placeGlued(
        sink,
        TABLE,
        def.rows[i].key,
        def.columns.map((c) => c.key),
        [v],
        'text',
      ),
    );
  } else if (values.length > 0 && values.length < order.length) {
    // Numbers glued across rows, or apart but not clearly under one column each: one run over
    // all 15 cells, each column with its row; where they stand apart, their offsets from the
    // header's columns are the cost of each placement.
    const ranked = columns ? placements(values, columns, order.length, false) : [];
    // a line squeezed off its header (no placement close everywhere) says nothing about columns
    const close = ranked.length > 0 && Math.max(...ranked[0].offsets) <= CLOSE_OFFSET;
    placeGluedAcross(sink, order, values, close ? ranked.map(({ at, cost }) => ({ at, cost })) : undefined);
  } else if (values.length > 0) {
    addUnmapped(sink, TABLE, 'part 四 values', values);
  }
}

function placeGluedAcross(
  sink: Sink,
  order: { row: string; col: string }[],
  values: RowCell[],
  placements?: GluedRun['placements'],
): void {
  const ids = order.map((k) => cellId({ table: TABLE, ...k }));
  if (ids.some((id) => sink.placed.has(id))) return;
  ids.forEach((id) => sink.placed.add(id));
  const run = {
    table: TABLE,
    row: order[0].row,
    cols: order.map((k) => k.col),
    rows: order.map((k) => k.row),
  };
  sink.glued.push({
    ...run,
    raw: values.map((v) => v.raw).join(' '),
    geometry: 'text',
    ...(placements ? { placements } : {}),
  });
}

export function mapReview(tables: Table[], version: TemplateVersion, sink: Sink): void {
  const def = tableDef(version, TABLE);
  const rowsOf = new Map(tables.map((t) => [t, tableRows(t)]));
  const allBlank = !tables.some((t) => t.geometry === 'text' || rowsOf.get(t)!.some(isDataRow));
  for (const table of tables)
    if (table.geometry === 'text') mapText(rowsOf.get(table)!, def, sink);
    else mapGrid(table, rowsOf.get(table)!, def, sink, allBlank);
}
