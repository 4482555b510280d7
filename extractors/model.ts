/**
 * The neutral document model. Every extractor (pdf, docx, html, text, markdown) turns a file into a
 * `SourceDocument`; nothing in src/ asks which format it came from. What src/ may ask is what
 * evidence the document carries: positioned runs and ruling lines (pages), or tables whose
 * grid the source states (blocks), or bare lines of text.
 *
 * Coordinates are PDF points with the origin at the top-left of the page, y growing downward.
 */
import type { Result } from '../src/core/index.js';

export const FORMATS = ['pdf', 'docx', 'html', 'txt', 'doc', 'md'] as const;
export type Format = (typeof FORMATS)[number];

export type BBox = [x0: number, y0: number, x1: number, y1: number];

/** A piece of text drawn at one position with one font. */
export interface TextRun {
  text: string;
  bbox: BBox;
  fontSize: number;
  fontName: string;
  /** Drawn top to bottom (a vertical font, `dir: 'ttb'`). */
  vertical: boolean;
}

/** A drawn horizontal or vertical line segment (stroke, or a thin filled rectangle). */
export interface RulingLine {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Page {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  rulings: RulingLine[];
}

/**
 * How a table's cell positions are known, from most to least certain. Confidence and the
 * blank-as-zero rule of FORMAT.md §5 depend on it.
 * - `structural`: the source states the grid (DOCX/HTML table markup)
 * - `ruled`: rebuilt from ruling lines
 * - `aligned`: rebuilt from the alignment of text (no ruling lines)
 * - `text`: cells in reading order only; columns must be inferred
 */
export type Geometry = 'structural' | 'ruled' | 'aligned' | 'text';

export interface TableCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** Text as printed, lines joined with '\n'. */
  text: string;
  page?: number;
  bbox?: BBox;
  /**
   * `geometry: 'text'` from fixed-width text (`pdftotext -layout`, no tabs): the character
   * column where the cell starts, one column per character. Values sit under their header
   * there, so blank cells can be told from missing ones.
   */
  textColumn?: number;
  /**
   * Fixed-width text: the cell starts its line or follows two spaces or more. pdftotext prints
   * such a cell where the text left of it on the page puts it; a cell one space after another
   * may have been packed beside it.
   */
  textSpaced?: boolean;
  /** Fixed-width text: the line of its table the cell's text ends on (a row's label may wrap onto lines around its values). */
  textLine?: number;
}

/**
 * A table as a grid with spans. For `geometry: 'text'` rows hold their cells in reading
 * order and `col` is only the position in that order (rows may differ in length).
 */
export interface Table {
  kind: 'table';
  geometry: Geometry;
  nRows: number;
  nCols: number;
  cells: TableCell[];
  /** Pages the table spans (PDF); empty when unknown. */
  pages: number[];
}

export interface Paragraph {
  kind: 'paragraph';
  text: string;
  page?: number;
  bbox?: BBox;
}

export type Block = Paragraph | Table;

/**
 * A repair the parser had to make (FORMAT.md §5: damage is never silent). The record names it in
 * `review.reasons` as `damaged:<kind>`, requires review, and flags the values it may have touched:
 * those on `pages` (all, for a damaged stream of no known page), or for a source cut short the last
 * value read (`tail`).
 */
export interface Repair {
  kind: 'xref' | 'stream' | 'truncated' | 'encoding';
  message: string;
  pages?: number[];
  /** `truncated`: the text of the last table cell read, which the cut may have shortened. */
  tail?: string;
}

export interface SourceDocument {
  format: Format;
  convertedFrom?: 'doc';
  /** Page count where the format has pages, else null. */
  pageCount: number | null;
  /**
   * Positioned content (PDF). src/ rebuilds paragraphs and tables from these; a document
   * whose extractor already knows its blocks leaves this empty.
   */
  pages: Page[];
  /** Paragraphs and tables in reading order, as far as the extractor knows them. */
  blocks: Block[];
  /** Repairs made while reading; absent or empty for an intact file. */
  repairs?: Repair[];
  /**
   * Labelled fields of the page around the report (a crawler's header lines, a site's
   * information box), one `label：value` each as printed; not part of `blocks`. Where the
   * report's own text does not name its title, agency or year, src/identity reads them here.
   */
  pageFields?: string[];
}

export interface ExtractOptions {
  /** Path for messages only; extractors never read the file system. */
  file?: string;
}

/** An extractor: bytes in, document out, no I/O, no global state. */
export type Extractor = (bytes: Uint8Array, options: ExtractOptions) => Promise<Result<SourceDocument>>;

/** The text of the last cell of a table (the last row's last cell in reading order). */
export function lastCellText(table: Table): string | undefined {
  return [...table.cells].sort((a, b) => a.row - b.row || a.col - b.col).pop()?.text;
}

/** The anchor cell at each grid position (spanned positions point to their anchor). */
export function cellMatrix(table: Table): (TableCell | undefined)[][] {
  const matrix: (TableCell | undefined)[][] = Array.from({ length: table.nRows }, () =>
    new Array(table.nCols).fill(undefined),
  );
  for (const cell of table.cells) {
    for (let r = cell.row; r < cell.row + cell.rowSpan && r < table.nRows; r++) {
      for (let c = cell.col; c < cell.col + cell.colSpan && c < table.nCols; c++) matrix[r][c] = cell;
    }
  }
  return matrix;
}
