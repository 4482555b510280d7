/**
 * A column of blank zeros shows no numbers, so on an inferred grid (no ruling lines, text) only
 * its header places it. Where that header is lost, the numbers of the column beside it are read
 * one column over: each row still adds up, and so does each column sum. So where a template
 * column is found in no row of its table, the numbers of its neighbours are in doubt.
 */
import { cellId } from '../core/index.js';
import type { Draft } from '../values/read.js';
import { tableDef, type Layout, type TableKey } from '../template/index.js';

const inferred = (d: Draft) => d.candidate?.geometry === 'aligned' || d.candidate?.geometry === 'text';
const lost = (d: Draft) => d.candidate === null && d.fact.flags.includes('cell_missing');

/** Ids of the cells whose numbers may belong to a lost neighbouring column. */
export function besideLostColumns(drafts: Draft[], layout: Layout): Set<string> {
  const out = new Set<string>();
  const tables = new Set(drafts.filter(inferred).map((d) => d.fact.table as TableKey));
  for (const table of tables) {
    const cellsOf = (col: string) => drafts.filter((d) => d.fact.table === table && d.fact.col === col);
    const order = tableDef(layout.version, table).columns.map((c) => c.key);
    order.forEach((col, i) => {
      const cells = cellsOf(col);
      if (cells.length === 0 || !cells.every(lost)) return;
      for (const beside of [order[i - 1], order[i + 1]])
        if (beside) for (const d of cellsOf(beside)) if (inferred(d) && d.fact.value) out.add(cellId(d.fact));
    });
  }
  return out;
}
