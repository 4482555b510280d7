/**
 * The neutral document model. Every extractor (pdf, docx, html, text) turns a file into a
 * `SourceDocument`; nothing in src/ asks which format it came from. What src/ may ask is what
 * evidence the document carries: positioned runs and ruling lines (pages), or tables whose
 * grid the source states (blocks), or bare lines of text.
 *
 * Coordinates are PDF points with the origin at the top-left of the page, y growing downward.
 */

export type Format = 'pdf' | 'docx' | 'html' | 'txt' | 'doc';

/** A note passed along beside a value instead of throwing (mammoth's Result idea). */
export interface Warning {
  code: string;
  message: string;
  page?: number;
}

/** A value with the warnings gathered while producing it. */
export interface Result<T> {
  value: T;
  warnings: Warning[];
}

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
}

/**
 * A file that could not be read at all: becomes an error record (FORMAT.md §5). TIMEOUT,
 * TOO_LARGE (memory) and INTERNAL are given by the batch runner when a worker fails on a file.
 */
export type ErrorCode =
  | 'UNREADABLE'
  | 'ENCRYPTED'
  | 'NO_TEXT_LAYER'
  | 'UNSUPPORTED_FORMAT'
  | 'NOT_A_REPORT'
  | 'TIMEOUT'
  | 'TOO_LARGE'
  | 'INTERNAL';

export class ExtractionError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractionError';
  }
}

export interface ExtractOptions {
  /** Path for messages only; extractors never read the file system. */
  file?: string;
}

/** An extractor: bytes in, document out, no I/O, no global state. */
export type Extractor = (bytes: Uint8Array, options: ExtractOptions) => Promise<Result<SourceDocument>>;

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
