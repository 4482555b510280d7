/**
 * A report as an agency's web page would carry it, for printing to PDF with Chromium: the
 * tables in one of three border styles web pages use, written by this generator (not
 * LibreOffice) so each style is exactly what the name says. Every table is ruled here, even
 * those the variant leaves unruled in the DOCX: the border styles are what these files test.
 */
import type { ReportBlock } from './document.js';
import { escapeXml as escape, type CellSpec, type TableSpec } from './wordml.js';

/**
 *   spaced    `<table border="1" cellspacing="N">`: every cell boxed on its own, N px apart
 *   collapse  `border-collapse: collapse` with 1px solid cell borders
 *   widths    collapsed CSS borders of different widths: a 2px frame and header rule, 1px inside, 0.5px between body rows
 */
export const WEB_STYLES = ['spaced', 'collapse', 'widths'] as const;
export type WebStyle = (typeof WEB_STYLES)[number];

export interface WebOptions {
  style: WebStyle;
  /** Zeros printed as empty cells, as many web pages do (the truth still says 0). */
  blankZeros: boolean;
  /** Cell spacing of the `spaced` style, in px. */
  spacing?: number;
}

const STYLE_SHEETS: Record<WebStyle, string> = {
  spaced: '',
  collapse: 'table.ruled { border-collapse: collapse; } table.ruled td { border: 1px solid #000; }',
  widths:
    'table.ruled { border-collapse: collapse; border: 2px solid #000; } table.ruled td { border: 1px solid #333; }' +
    ' table.ruled tr.body + tr.body td { border-top-width: 0.5px; } table.ruled tr.head:last-of-type td { border-bottom-width: 2px; }',
};

export function webPage(blocks: ReportBlock[], opts: WebOptions): string {
  const title = blocks.find((b) => b.kind === 'title')?.text ?? '';
  const body = blocks.map((b) => {
    if (b.kind === 'title') return `<h1>${escape(b.text)}</h1>`;
    if (b.kind === 'heading') return `<h3>${escape(b.text)}</h3>`;
    if (b.kind === 'paragraph') return `<p>${escape(b.text)}</p>`;
    return webTable(b.table, opts);
  });
  const css =
    '@page { size: A4; margin: 2cm; } body { font-family: "Noto Serif CJK SC", serif; font-size: 10.5pt; }' +
    ' h1 { font-size: 16pt; text-align: center; } h3 { font-size: 12pt; } p { text-indent: 2em; }' +
    ' td { padding: 2px 3px; text-align: center; } td.label { text-align: left; } ' +
    STYLE_SHEETS[opts.style];
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${css}</style></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}

function webTable(spec: TableSpec, opts: WebOptions): string {
  const attrs = opts.style === 'spaced' ? `border="1" cellspacing="${opts.spacing ?? 2}"` : 'class="ruled"';
  // Header rows: every row above the first one holding a number.
  const head = firstValueRow(spec);
  const rows = spec.rows.map((row, r) => {
    const cells = row.cells.flatMap((cell) =>
      cell.vMerge === 'continue' ? [] : [webCell(cell, rowSpan(spec, r, row.cells.indexOf(cell)), opts)],
    );
    return `<tr class="${r < head ? 'head' : 'body'}">${cells.join('')}</tr>`;
  });
  // Column widths as the Word original had them, the way pages exported from Word carry them.
  const total = spec.grid.reduce((a, b) => a + b, 0);
  const cols = spec.grid.map((w) => `<col style="width: ${((100 * w) / total).toFixed(2)}%">`).join('');
  return `<table width="100%" style="table-layout: fixed" ${attrs}>\n<colgroup>${cols}</colgroup>\n${rows.join('\n')}\n</table>`;
}

function webCell(cell: CellSpec, rows: number, opts: WebOptions): string {
  const span = `${cell.span && cell.span > 1 ? ` colspan="${cell.span}"` : ''}${rows > 1 ? ` rowspan="${rows}"` : ''}`;
  const lines = cell.lines.map((l) => (opts.blankZeros && (l === '0' || l === '—') ? '' : escape(l)));
  // Vertical labels: one character per line, as web pages write them.
  const text = cell.vertical ? [...lines.join('')].join('<br>') : lines.join('<br>');
  const cls = cell.align === 'left' ? ' class="label"' : '';
  return `<td${span}${cls}>${cell.bold ? `<b>${text}</b>` : text}</td>`;
}

/** Rows a `restart` cell spans: itself and the `continue` cells below it in the same grid column. */
function rowSpan(spec: TableSpec, row: number, index: number): number {
  const col = gridColumn(spec.rows[row].cells, index);
  let n = 1;
  while (row + n < spec.rows.length && cellAt(spec.rows[row + n].cells, col)?.vMerge === 'continue') n++;
  return spec.rows[row].cells[index].vMerge === 'restart' ? n : 1;
}

const gridColumn = (cells: CellSpec[], index: number): number =>
  cells.slice(0, index).reduce((s, c) => s + (c.span ?? 1), 0);

function cellAt(cells: CellSpec[], col: number): CellSpec | undefined {
  let at = 0;
  for (const c of cells) {
    if (at === col) return c;
    at += c.span ?? 1;
  }
  return undefined;
}

const firstValueRow = (spec: TableSpec): number =>
  Math.max(
    0,
    spec.rows.findIndex((r) => r.cells.some((c) => c.lines.some((l) => /^\d+$/.test(l)))),
  );
