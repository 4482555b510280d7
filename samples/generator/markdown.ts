/**
 * A report as a PDF-to-Markdown converter leaves it (MinerU, Docling, marker, an LLM), in two
 * shapes seen in real converter output:
 *   clean   `##`/`###` headings, one GFM pipe table per table of the report with its header
 *           rows flattened into generic names (数据1 … 数据6 总计, 列1 …), merged cells written
 *           once, and three placeholder tables of `-` where header blocks could not be read
 *   broken  the tables' grid lost: each table's labels first, one per line, then its rows of
 *           numbers as pipe rows with no labels (labels split from their numbers, rows still in
 *           template order)
 */
import type { ReportBlock } from './document.js';
import type { CellSpec, TableSpec } from './wordml.js';

export type MarkdownShape = 'clean' | 'broken';

const pipeRow = (cells: string[]): string =>
  `| ${cells.map((c) => c.replace(/\|/g, '\\|').replace(/\n/g, '<br>')).join(' | ')} |`;
const delimiter = (n: number): string => `|${' --- |'.repeat(n)}`;
const pipeTable = (header: string[], rows: string[][]): string =>
  [pipeRow(header), delimiter(header.length), ...rows.map(pipeRow)].join('\n');
const placeholder = (n: number): string => pipeTable(Array(n).fill('-'), [Array(n).fill('-'), Array(n).fill('-')]);

/** The grid of a table spec: every grid position's text, a merged cell written in its first position only. */
function gridOf(spec: TableSpec): string[][] {
  return spec.rows.map((row) =>
    row.cells.flatMap((cell: CellSpec) => [
      cell.vMerge === 'continue' ? '' : cell.lines.join(''),
      ...Array((cell.span ?? 1) - 1).fill(''),
    ]),
  );
}

const isNumber = (s: string): boolean => /^-?\d+(\.\d+)?$|^—$/.test(s);
const itemHeading = (row: string[]): string | null => {
  const texts = row.filter(Boolean);
  return texts.length === 1 && texts[0].startsWith('第二十条') ? texts[0] : null;
};

/** One table as a converter splits it: a part 二 table per 项 (its 第二十条 row becomes a heading). */
interface Segment {
  heading?: string;
  /** Header rows: those above the first row holding a number. */
  header: string[][];
  rows: string[][];
}

/** A row of the body: it holds a number, or only its label (every value a blank zero). */
const isBodyRow = (row: string[]): boolean => row.some(isNumber) || row.filter(Boolean).length === 1;

function segments(spec: TableSpec): Segment[] {
  const out: Segment[] = [];
  for (const row of gridOf(spec)) {
    const heading = itemHeading(row);
    const last = out[out.length - 1];
    if (heading || !last) out.push({ ...(heading ? { heading } : {}), header: heading ? [] : [row], rows: [] });
    else if (isBodyRow(row) || last.rows.length) last.rows.push(row);
    else last.header.push(row);
  }
  return out;
}

/** Generic names for n value columns: 数据1 … 数据(n-1) 总计, or 列1 … 列n. */
const genericHeader = (n: number, style: 'data' | 'column'): string[] =>
  style === 'data'
    ? [...Array.from({ length: n - 1 }, (_, i) => `数据${i + 1}`), '总计']
    : Array.from({ length: n }, (_, i) => `列${i + 1}`);

/** The first column after every label: label columns hold text that is no number (a blank zero is none). */
const firstValueCol = (rows: string[][]): number =>
  Math.max(0, ...rows.map((r) => r.reduce((end, c, i) => (c !== '' && !isNumber(c) ? i + 1 : end), 0)));

/**
 * Clean shape: a part 二 table keeps its one header row; a table with a header block of several
 * rows gets generic names instead (列N where no label column is left, else 数据N … 总计).
 */
function cleanTable(seg: Segment): string {
  if (seg.header.length === 1) return pipeTable(seg.header[0], seg.rows);
  const first = firstValueCol(seg.rows);
  const width = Math.max(...seg.rows.map((r) => r.length));
  const header =
    first === 0
      ? genericHeader(width, 'column')
      : ['项目', ...Array(first - 1).fill(''), ...genericHeader(width - first, 'data')];
  return pipeTable(header, seg.rows);
}

/** Broken shape: the labels one per line, then the numbers as pipe rows under generic names. */
function brokenTable(seg: Segment): string {
  const first = firstValueCol(seg.rows);
  const labels = seg.rows.map((r) => r.slice(0, first).filter(Boolean).join(' ')).filter(Boolean);
  const values = seg.rows.map((r) => r.slice(first));
  const header =
    seg.header.length === 1
      ? seg.header[0].slice(first)
      : genericHeader(Math.max(...values.map((v) => v.length)), 'data');
  return [...labels, '', pipeTable(header, values)].join('\n\n');
}

export function markdownReport(blocks: ReportBlock[], shape: MarkdownShape): string {
  const out: string[] = [];
  let placeholders = 0;
  let tables = 0;
  for (const b of blocks) {
    if (b.kind === 'title') out.push(`# ${b.text}`);
    else if (b.kind === 'heading') out.push(`## ${b.text}`);
    else if (b.kind === 'paragraph') out.push(b.text);
    else {
      for (const seg of segments(b.table)) {
        if (seg.heading) out.push(`### ${seg.heading}`);
        // Where a header block of several rows stood, and before the first table, the converter left a table of dashes.
        if (shape === 'clean' && (seg.header.length > 1 || tables++ === 0) && placeholders < 3) {
          out.push(placeholder(seg.header[0].length));
          placeholders++;
        }
        out.push(shape === 'clean' ? cleanTable(seg) : brokenTable(seg));
      }
    }
  }
  return `${out.join('\n\n')}\n`;
}
