/**
 * WordprocessingML primitives: runs, paragraphs and tables with real merges (gridSpan,
 * vMerge), vertical text (textDirection tbRl) and fixed column widths.
 */
export interface TextStyle {
  font: string;
  pt: number;
  bold?: boolean;
}

export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const halfPoints = (pt: number): number => Math.round(pt * 2);

function runProps(style: TextStyle): string {
  const sz = halfPoints(style.pt);
  return (
    `<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${escapeXml(style.font)}" w:hint="eastAsia"/>` +
    `${style.bold ? '<w:b/><w:bCs/>' : ''}<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/></w:rPr>`
  );
}

export type Align = 'left' | 'center' | 'both' | 'right';

export interface ParagraphOptions {
  align?: Align;
  /** First-line indent in characters (Chinese prose indents two). */
  firstLineChars?: number;
  /** Space after the paragraph, in twips. */
  after?: number;
}

export function paragraph(text: string, style: TextStyle, opts: ParagraphOptions = {}): string {
  const ind = opts.firstLineChars
    ? `<w:ind w:firstLineChars="${opts.firstLineChars * 100}" w:firstLine="${Math.round(opts.firstLineChars * style.pt * 20)}"/>`
    : '';
  const ppr = `<w:pPr><w:spacing w:before="0" w:after="${opts.after ?? 0}"/>${ind}<w:jc w:val="${opts.align ?? 'both'}"/>${runProps(style)}</w:pPr>`;
  const run = text === '' ? '' : `<w:r>${runProps(style)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  return `<w:p>${ppr}${run}</w:p>`;
}

export interface CellSpec {
  /** One paragraph per entry; an empty list gives an empty paragraph. */
  lines: string[];
  /** Grid columns the cell spans (w:gridSpan). */
  span?: number;
  /** Vertical merge: `restart` opens a merged cell, `continue` extends it downward. */
  vMerge?: 'restart' | 'continue';
  /** Text written top to bottom (w:textDirection tbRl). */
  vertical?: boolean;
  align?: Align;
  bold?: boolean;
}

export interface RowSpec {
  cells: CellSpec[];
  /** Repeated at the top of every page the table continues on (w:tblHeader). */
  header?: boolean;
}

export interface TableSpec {
  /** Column widths in twips (w:tblGrid). */
  grid: number[];
  rows: RowSpec[];
  ruled: boolean;
}

function borders(tag: 'tblBorders', ruled: boolean): string {
  const edge = (side: string): string =>
    ruled
      ? `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`
      : `<w:${side} w:val="none" w:sz="0" w:space="0" w:color="auto"/>`;
  return `<w:${tag}>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(edge).join('')}</w:${tag}>`;
}

function cellXml(cell: CellSpec, width: number, style: TextStyle): string {
  const span = cell.span && cell.span > 1 ? `<w:gridSpan w:val="${cell.span}"/>` : '';
  const vMerge =
    cell.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : cell.vMerge === 'continue' ? '<w:vMerge/>' : '';
  const dir = cell.vertical ? '<w:textDirection w:val="tbRl"/>' : '';
  const tcPr = `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span}${vMerge}${dir}<w:vAlign w:val="center"/></w:tcPr>`;
  const runStyle = { ...style, bold: cell.bold };
  const lines = cell.vMerge === 'continue' || cell.lines.length === 0 ? [''] : cell.lines;
  return `<w:tc>${tcPr}${lines.map((l) => paragraph(l, runStyle, { align: cell.align ?? 'center' })).join('')}</w:tc>`;
}

export function table(spec: TableSpec, style: TextStyle): string {
  const width = spec.grid.reduce((a, b) => a + b, 0);
  const tblPr =
    `<w:tblPr><w:tblW w:w="${width}" w:type="dxa"/><w:jc w:val="center"/>${borders('tblBorders', spec.ruled)}` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>`;
  const grid = `<w:tblGrid>${spec.grid.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const rows = spec.rows.map((row) => {
    let col = 0;
    const cells = row.cells.map((cell) => {
      const span = cell.span ?? 1;
      const w = spec.grid.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      return cellXml(cell, w, style);
    });
    if (col !== spec.grid.length) throw new Error(`row spans ${col} of ${spec.grid.length} grid columns`);
    const trPr = row.header ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
    return `<w:tr>${trPr}${cells.join('')}</w:tr>`;
  });
  return `<w:tbl>${tblPr}${grid}${rows.join('')}</w:tbl>`;
}
