/**
 * Glyphs of vertical (Identity-V) fonts placed from the operator list. pdf.js's text content
 * drops vertical glyphs it wrongly places off the page (WPS draws each glyph of a vertical label
 * with its own Tj and a flipped text matrix), so these fonts are read here from the text state.
 */
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { BBox, TextRun } from '../model.js';
import { apply, IDENTITY, multiply, type Matrix } from './matrix.js';
import { walkOperators, type OperatorList } from './operators.js';

interface Glyph {
  unicode: string;
  width: number;
  isSpace?: boolean;
  vmetric?: number[] | null;
}

export interface FontInfo {
  vertical?: boolean;
  defaultVMetrics?: number[];
}

interface TextState {
  tm: Matrix;
  tlm: Matrix;
  font: string;
  size: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
}

const translate = (tx: number, ty: number): Matrix => [1, 0, 0, 1, tx, ty];

/** Runs of vertical-font glyphs (one per column of consecutive glyphs) and the fonts read. */
export function readVerticalRuns(
  list: OperatorList,
  toPage: Matrix,
  fontInfo: (name: string) => FontInfo | undefined,
): { runs: TextRun[]; fonts: Set<string> } {
  const runs: TextRun[] = [];
  const fonts = new Set<string>();
  const st: TextState = {
    tm: IDENTITY,
    tlm: IDENTITY,
    font: '',
    size: 0,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
  };
  const moveLine = (tx: number, ty: number) => {
    st.tlm = multiply(translate(tx, ty), st.tlm);
    st.tm = st.tlm;
  };
  let open: TextRun | null = null;

  walkOperators(list, (fn, args, ctm) => {
    switch (fn) {
      case OPS.beginText:
        st.tm = st.tlm = IDENTITY;
        open = null;
        break;
      case OPS.endText:
        open = null;
        break;
      case OPS.setTextMatrix:
        st.tm = st.tlm = Array.from(args[0] ?? args) as Matrix;
        break;
      case OPS.moveText:
        moveLine(args[0], args[1]);
        break;
      case OPS.setLeadingMoveText:
        st.leading = -args[1];
        moveLine(args[0], args[1]);
        break;
      case OPS.nextLine:
        moveLine(0, -st.leading);
        break;
      case OPS.setLeading:
        st.leading = args[0];
        break;
      case OPS.setFont:
        st.font = args[0];
        st.size = args[1];
        open = null;
        break;
      case OPS.setCharSpacing:
        st.charSpacing = args[0];
        break;
      case OPS.setWordSpacing:
        st.wordSpacing = args[0];
        break;
      case OPS.setHScale:
        st.hScale = args[0] / 100;
        break;
      case OPS.setTextRise:
        st.rise = args[0];
        break;
      case OPS.showText: {
        const info = fontInfo(st.font);
        if (!info?.vertical) break;
        fonts.add(st.font);
        for (const g of args[0] as (Glyph | number)[]) {
          if (typeof g === 'number') {
            st.tm = multiply(translate(0, (-g / 1000) * st.size), st.tm);
            continue;
          }
          const bbox = glyphBox(g, info, st, multiply(ctm.current, toPage));
          if (g.unicode.trim()) open = extendOrStart(open, runs, g.unicode, bbox, st);
          const vAdvance = ((g.vmetric?.[0] ?? info.defaultVMetrics?.[0] ?? -1000) / 1000) * st.size;
          st.tm = multiply(translate(0, vAdvance + st.charSpacing + (g.isSpace ? st.wordSpacing : 0)), st.tm);
        }
        break;
      }
    }
  });
  return { runs, fonts };
}

/** The glyph's em box: its vertical origin is the current point, the glyph hangs one em below. */
function glyphBox(g: Glyph, info: FontInfo, st: TextState, ctmToPage: Matrix): BBox {
  const vx = (g.vmetric?.[1] ?? info.defaultVMetrics?.[1] ?? g.width / 2) / 1000;
  const w = g.width / 1000;
  const trm = multiply(multiply([st.size * st.hScale, 0, 0, st.size, 0, st.rise], st.tm), ctmToPage);
  const [ax, ay] = apply(trm, -vx, -1);
  const [bx, by] = apply(trm, w - vx, 0);
  return [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)];
}

/** Glyphs of one column that touch (gap under half an em) form one run. */
function extendOrStart(open: TextRun | null, runs: TextRun[], text: string, bbox: BBox, st: TextState): TextRun {
  const em = bbox[2] - bbox[0] || Math.abs(st.size);
  if (
    open &&
    Math.abs(open.bbox[0] - bbox[0]) < em * 0.3 &&
    bbox[1] - open.bbox[3] < em * 0.5 &&
    bbox[1] >= open.bbox[1]
  ) {
    open.text += text;
    open.bbox = [
      Math.min(open.bbox[0], bbox[0]),
      open.bbox[1],
      Math.max(open.bbox[2], bbox[2]),
      Math.max(open.bbox[3], bbox[3]),
    ];
    return open;
  }
  const run: TextRun = { text, bbox, fontSize: em, fontName: st.font, vertical: true };
  runs.push(run);
  return run;
}
