/**
 * The header of a table drawn without lines, merged by x-overlap: every printed line of a
 * header is not a row. Text over one value column (a word wrapped or typed one character per
 * line) is that column's leaf header; text spanning several columns is a group header on a
 * level above them; text over the label columns is the corner cell.
 */
import type { TextRun } from '../../extractors/model.js';

/** A header cell before it gets its place in the grid: the runs and the columns it covers. */
export interface HeaderCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  runs: TextRun[];
}

interface HeaderPiece {
  runs: TextRun[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Value columns whose centre lies under a piece. */
function coveredColumns(piece: HeaderPiece, columns: (readonly [number, number])[], firstValue: number): number[] {
  const out: number[] = [];
  for (let c = firstValue; c < columns.length; c++) {
    const mid = (columns[c][0] + columns[c][1]) / 2;
    if (mid >= piece.x0 - 2 && mid <= piece.x1 + 2) out.push(c);
  }
  return out;
}

/** Group headers wrapped over two lines above the same columns are one header. */
function mergeWrapped(spans: { piece: HeaderPiece; cols: number[] }[]): { piece: HeaderPiece; cols: number[] }[] {
  const out: { piece: HeaderPiece; cols: number[] }[] = [];
  for (const s of [...spans].sort((a, b) => a.piece.y0 - b.piece.y0)) {
    const em = s.piece.runs[0].fontSize;
    const same = out.find((o) => o.cols.join() === s.cols.join() && s.piece.y0 - o.piece.y1 < 0.6 * em);
    if (same) {
      same.piece = {
        runs: [...same.piece.runs, ...s.piece.runs],
        x0: Math.min(same.piece.x0, s.piece.x0),
        x1: Math.max(same.piece.x1, s.piece.x1),
        y0: same.piece.y0,
        y1: s.piece.y1,
      };
    } else out.push({ ...s });
  }
  return out;
}

/**
 * Header pieces (segments of the header lines) → header cells. Group headers get levels from
 * the top so that headers over the same columns stack; each value column's leaf header spans
 * from below its lowest group header to the last header row.
 */
export function headerCells(
  pieces: HeaderPiece[],
  columns: (readonly [number, number])[],
  firstValue: number,
): { cells: HeaderCell[]; nRows: number } {
  const corner: TextRun[] = [];
  const leaves = columns.map(() => [] as TextRun[]);
  const spans: { piece: HeaderPiece; cols: number[] }[] = [];
  const valueStart = columns[firstValue]?.[0] ?? Infinity;
  for (const piece of pieces) {
    const cols = groupOver(piece, pieces, columns, firstValue) ?? coveredColumns(piece, columns, firstValue);
    if (piece.x1 <= valueStart + 2 || (piece.x0 < valueStart - 2 && (piece.x0 + piece.x1) / 2 < valueStart))
      corner.push(...piece.runs);
    else if (cols.length <= 1) leaves[cols[0] ?? nearestColumn(piece, columns, firstValue)].push(...piece.runs);
    else spans.push({ piece, cols });
  }
  const groups = mergeWrapped(spans);
  const level: number[] = [];
  groups.forEach((g, i) => {
    const overlapping = groups.slice(0, i).map((o, j) => (o.cols.some((c) => g.cols.includes(c)) ? level[j] + 1 : 0));
    level[i] = Math.max(0, ...overlapping);
  });
  const leafRow = groups.length ? Math.max(...level) + 1 : 0;
  const nRows = leafRow + 1;
  const cells: HeaderCell[] = [];
  if (firstValue > 0) cells.push({ row: 0, col: 0, rowSpan: nRows, colSpan: firstValue, runs: corner });
  groups.forEach((g, i) =>
    cells.push({
      row: level[i],
      col: g.cols[0],
      rowSpan: 1,
      colSpan: g.cols[g.cols.length - 1] - g.cols[0] + 1,
      runs: g.piece.runs,
    }),
  );
  for (let c = firstValue; c < columns.length; c++) {
    const above = groups.map((g, i) => (g.cols.includes(c) ? level[i] + 1 : 0));
    const top = Math.max(0, ...above);
    for (let r = 0; r < top; r++)
      if (!cells.some((x) => x.col <= c && c < x.col + x.colSpan && x.row <= r && r < x.row + x.rowSpan))
        cells.push({ row: r, col: c, rowSpan: 1, colSpan: 1, runs: [] });
    cells.push({ row: top, col: c, rowSpan: nRows - top, colSpan: 1, runs: leaves[c] });
  }
  return { cells, nRows };
}

/**
 * A short header with headers of several columns under it is their group header (行政复议 over
 * five). A group header centred over its columns may stand over the header of one column only
 * (法人或其他组织 over 社会公益组织, its other columns' vertical headers being shorter): it is
 * still a group over every column it reaches into whose headers all lie below it, and a group
 * header over a group header spans at least its columns (申请人情况 over 法人或其他组织).
 */
function groupOver(
  piece: HeaderPiece,
  pieces: HeaderPiece[],
  columns: (readonly [number, number])[],
  firstValue: number,
): number[] | null {
  const under = pieces.filter((p) => p.y0 >= piece.y1 - 1 && Math.min(p.x1, piece.x1) > Math.max(p.x0, piece.x0));
  const cols = new Set(
    under.flatMap((p) => groupOver(p, pieces, columns, firstValue) ?? [nearestColumn(p, columns, firstValue)]),
  );
  if (cols.size === 1) for (const c of reachedColumns(piece, pieces, columns, firstValue)) cols.add(c);
  return cols.size >= 2 ? [...cols].sort((a, b) => a - b) : null;
}

/** Value columns the piece reaches into when it stands above their headers (none is level with it). */
function reachedColumns(
  piece: HeaderPiece,
  pieces: HeaderPiece[],
  columns: (readonly [number, number])[],
  firstValue: number,
): number[] {
  const reached: number[] = [];
  for (let c = firstValue; c < columns.length; c++) {
    const [x0, x1] = columns[c];
    if (Math.min(x1, piece.x1) - Math.max(x0, piece.x0) <= REACH) continue;
    const inColumn = pieces.filter((p) => p !== piece && Math.min(x1, p.x1) - Math.max(x0, p.x0) > REACH);
    if (!inColumn.some((p) => p.y0 >= piece.y1 - 1) || inColumn.some((p) => p.y0 < piece.y1 - 1 && p.y1 > piece.y0 + 1))
      return [];
    reached.push(c);
  }
  return reached;
}

/** How far text must reach into a column to count as over it. */
const REACH = 2;

function nearestColumn(piece: HeaderPiece, columns: (readonly [number, number])[], firstValue: number): number {
  const x = (piece.x0 + piece.x1) / 2;
  let best = firstValue;
  for (let c = firstValue; c < columns.length; c++)
    if (Math.abs((columns[c][0] + columns[c][1]) / 2 - x) < Math.abs((columns[best][0] + columns[best][1]) / 2 - x))
      best = c;
  return best;
}

export type { HeaderPiece };
