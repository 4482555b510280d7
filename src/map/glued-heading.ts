/**
 * A part heading glued into the first cell of the table under it, as crawled text prints part 四
 * (`四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持…` then the digits): the heading
 * becomes a paragraph before the table and the cell keeps the rest, so the table sits under its
 * part's heading like any other.
 */
import type { Block, Table } from '../../extractors/model.js';
import { headingIn } from './sections.js';

/** Parts that have a table. */
const TABLE_PARTS = [2, 3, 4] as const;

function splitTable(table: Table): Block[] {
  const first = table.cells.reduce<Table['cells'][number] | undefined>(
    (a, c) => (!a || c.row < a.row || (c.row === a.row && c.col < a.col) ? c : a),
    undefined,
  );
  if (!first) return [table];
  for (const part of TABLE_PARTS) {
    const found = headingIn(first.text, part);
    if (!found?.rest || found.heading.length >= first.text.length) continue;
    const heading: Block = { kind: 'paragraph', text: found.heading, ...(first.page ? { page: first.page } : {}) };
    return [heading, { ...table, cells: table.cells.map((c) => (c === first ? { ...c, text: found.rest } : c)) }];
  }
  return [table];
}

export const splitGluedHeadings = (blocks: Block[]): Block[] =>
  blocks.flatMap((b) => (b.kind === 'table' ? splitTable(b) : [b]));
