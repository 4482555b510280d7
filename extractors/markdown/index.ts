/**
 * Markdown (a converter's output: MinerU, Docling, marker, an LLM) into the neutral document
 * model. Headings and prose become paragraphs; GFM pipe tables become tables whose grid the
 * source states (`geometry: 'structural'`), read by src/map like DOCX tables. Placeholder
 * tables of dashes carry nothing and are dropped. A converter that broke the grid may print a
 * table's labels one per line and then its numbers as a pipe table without a label column:
 * when there are exactly as many labels as rows, row i gets label i back (rows still in reading
 * order); otherwise the labels stay paragraphs and the numbers a table of their own, which the
 * mapper cannot place and flags. Other text goes to the flattened-text reader.
 */
import type { Block, Extractor, Table } from '../model.js';
import { decodeUndeclared as decodeText } from '../encoding.js';
import { textBlocks } from '../text/index.js';
import { DELIMITER_ROW, isPipeRow, isPlaceholder, isValueCell, pipeCells } from './pipe-table.js';

function toTable(rows: string[][]): Table {
  const nCols = Math.max(...rows.map((r) => r.length));
  return {
    kind: 'table',
    geometry: 'structural',
    nRows: rows.length,
    nCols,
    cells: rows.flatMap((cells, row) => cells.map((text, col) => ({ row, col, rowSpan: 1, colSpan: 1, text }))),
    pages: [],
  };
}

/** A heading's marks go; the heading itself stays a paragraph of its own. */
const plainLine = (line: string): string =>
  line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/\*\*(.*?)\*\*/g, '$1');

/** The labels of a label-less table: the non-blank lines since the last heading, when they are as many as its rows. */
function splitLabels(prose: string[], heading: number, rows: string[][]): string[] | null {
  const body = rows.slice(1);
  if (!body.length || !body.every((r) => r.every(isValueCell))) return null;
  const labels = prose.slice(heading).filter((l) => l.trim() !== '');
  return labels.length === body.length ? labels : null;
}

export function markdownBlocks(text: string): Block[] {
  const lines = text.split(/\r?\n/);
  const blocks: Block[] = [];
  let prose: string[] = [];
  /** Where in `prose` the text after the last heading starts. */
  let heading = 0;
  const flushProse = () => {
    if (prose.some((l) => l.trim() !== '')) blocks.push(...textBlocks(prose.join('\n')));
    prose = [];
  };
  for (let i = 0; i < lines.length; i++) {
    if (isPipeRow(lines[i]) && DELIMITER_ROW.test(lines[i + 1] ?? '')) {
      let rows = [pipeCells(lines[i])];
      for (i += 2; i < lines.length && isPipeRow(lines[i]); i++) rows.push(pipeCells(lines[i]));
      i--;
      if (isPlaceholder(rows)) continue;
      const labels = splitLabels(prose, heading, rows);
      if (labels) {
        prose = prose.slice(0, heading);
        rows = rows.map((r, k) => [k === 0 ? '' : labels[k - 1], ...r]);
      }
      flushProse();
      heading = 0;
      blocks.push(toTable(rows));
    } else if (/^\s{0,3}#{1,6}\s/.test(lines[i])) {
      // A heading never runs on into the next line.
      prose.push(plainLine(lines[i]), '');
      heading = prose.length;
    } else prose.push(plainLine(lines[i]));
  }
  flushProse();
  return blocks;
}

export const extractMarkdown: Extractor = async (bytes) => {
  const { text } = decodeText(bytes);
  return { value: { format: 'md', pageCount: null, pages: [], blocks: markdownBlocks(text) }, warnings: [] };
};
