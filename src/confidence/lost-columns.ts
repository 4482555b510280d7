/**
 * A column of blank zeros shows no numbers, so on an inferred grid (no ruling lines, text) only
 * its header places it. Where that header is lost, the numbers beside it are read one column
 * over, and where two are lost, a whole block of columns slides: each row still adds up, and so
 * does each column sum, blank cells included. So where a template column is found in no row of
 * its table, every cell read from that table's inferred grid is in doubt.
 */
import { cellId } from '../core/index.js';
import type { Draft } from '../values/read.js';
import { tableDef, type Layout, type TableKey } from '../template/index.js';

const inferred = (d: Draft) => d.candidate?.geometry === 'aligned' || d.candidate?.geometry === 'text';
const lost = (d: Draft) => d.candidate === null && d.fact.flags.includes('cell_missing');

/** Ids of the cells whose numbers may belong to another column: an inferred grid lost a column. */
export function besideLostColumns(drafts: Draft[], layout: Layout): Set<string> {
  const out = new Set<string>();
  const tables = new Set(drafts.filter(inferred).map((d) => d.fact.table as TableKey));
  for (const table of tables) {
    const cells = drafts.filter((d) => d.fact.table === table);
    const cellsOf = (col: string) => cells.filter((d) => d.fact.col === col);
    const columns = tableDef(layout.version, table).columns.map((c) => c.key);
    const lostColumn = columns.some((col) => {
      const column = cellsOf(col);
      return column.length > 0 && column.every(lost);
    });
    if (lostColumn) for (const d of cells) if (inferred(d)) out.add(cellId(d.fact));
  }
  return out;
}
