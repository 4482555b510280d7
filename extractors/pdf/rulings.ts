/**
 * Ruling lines from the operator list: stroked segments and thin filled rectangles, in page
 * coordinates (top-left origin). Word, WPS and LibreOffice draw borders differently, so both
 * kinds are read (PDF-NOTES.md).
 */
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { RulingLine } from '../model.js';
import { apply, multiply, type Matrix } from './matrix.js';
import { walkOperators, type OperatorList } from './operators.js';

/** Drawing codes inside a 5.x constructPath Float32Array (not exported by pdf.js). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

/** A filled rectangle thinner than this is a drawn line, not a shaded area. */
const MAX_FILLED_LINE_WIDTH = 2.5;
/** How far off axis a segment may lean and still count as horizontal or vertical. */
const AXIS_TOLERANCE = 0.5;

type Point = [number, number];
type Subpath = { points: Point[]; closed: boolean };

const STROKES = new Set([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
const FILLS = new Set([OPS.fill, OPS.eoFill]);

export function readRulings(list: OperatorList, toPage: Matrix): RulingLine[] {
  const out: RulingLine[] = [];
  walkOperators(list, (fn, args, ctm) => {
    if (fn !== OPS.constructPath) return;
    const [paintOp, [data]] = args as [number, [Float32Array | null]];
    if (!data) return;
    const subpaths = decodePath(data, multiply(ctm.current, toPage));
    if (STROKES.has(paintOp)) for (const s of subpaths) out.push(...strokedSegments(s));
    else if (FILLS.has(paintOp))
      for (const s of subpaths) {
        const line = thinRectangle(s);
        if (line) out.push(line);
      }
  });
  return out;
}

/** Subpaths of one constructPath, points already in page coordinates. */
function decodePath(data: Float32Array, m: Matrix): Subpath[] {
  const paths: Subpath[] = [];
  let cur: Subpath | null = null;
  const at = (i: number): Point => apply(m, data[i], data[i + 1]);
  for (let i = 0; i < data.length;) {
    const code = data[i++];
    if (code === MOVE_TO) {
      cur = { points: [at(i)], closed: false };
      paths.push(cur);
      i += 2;
    } else if (code === LINE_TO) {
      cur?.points.push(at(i));
      i += 2;
    } else if (code === CURVE_TO) {
      // A curve is no ruling: start a new subpath at its end point.
      cur = { points: [at(i + 4)], closed: false };
      paths.push(cur);
      i += 6;
    } else if (code === QUADRATIC_CURVE_TO) {
      cur = { points: [at(i + 2)], closed: false };
      paths.push(cur);
      i += 4;
    } else if (code === CLOSE_PATH) {
      if (cur) cur.closed = true;
    } else break; // unknown code: the rest cannot be decoded safely
  }
  return paths;
}

function strokedSegments(path: Subpath): RulingLine[] {
  const pts = path.closed ? [...path.points, path.points[0]] : path.points;
  const out: RulingLine[] = [];
  for (let i = 1; i < pts.length; i++) {
    const line = axisLine(pts[i - 1], pts[i]);
    if (line) out.push(line);
  }
  return out;
}

function axisLine([ax, ay]: Point, [bx, by]: Point): RulingLine | null {
  if (Math.abs(ay - by) <= AXIS_TOLERANCE && ax !== bx) {
    const y = (ay + by) / 2;
    return { x0: Math.min(ax, bx), y0: y, x1: Math.max(ax, bx), y1: y };
  }
  if (Math.abs(ax - bx) <= AXIS_TOLERANCE && ay !== by) {
    const x = (ax + bx) / 2;
    return { x0: x, y0: Math.min(ay, by), x1: x, y1: Math.max(ay, by) };
  }
  return null;
}

/** An axis-aligned filled rectangle thin in one direction is a line along the other. */
function thinRectangle(path: Subpath): RulingLine | null {
  const pts = path.points;
  if (pts.length < 4 || pts.length > 5) return null;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const x0 = Math.min(...xs),
    x1 = Math.max(...xs),
    y0 = Math.min(...ys),
    y1 = Math.max(...ys);
  const axisAligned = pts.every(([x, y]) => (near(x, x0) || near(x, x1)) && (near(y, y0) || near(y, y1)));
  if (!axisAligned) return null;
  const w = x1 - x0,
    h = y1 - y0;
  if (h <= MAX_FILLED_LINE_WIDTH && w > h) return { x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 };
  if (w <= MAX_FILLED_LINE_WIDTH && h > w) return { x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 };
  return null;
}

const near = (a: number, b: number) => Math.abs(a - b) <= AXIS_TOLERANCE;
