/**
 * Ruling lines → clean table edges, pdfplumber-style: split by orientation, snap nearly
 * collinear lines together, join pieces of one line, close tables left open by a page break,
 * drop short marks.
 */
import type { RulingLine } from '../../extractors/model.js';
import { clusterValues, nearestIndex } from './geometry.js';

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

/** Edges whose positions lie within the tolerance move to their group's mean position. */
export function snapEdges(edges: Edge[], tol = SNAP_TOLERANCE): Edge[] {
  const positions = clusterValues(
    edges.map((e) => e.pos),
    tol,
  );
  return edges.map((e) => ({ ...e, pos: positions[nearestIndex(positions, e.pos)] }));
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

/** The whole chain: clean edges plus the ones added to close cut tables. */
export function tableEdges(lines: RulingLine[]): Edges & { real: Edges } {
  const raw = splitByOrientation(lines);
  const real: Edges = {
    horizontal: dropShortEdges(joinEdges(snapEdges(raw.horizontal))),
    vertical: dropShortEdges(joinEdges(snapEdges(raw.vertical))),
  };
  const closing = closeOpenEnds(real);
  return { horizontal: joinEdges(snapEdges([...real.horizontal, ...closing])), vertical: real.vertical, real };
}
