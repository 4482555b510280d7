/**
 * A part heading glued into the first cell of the table under it, as crawled text prints part 四
 * (`四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持…` then the digits): the heading
 * becomes a paragraph before the table and the cell keeps the rest, so the table sits under its
 * part's heading like any other.
 */
import type { Block, Table } from '../../extractors/model.js';
import { partOf, TABLE_KEYS } from '../template/index.js';
import { headingIn } from './sections.js';
import type { Section } from './types.js';

/** Parts that print a table. */
const TABLE_PARTS = TABLE_KEYS.map((t) => partOf(t) as Section['part']);

function splitTable(table: Table): Block[] {
  const first = [...table.cells].sort((a, b) => a.row - b.row || a.col - b.col).at(0);
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
