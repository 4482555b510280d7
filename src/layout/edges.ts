/**
 * Ruling lines → clean table edges, pdfplumber-style: split by orientation, snap nearly
 * collinear lines together, join pieces of one line, merge the double borders of boxed cells, close tables left open by a page break,
 * drop short marks.
 */
import type { RulingLine } from '../../extractors/model.js';
import { clusterValues, overlapRatio } from './geometry.js';

/** A horizontal edge at `pos` (its y) from `from` to `to` (x), or a vertical one at x from y to y. */
export interface Edge {
  pos: number;
  from: number;
  to: number;
}

export interface Edges {
  horizontal: Edge[];
  vertical: Edge[];
}

export const SNAP_TOLERANCE = 3;
/**
 * Separately boxed cells (HTML cellspacing) draw two parallel borders per cell edge with a gap;
 * no row or column is this narrow, so two such borders are one cell boundary.
 */
const DOUBLE_BORDER_GAP = 7;
/** Share of the shorter of two borders they must run side by side to be one double border. */
const DOUBLE_BORDER_OVERLAP = 0.5;
const JOIN_TOLERANCE = 3;
const MIN_EDGE_LENGTH = 3;

export function splitByOrientation(lines: RulingLine[]): Edges {
  const horizontal: Edge[] = [];
  const vertical: Edge[] = [];
  for (const l of lines) {
    if (l.y0 === l.y1) horizontal.push({ pos: l.y0, from: Math.min(l.x0, l.x1), to: Math.max(l.x0, l.x1) });
    else if (l.x0 === l.x1) vertical.push({ pos: l.x0, from: Math.min(l.y0, l.y1), to: Math.max(l.y0, l.y1) });
  }
  return { horizontal, vertical };
}

/**
 * Edges whose positions lie within the tolerance and whose extents meet (overlap, or touch within
 * JOIN_TOLERANCE) move to their group's mean position. Edges of another table elsewhere on the
 * page never pull a line: a column border of one table stays where it is drawn.
 */
export function snapEdges(edges: Edge[], tol = SNAP_TOLERANCE): Edge[] {
  const meet = (a: Edge, b: Edge) => a.from <= b.to + JOIN_TOLERANCE && b.from <= a.to + JOIN_TOLERANCE;
  return groupParallel(edges, tol, meet, Infinity, false);
}

/** Collinear edges that touch or nearly touch become one. */
export function joinEdges(edges: Edge[], tol = JOIN_TOLERANCE): Edge[] {
  const sorted = [...edges].sort((a, b) => a.pos - b.pos || a.from - b.from);
  const out: Edge[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.pos === e.pos && e.from <= last.to + tol) last.to = Math.max(last.to, e.to);
    else out.push({ ...e });
  }
  return out;
}

/**
 * Parallel edges closer than DOUBLE_BORDER_GAP that run side by side become one at their
 * length-weighted mean position. A group never spans more than the gap, so the frames of two
 * tables printed one under the other stay two lines.
 */
export function mergeDoubleBorders(edges: Edge[], gap = DOUBLE_BORDER_GAP): Edge[] {
  const sideBySide = (a: Edge, b: Edge) => overlapRatio(a.from, a.to, b.from, b.to) >= DOUBLE_BORDER_OVERLAP;
  return groupParallel(edges, gap, sideBySide, gap, true);
}

/**
 * Groups edges within `tol` of each other that `related` allows (and whose group stays within
 * `maxSpan`), and moves each to its group's mean position, weighted by length or not. Edges are
 * swept in position order, so each is compared only with those that lie within `tol` before it.
 */
function groupParallel(
  edges: Edge[],
  tol: number,
  related: (a: Edge, b: Edge) => boolean,
  maxSpan: number,
  byLength: boolean,
): Edge[] {
  const sorted = [...edges].sort((a, b) => a.pos - b.pos);
  const parent = sorted.map((_, i) => i);
  const low = sorted.map((e) => e.pos);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let j = 0; j < sorted.length; j++) {
    for (let i = j - 1; i >= 0 && sorted[j].pos - sorted[i].pos <= tol; i--) {
      const [a, b] = [find(i), find(j)];
      if (a === b || sorted[j].pos - Math.min(low[a], low[b]) > maxSpan || !related(sorted[i], sorted[j])) continue;
      parent[b] = a;
      low[a] = Math.min(low[a], low[b]);
    }
  }
  const weight = new Map<number, { sum: number; length: number }>();
  sorted.forEach((e, i) => {
    const w = weight.get(find(i)) ?? { sum: 0, length: 0 };
    const length = byLength ? Math.max(e.to - e.from, 1e-6) : 1;
    weight.set(find(i), { sum: w.sum + e.pos * length, length: w.length + length });
  });
  return sorted.map((e, i) => {
    const w = weight.get(find(i))!;
    return { ...e, pos: w.sum / w.length };
  });
}

export const dropShortEdges = (edges: Edge[], min = MIN_EDGE_LENGTH) => edges.filter((e) => e.to - e.from >= min);

/**
 * Where several vertical edges end (or start) at the same y with no horizontal edge there, a
 * page break cut the table: add the missing horizontal edge so the cut row still forms cells.
 */
export function closeOpenEnds(edges: Edges, tol = SNAP_TOLERANCE): Edge[] {
  const added: Edge[] = [];
  for (const end of ['from', 'to'] as const) {
    const ys = clusterValues(
      edges.vertical.map((v) => v[end]),
      tol,
    );
    for (const y of ys) {
      const xs = edges.vertical.filter((v) => Math.abs(v[end] - y) <= tol).map((v) => v.pos);
      if (xs.length < 2) continue;
      const from = Math.min(...xs),
        to = Math.max(...xs);
      if (!covered(edges.horizontal, y, from, to, tol)) added.push({ pos: y, from, to });
    }
  }
  return added;
}

/** Whether horizontal edges at `y` cover most of [from, to]. */
export function covered(
  horizontal: Edge[],
  y: number,
  from: number,
  to: number,
  tol = SNAP_TOLERANCE,
  share = 0.8,
): boolean {
  let length = 0;
  for (const h of horizontal) {
    if (Math.abs(h.pos - y) > tol) continue;
    length += Math.max(0, Math.min(h.to, to) - Math.max(h.from, from));
  }
  return length >= share * (to - from);
}

const clean = (edges: Edge[]): Edge[] =>
  dropShortEdges(joinEdges(snapEdges(mergeDoubleBorders(joinEdges(snapEdges(edges))))));

/** The whole chain: clean edges plus the ones added to close cut tables. */
export function tableEdges(lines: RulingLine[]): Edges & { real: Edges } {
  const raw = splitByOrientation(lines);
  const real: Edges = {
    horizontal: clean(raw.horizontal),
    vertical: clean(raw.vertical),
  };
  const closing = closeOpenEnds(real);
  return { horizontal: joinEdges(snapEdges([...real.horizontal, ...closing])), vertical: real.vertical, real };
}
