/**
 * Text runs → the cells of a grid. pdf.js sometimes draws the digits of neighbouring narrow
 * cells as one item; such a run is cut where its glyphs cross a cell border (a glyph's place
 * estimated as the item's width over its length), so no digit moves and none is invented.
 */
import type { BBox, TextRun } from '../../extractors/model.js';
import { centerX, centerY, contains, overlapRatio } from './geometry.js';

/** The pieces of a run that fall into different cells of the same row band. */
export function splitAtCellBorders(run: TextRun, cells: BBox[]): TextRun[] {
  const chars = [...run.text];
  if (run.vertical || chars.length < 2) return [run];
  const y = centerY(run.bbox);
  const crossed = cells.filter((c) => y >= c[1] && y <= c[3] && c[2] > run.bbox[0] && c[0] < run.bbox[2]);
  if (crossed.length < 2) return [run];
  const step = (run.bbox[2] - run.bbox[0]) / chars.length;
  const cellOf = (i: number) => crossed.findIndex((c) => contains(c, run.bbox[0] + (i + 0.5) * step, y));
  const pieces: TextRun[] = [];
  let start = 0;
  for (let i = 1; i <= chars.length; i++) {
    if (i < chars.length && cellOf(i) === cellOf(start)) continue;
    const text = chars.slice(start, i).join('').trim();
    if (text)
      pieces.push({
        ...run,
        text,
        bbox: [run.bbox[0] + start * step, run.bbox[1], run.bbox[0] + i * step, run.bbox[3]],
      });
    start = i;
  }
  return pieces;
}

/** The index of the cell holding the run's centre, else of the nearest cell. */
export function cellIndexOf(run: TextRun, cells: BBox[]): number {
  const x = centerX(run.bbox),
    y = centerY(run.bbox);
  const inside = cells.findIndex((c) => contains(c, x, y));
  if (inside >= 0) return inside;
  let best = 0,
    bestDist = Infinity;
  cells.forEach((c, i) => {
    const d = Math.hypot(Math.max(c[0] - x, 0, x - c[2]), Math.max(c[1] - y, 0, y - c[3]));
    if (d < bestDist) {
      best = i;
      bestDist = d;
    }
  });
  return best;
}

/** Runs per cell (same order as `cells`). */
export function assignRunsToCells(runs: TextRun[], cells: BBox[]): TextRun[][] {
  const out: TextRun[][] = cells.map(() => []);
  for (const run of runs)
    for (const piece of splitAtCellBorders(run, cells)) out[cellIndexOf(piece, cells)].push(piece);
  return withOverflowReturned(out, cells);
}

const OVERPRINT = 0.3;

/**
 * A line of text that LibreOffice let run over its cell's top or bottom border (a tall header cut
 * by a page break: its last character sits half in the row below) has its centre in the wrong
 * cell. Text never prints over other text in one cell, so a run that crosses a border of its
 * cell and overprints a run lying inside that cell goes back to the cell across the border.
 */
function withOverflowReturned(out: TextRun[][], cells: BBox[]): TextRun[][] {
  const moves: [from: number, run: TextRun, to: number][] = [];
  out.forEach((runs, i) => {
    const c = cells[i];
    for (const run of runs) {
      const above = run.bbox[1] < c[1] && run.bbox[3] > c[1];
      const below = run.bbox[3] > c[3] && run.bbox[1] < c[3];
      if (above === below) continue;
      const inside = runs.filter((r) => r !== run && r.bbox[1] >= c[1] && r.bbox[3] <= c[3]);
      if (!inside.some((r) => overprints(r.bbox, run.bbox))) continue;
      const edge = above ? c[1] - 0.5 : c[3] + 0.5;
      const to = cells.findIndex((d, j) => j !== i && contains(d, centerX(run.bbox), edge));
      if (to >= 0) moves.push([i, run, to]);
    }
  });
  for (const [from, run, to] of moves) {
    out[from] = out[from].filter((r) => r !== run);
    out[to].push(run);
  }
  return out;
}

/** Two glyph boxes drawn over each other: they share a good part of their width and height. */
const overprints = (a: BBox, b: BBox) =>
  overlapRatio(a[0], a[2], b[0], b[2]) > OVERPRINT && overlapRatio(a[1], a[3], b[1], b[3]) > OVERPRINT;
