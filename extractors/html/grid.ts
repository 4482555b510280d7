/**
 * The grid builder shared by HTML and DOCX: table markup (rows of cells with colspan/rowspan,
 * or cells whose grid column the source states) becomes a `Table` with `geometry: 'structural'`.
 * Steps: place cells on the grid → clamp spans to the table → normalize cell text → table.
 */
import type { Result, Table, TableCell, Warning } from '../model.js';
import { normalizeCellText } from './text.js';

/** A cell as the markup states it, before it has a place in the grid. Text lines joined with '\n'. */
export interface MarkupCell {
  text: string;
  colSpan: number;
  /** 0 = to the end of the table (HTML). */
  rowSpan: number;
}

/** A row as the markup states it. `offset`: grid columns left empty before its first cell (w:gridBefore). */
export interface MarkupRow {
  cells: MarkupCell[];
  offset?: number;
}

/** Rows of markup cells → table, placing cells by the HTML table algorithm. */
export function buildGrid(rows: MarkupRow[]): Result<Table> {
  return finishGrid(placeCells(rows), rows.length);
}

/**
 * Cells whose grid position is already known (DOCX read from its XML) → table.
 * `nRows` keeps trailing rows that hold no anchor cell.
 */
export function finishGrid(cells: TableCell[], nRows: number, warnings: Warning[] = []): Result<Table> {
  const clamped = clampSpans(cells, nRows);
  const nCols = clamped.value.reduce((n, c) => Math.max(n, c.col + c.colSpan), 0);
  const table: Table = {
    kind: 'table',
    geometry: 'structural',
    nRows,
    nCols,
    cells: clamped.value.map((c) => ({ ...c, text: normalizeCellText(c.text) })),
    pages: [],
  };
  return { value: table, warnings: [...warnings, ...clamped.warnings, ...overlapWarnings(table)] };
}

/**
 * The HTML table algorithm: each row starts at its offset, each cell takes the next grid column
 * not already covered by a rowspan from above.
 */
export function placeCells(rows: MarkupRow[]): TableCell[] {
  const covered: boolean[][] = rows.map(() => []);
  const cells: TableCell[] = [];
  rows.forEach((row, r) => {
    let col = row.offset ?? 0;
    for (const cell of row.cells) {
      while (covered[r][col]) col++;
      const colSpan = Math.max(1, cell.colSpan || 1);
      const rowSpan = cell.rowSpan === 0 ? rows.length - r : Math.max(1, cell.rowSpan);
      for (let rr = r; rr < Math.min(rows.length, r + rowSpan); rr++) {
        for (let cc = col; cc < col + colSpan; cc++) covered[rr][cc] = true;
      }
      cells.push({ row: r, col, rowSpan, colSpan, text: cell.text });
      col += colSpan;
    }
  });
  return cells;
}

/** A rowspan running past the last row is cut at the table's end (as browsers do), with a warning. */
function clampSpans(cells: TableCell[], nRows: number): Result<TableCell[]> {
  const warnings: Warning[] = [];
  const value = cells.map((c) => {
    if (c.row + c.rowSpan <= nRows) return c;
    warnings.push({
      code: 'ROWSPAN_CLAMPED',
      message: `cell at row ${c.row + 1}, column ${c.col + 1} spans ${c.rowSpan} rows past the table's end`,
    });
    return { ...c, rowSpan: nRows - c.row };
  });
  return { value, warnings };
}

/** Cells whose areas overlap (a colspan reaching into a rowspan): the markup is inconsistent there. */
function overlapWarnings(table: Table): Warning[] {
  const owner = new Map<string, TableCell>();
  const warnings: Warning[] = [];
  for (const cell of table.cells) {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) {
      for (let c = cell.col; c < cell.col + cell.colSpan; c++) {
        const key = `${r},${c}`;
        if (owner.has(key)) {
          warnings.push({
            code: 'CELL_OVERLAP',
            message: `cells overlap at row ${r + 1}, column ${c + 1}; cell merging may be wrong there`,
          });
        }
        owner.set(key, cell);
      }
    }
  }
  return warnings;
}
