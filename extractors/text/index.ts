/**
 * Flattened text (crawled pages, copy-paste, `pdftotext -layout`) into the neutral document
 * model: prose as paragraphs, table regions as `geometry: 'text'` tables whose rows hold their
 * cells in reading order. Which row and column a cell is, and where a glued digit run splits,
 * is decided later from the template (src/map, src/split).
 */
import { decodeUndeclared, encodingRepairs } from '../encoding.js';
import { lastCellText, type Block, type Extractor, type Paragraph, type Repair, type Table } from '../model.js';
import { startsLabel, type TextCell } from './cells.js';
import { extractMarkdown } from '../markdown/index.js';
import { hasPipeTable } from '../markdown/pipe-table.js';
import { toLines, type Line } from './lines.js';
import { pageFurniture } from './furniture.js';
import { findRegions } from './regions.js';
import { joinWrappedLabels } from './rows.js';

function toTable(rows: TextCell[][]): Table {
  return {
    kind: 'table',
    geometry: 'text',
    nRows: rows.length,
    nCols: Math.max(0, ...rows.map((r) => r.length)),
    cells: rows.flatMap((cells, row) =>
      cells.map(({ text, at, spaced, line }, col) => ({
        row,
        col,
        rowSpan: 1,
        colSpan: 1,
        text,
        ...(at !== undefined ? { textColumn: at, textSpaced: spaced, textLine: line } : {}),
      })),
    ),
    pages: [],
  };
}

/** Consecutive prose lines form one paragraph (wrapped lines join without a space, as Chinese does); blank lines and numbered headings start a new one. */
function toParagraphs(lines: Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let open = false;
  for (const line of lines) {
    if (line.kind === 'blank') {
      open = false;
      continue;
    }
    if (open && !startsLabel(line.text) && line.kind !== 'heading') out[out.length - 1].text += line.text;
    else out.push({ kind: 'paragraph', text: line.text });
    open = line.kind !== 'heading';
  }
  return out;
}

/** Prose and table regions of flattened text. */
export const textBlocks = (text: string): Block[] =>
  findRegions(toLines(text)).flatMap((region): Block[] =>
    region.kind === 'table' ? [toTable(joinWrappedLabels(region.lines))] : toParagraphs(region.lines),
  );

/** A text that stops inside a table without ending its line was cut short: its last number may be cut too. */
function cutShort(text: string, blocks: Block[]): Repair[] {
  const last = blocks[blocks.length - 1];
  if (last?.kind !== 'table' || /[\r\n\f]\s*$/.test(text)) return [];
  const message = 'the text ends inside a table without ending its line (cut short?)';
  return [{ kind: 'truncated', message, tail: lastCellText(last) }];
}

/** Text whose tables are GFM pipe tables is Markdown, whatever its name: the Markdown reader takes it. */
export const extractText: Extractor = async (bytes, options) => {
  const decoded = decodeUndeclared(bytes);
  if (hasPipeTable(decoded.text)) return extractMarkdown(bytes, options);
  const page = pageFurniture(decoded.text);
  const blocks = textBlocks(page.text);
  const repairs = [...encodingRepairs(decoded), ...cutShort(page.text, blocks)];
  const fields = page.fields.length ? { pageFields: page.fields } : {};
  return { value: { format: 'txt', pageCount: null, pages: [], blocks, repairs, ...fields }, warnings: [] };
};
