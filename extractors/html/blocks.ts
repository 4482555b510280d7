/**
 * HTML markup → paragraphs and tables in reading order. Serves saved web pages and DOCX (through
 * mammoth's HTML). Tables laid out for the page rather than for data are read through.
 */
import { parse } from 'parse5';
import type { Block, Table } from '../model.js';
import type { Result, Warning } from '../../src/core/index.js';
import { ownDescendants, walk, type Element, type Sink } from './dom.js';
import { buildGrid } from './grid.js';
import { elementText, isLayoutTable, tableRows } from './table.js';
import { collapseSourceWhitespace } from './text.js';

export interface BlockOptions {
  /**
   * Offered each top-level data table (0-based among all tables not nested in another, in
   * document order) as built from the markup; returns a better reading of it, or undefined.
   */
  replaceTable?: (ordinal: number, fromMarkup: Table) => Result<Table> | undefined;
}

export function htmlToBlocks(html: string, options: BlockOptions = {}): Result<Block[]> {
  const blocks: Block[] = [];
  const warnings: Warning[] = [];
  let line = '';
  let nesting = 0;
  let ordinal = 0;

  const paragraph = (text: string) => {
    const clean = collapseSourceWhitespace(text).trim();
    if (clean) blocks.push({ kind: 'paragraph', text: clean });
  };
  const flush = () => {
    paragraph(line);
    line = '';
  };
  const readThrough = (table: Element) => {
    nesting++;
    for (const cell of ownDescendants(table, ['td', 'th'])) {
      walk(cell, sink);
      flush();
    }
    nesting--;
  };
  const dataTable = (table: Element, topLevel: number | undefined) => {
    for (const caption of ownDescendants(table, ['caption'])) paragraph(elementText(caption).replace(/\n/g, ' '));
    const built = buildGrid(tableRows(table));
    const result = (topLevel !== undefined && options.replaceTable?.(topLevel, built.value)) || built;
    blocks.push(result.value);
    const n = blocks.filter((b) => b.kind === 'table').length;
    warnings.push(...result.warnings.map((w) => ({ ...w, message: `table ${n}: ${w.message}` })));
  };
  const sink: Sink = {
    text: (s) => {
      line += s;
    },
    lineBreak: flush,
    table: (table) => {
      flush();
      const topLevel = nesting === 0 ? ordinal++ : undefined;
      if (isLayoutTable(table)) readThrough(table);
      else dataTable(table, topLevel);
    },
  };

  walk(parse(html), sink);
  flush();
  return { value: blocks, warnings };
}
