/**
 * Ruling lines from the operator list, in page coordinates (top-left origin): stroked segments,
 * thin filled polygons and thin filled frames. Word, WPS, LibreOffice and Chromium each draw
 * borders differently, so every kind is read (PDF-NOTES.md).
 */
import { OPS } from './pdfjs.js';
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
/** A thin filled shape is a line only when it is this many times longer than wide (not a dot or a square mark). */
const LINE_ASPECT = 2;
/** More corners than this is an outline of something drawn, not a line. */
const MAX_POLYGON_POINTS = 6;
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
    else if (FILLS.has(paintOp)) {
      const box = frame(subpaths);
      if (box.length) out.push(...box);
      else
        for (const s of subpaths) {
          const line = thinPolygon(s);
          if (line) out.push(line);
        }
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

/**
 * A filled polygon whose bounding box is thin in one direction is a line along the other:
 * exact rectangles (Word, LibreOffice) and the bevel-cornered quadrilaterals Chromium draws for
 * each side of a boxed cell alike. Curved shapes (seals) never get here: curves split subpaths.
 */
function thinPolygon(path: Subpath): RulingLine | null {
  const pts = path.points;
  if (pts.length < 3 || pts.length > MAX_POLYGON_POINTS) return null;
  const [x0, y0, x1, y1] = bounds(pts);
  const w = x1 - x0,
    h = y1 - y0;
  if (h <= MAX_FILLED_LINE_WIDTH && w > LINE_ASPECT * h) return { x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 };
  if (w <= MAX_FILLED_LINE_WIDTH && h > LINE_ASPECT * w) return { x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 };
  return null;
}

/**
 * A frame: one fill of two nested rectangles (even-odd or opposite windings) with a thin band
 * between them is the four sides of a box.
 */
function frame(paths: Subpath[]): RulingLine[] {
  if (paths.length !== 2 || paths.some((p) => p.points.length < 4 || p.points.length > 5)) return [];
  const [a, b] = paths.map((p) => bounds(p.points));
  const [outer, inner] = a[0] <= b[0] && a[1] <= b[1] ? [a, b] : [b, a];
  const bands = [inner[0] - outer[0], inner[1] - outer[1], outer[2] - inner[2], outer[3] - inner[3]];
  if (bands.some((d) => d < 0 || d > MAX_FILLED_LINE_WIDTH) || inner[2] <= inner[0] || inner[3] <= inner[1]) return [];
  const left = (outer[0] + inner[0]) / 2,
    right = (outer[2] + inner[2]) / 2;
  const top = (outer[1] + inner[1]) / 2,
    bottom = (outer[3] + inner[3]) / 2;
  return [
    { x0: left, y0: top, x1: right, y1: top },
    { x0: left, y0: bottom, x1: right, y1: bottom },
    { x0: left, y0: top, x1: left, y1: bottom },
    { x0: right, y0: top, x1: right, y1: bottom },
  ];
}

function bounds(pts: Point[]): [number, number, number, number] {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const [x, y] of pts) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return [x0, y0, x1, y1];
}
