/**
 * Part 二 (table `active`): one 4-column table with a header row per 第二十条第（N）项, or one
 * small table per 项. Rows are read as one stream: a header row sets which column each
 * position means until the next header row.
 */
import type { Table } from '../../extractors/model.js';
import { tableDef, type TemplateVersion } from '../template/index.js';
import { bestMatch } from './labels.js';
import { matchColumn } from './match.js';
import { splitLabels, tableRows, type RowCell, type RowView } from './rows.js';
import { addUnmapped, placeCell, placeGlued, type Sink } from './sink.js';

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

function mapRows(table: Table, def: Def, header: { cols: HeaderCol[] | null }, sink: Sink): void {
  const text = table.geometry === 'text';
  for (const row of tableRows(table)) {
    const filled = row.cells.filter((c) => c.raw !== '');
    if (filled.length === 0) continue;
    const match = bestMatch(filled[0].raw, def.rows, (r) => r.labels);
    if (!match) {
      header.cols = headerOf(row, def) ?? header.cols;
      continue;
    }
    const label = filled[0];
    const values = text ? splitLabels({ index: row.index, cells: filled.slice(1) }).values : row.cells.filter((c) => c.col0 > label.col1);
    const expected = match.item.cols ?? def.columns.map((c) => c.key);
    // Text positions are reading order, so a header only tells the order of the columns there.
    const byHeader = !text && header.cols;
    values.forEach((v, i) => {
      const h = byHeader ? columnOver(header.cols!, v) : undefined;
      const key = byHeader ? h?.key : values.length === expected.length ? expected[i] : undefined;
      if (key && expected.includes(key)) placeCell(sink, 'active', match.item.key, key, v, table.geometry, Math.min(match.score, h?.score ?? 1));
      else if (v.raw !== '' && (byHeader || values.length > expected.length)) addUnmapped(sink, 'active', `${label.raw} / ?`, [v]);
    });
    if (text && values.length > 0 && values.length < expected.length) placeGlued(sink, 'active', match.item.key, expected, values, 'text');
  }
}

export function mapActive(tables: Table[], version: TemplateVersion, sink: Sink): void {
  const def = tableDef(version, 'active');
  const header = { cols: null as HeaderCol[] | null };
  for (const table of tables) mapRows(table, def, header, sink);
}
