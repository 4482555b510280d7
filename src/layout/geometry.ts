/** Small geometric helpers shared by the layout steps (top-left origin, y downward). */
import type { BBox } from '../../extractors/model.js';

export const centerX = (b: BBox) => (b[0] + b[2]) / 2;
export const centerY = (b: BBox) => (b[1] + b[3]) / 2;

export const contains = (b: BBox, x: number, y: number, tol = 0) =>
  x >= b[0] - tol && x <= b[2] + tol && y >= b[1] - tol && y <= b[3] + tol;

export function unionBox(boxes: BBox[]): BBox {
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

/** Share of the shorter of two intervals that they have in common. */
export function overlapRatio(a0: number, a1: number, b0: number, b1: number): number {
  const overlap = Math.min(a1, b1) - Math.max(a0, b0);
  const shorter = Math.min(a1 - a0, b1 - b0);
  return shorter > 0 ? Math.max(0, overlap) / shorter : 0;
}

/** Sorted values grouped where neighbours are within `tol`; each group as its mean. */
export function clusterValues(values: number[], tol: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const g = groups[groups.length - 1];
    if (g && v - g[g.length - 1] <= tol) g.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** Index of the value in `sorted` nearest to `v`. */
export function nearestIndex(sorted: number[], v: number): number {
  let best = 0;
  for (let i = 1; i < sorted.length; i++) if (Math.abs(sorted[i] - v) < Math.abs(sorted[best] - v)) best = i;
  return best;
}
