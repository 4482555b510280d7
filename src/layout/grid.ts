/**
 * Edges → cells → tables → grid, pdfplumber-style: intersections of edges; each cell is the
 * smallest rectangle whose four corners are intersections joined by edges; cells sharing a
 * corner form one table; the distinct cell borders give the rows and columns, and a cell that
 * crosses borders gets a row or column span.
 */
import type { BBox } from '../../extractors/model.js';
import { SNAP_TOLERANCE, type Edges } from './edges.js';
import { clusterValues, nearestIndex } from './geometry.js';

interface Intersection {
  x: number;
  y: number;
  h: Set<number>;
  v: Set<number>;
}

const key = (x: number, y: number) => `${x},${y}`;

export function intersections(edges: Edges, tol = SNAP_TOLERANCE): Map<string, Intersection> {
  const points = new Map<string, Intersection>();
  edges.vertical.forEach((v, vi) => {
    edges.horizontal.forEach((h, hi) => {
      if (h.pos < v.from - tol || h.pos > v.to + tol || v.pos < h.from - tol || v.pos > h.to + tol) return;
      const k = key(v.pos, h.pos);
      const p = points.get(k) ?? { x: v.pos, y: h.pos, h: new Set<number>(), v: new Set<number>() };
      p.h.add(hi);
      p.v.add(vi);
      points.set(k, p);
    });
  });
  return points;
}

const shares = (a: Set<number>, b: Set<number>) => [...a].some((e) => b.has(e));

/** The smallest rectangles whose corners are intersections connected along edges. */
export function cellsFromIntersections(points: Map<string, Intersection>): BBox[] {
  const all = [...points.values()];
  const cells: BBox[] = [];
  for (const p of all) {
    const below = all.filter((q) => q.x === p.x && q.y > p.y && shares(p.v, q.v)).sort((a, b) => a.y - b.y);
    const right = all.filter((q) => q.y === p.y && q.x > p.x && shares(p.h, q.h)).sort((a, b) => a.x - b.x);
    search: for (const b of below) {
      for (const r of right) {
        const corner = points.get(key(r.x, b.y));
        if (corner && shares(corner.v, r.v) && shares(corner.h, b.h)) {
          cells.push([p.x, p.y, r.x, b.y]);
          break search;
        }
      }
    }
  }
  return cells;
}

/** Cells that share a corner belong to one table; a lone cell is a box, not a table. */
export function groupCellsIntoTables(cells: BBox[]): BBox[][] {
  const parent = cells.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const owner = new Map<string, number>();
  cells.forEach((c, i) => {
    for (const k of [key(c[0], c[1]), key(c[2], c[1]), key(c[0], c[3]), key(c[2], c[3])]) {
      const j = owner.get(k);
      if (j === undefined) owner.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, BBox[]>();
  cells.forEach((c, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), c]));
  return [...groups.values()]
    .filter((g) => g.length >= 2)
    .sort((a, b) => Math.min(...a.map((c) => c[1])) - Math.min(...b.map((c) => c[1])));
}

export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  bbox: BBox;
}

export interface Grid {
  xs: number[];
  ys: number[];
  cells: GridCell[];
}

/** Row and column borders from the cells' sides; spans from the borders a cell crosses. */
export function gridOf(cells: BBox[]): Grid {
  const xs = clusterValues(
    cells.flatMap((c) => [c[0], c[2]]),
    0.5,
  );
  const ys = clusterValues(
    cells.flatMap((c) => [c[1], c[3]]),
    0.5,
  );
  const gridCells = cells
    .map((bbox) => {
      const col = nearestIndex(xs, bbox[0]),
        row = nearestIndex(ys, bbox[1]);
      return { row, col, rowSpan: nearestIndex(ys, bbox[3]) - row, colSpan: nearestIndex(xs, bbox[2]) - col, bbox };
    })
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return { xs, ys, cells: gridCells };
}
