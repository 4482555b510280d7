/**
 * Part 二 (table `active`): one 4-column table with a header row per 第二十条第（N）项, or one
 * small table per 项. Rows are read as one stream: a header row sets which column each
 * position means until the next header row.
 */
import type { Table } from '../../extractors/model.js';
import { cellId, PART_TABLES, tableDef, type TemplateVersion } from '../template/index.js';
import { bestMatch } from './labels.js';
import { matchColumn } from './match.js';
import { splitLabels, tableRows, type RowCell, type RowView } from './rows.js';
import { addUnmapped, blankCell, placeCell, placeGlued, placeWithBlanks, type Sink } from './sink.js';
import { placeInColumns, separatesValues, textHeader, type TextHeader } from './text-columns.js';
import { rowNamedAtEnd } from './text-align.js';

const TABLE = PART_TABLES[2];

type Def = ReturnType<typeof tableDef>;

interface HeaderCol {
  col0: number;
  col1: number;
  key: string;
  score: number;
}

/** The columns a header row names, or null when it names none. */
function headerOf(row: RowView, def: Def): HeaderCol[] | null {
  const found: HeaderCol[] = [];
  for (const rc of row.cells) {
    const m = matchColumn(rc.raw, def.columns);
    if (m) found.push({ col0: rc.col0, col1: rc.col1, key: m.item.key, score: m.score });
  }
  return found.length ? found : null;
}

/** The header column that overlaps a value cell most. */
function columnOver(header: HeaderCol[], v: RowCell): HeaderCol | undefined {
  let best: HeaderCol | undefined;
  let bestOverlap = 0;
  for (const h of header) {
    const overlap = Math.min(h.col1, v.col1) - Math.max(h.col0, v.col0) + 1;
    if (overlap > bestOverlap) [best, bestOverlap] = [h, overlap];
  }
  return best;
}

/** Part 二 in text: a row short of numbers is placed under its header's columns; where that is not clear, nothing is guessed. */
function placeTextRow(
  sink: Sink,
  rowKey: string,
  label: RowCell,
  values: RowCell[],
  expected: string[],
  header: TextHeader[] | null,
  spaced: boolean,
  score: number,
): void {
  const cols = header?.filter((h) => expected.includes(h.key));
  const at =
    spaced && cols?.length === expected.length
      ? placeInColumns(values, { centres: cols.map((h) => h.at) }, false)
      : null;
  // `expected` order is the template's; a header may print columns in another order.
  if (at && cols)
    placeWithBlanks(
      sink,
      TABLE,
      rowKey,
      cols.map((h) => h.key),
      values,
      at,
      score,
    );
  else if (spaced) addUnmapped(sink, TABLE, `${label.raw} (numbers not placed under columns)`, values);
  else placeGlued(sink, TABLE, rowKey, expected, values, 'text', score);
}

/** A row label must name its row this well for a line without numbers to be a row of blanks. */
const BLANK_ROW_SCORE = 0.8;

/**
 * A row label without numbers in fixed-width text whose blank cells vanish: under a header that
 * names every column of the row, each of them is blank. Without that header nothing is placed.
 */
function placeBlankTextRow(
  sink: Sink,
  rowKey: string,
  expected: string[],
  header: TextHeader[] | null,
  score: number,
): void {
  const named = new Set(header?.map((h) => h.key));
  if (score < BLANK_ROW_SCORE || !expected.every((k) => named.has(k))) return;
  if (expected.some((k) => sink.placed.has(cellId({ table: TABLE, row: rowKey, col: k })))) return;
  for (const key of expected) placeCell(sink, TABLE, rowKey, key, blankCell(), 'text', score);
}

function mapRows(
  table: Table,
  def: Def,
  header: { cols: HeaderCol[] | null; text: TextHeader[] | null },
  sink: Sink,
): void {
  const text = table.geometry === 'text';
  const rows = tableRows(table);
  const spaced = text && separatesValues(rows);
  for (const row of rows) {
    const filled = row.cells.filter((c) => c.raw !== '');
    if (filled.length === 0) continue;
    const match =
      bestMatch(filled[0].raw, def.rows, (r) => r.labels) ??
      (text && filled.length > 1 ? rowNamedAtEnd(filled[0].raw, def.rows) : null);
    if (!match) {
      header.cols = headerOf(row, def) ?? header.cols;
      if (text) header.text = textHeader(row, def.columns) ?? header.text;
      continue;
    }
    const label = filled[0];
    const values = text
      ? splitLabels({ index: row.index, cells: filled.slice(1) }).values
      : row.cells.filter((c) => c.col0 > label.col1);
    const expected = match.item.cols ?? def.columns.map((c) => c.key);
    if (spaced && values.length === 0) {
      placeBlankTextRow(sink, match.item.key, expected, header.text, match.score);
      continue;
    }
    if (text && values.length > 0 && values.length < expected.length) {
      placeTextRow(sink, match.item.key, label, values, expected, header.text, spaced, match.score);
      continue;
    }
    // Text positions are reading order, so a header only tells the order of the columns there.
    const byHeader = !text && header.cols;
    values.forEach((v, i) => {
      const h = byHeader ? columnOver(header.cols!, v) : undefined;
      const key = byHeader ? h?.key : values.length === expected.length ? expected[i] : undefined;
      if (key && expected.includes(key))
        placeCell(sink, TABLE, match.item.key, key, v, table.geometry, Math.min(match.score, h?.score ?? 1));
      else if (v.raw !== '' && (byHeader || values.length > expected.length))
        addUnmapped(sink, TABLE, `${label.raw} / ?`, [v]);
    });
  }
}

export function mapActive(tables: Table[], version: TemplateVersion, sink: Sink): void {
  const def = tableDef(version, TABLE);
  const header = { cols: null as HeaderCol[] | null, text: null as TextHeader[] | null };
  for (const table of tables) mapRows(table, def, header, sink);
}
