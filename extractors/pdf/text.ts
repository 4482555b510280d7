/** pdf.js text items → text runs in page coordinates (top-left origin). */
import type { TextRun } from '../model.js';
import { multiply, type Matrix } from './matrix.js';

export interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  dir: string;
}

export interface TextContentLike {
  items: (TextItemLike | { type: string })[];
  styles: Record<string, { vertical?: boolean }>;
}

/** Share of a horizontal glyph's height above the baseline (CJK fonts sit ~0.88 up). */
const ASCENT = 0.88;

/**
 * Runs of every non-blank item. Items in `replacedFonts` are skipped: their glyphs were placed
 * from the operator list instead (pdf.js misplaces some vertical-font glyphs, see vertical-text.ts).
 */
export function readTextRuns(content: TextContentLike, toPage: Matrix, replacedFonts: Set<string>): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || !item.str.trim() || replacedFonts.has(item.fontName)) continue;
    const vertical = item.dir === 'ttb' || content.styles[item.fontName]?.vertical === true;
    runs.push(vertical ? verticalRun(item, toPage) : horizontalRun(item, toPage));
  }
  return runs;
}

function horizontalRun(item: TextItemLike, toPage: Matrix): TextRun {
  const tx = multiply(item.transform, toPage);
  const fontSize = Math.hypot(tx[2], tx[3]) || item.height;
  const height = item.height || fontSize;
  const x = tx[4],
    baseline = tx[5];
  return {
    text: item.str.trim(),
    bbox: [x, baseline - ASCENT * height, x + item.width, baseline + (1 - ASCENT) * height],
    fontSize,
    fontName: item.fontName,
    vertical: false,
  };
}

/** pdf.js gives a ttb item's left edge and the bottom of its first glyph; its height spans all glyphs. */
function verticalRun(item: TextItemLike, toPage: Matrix): TextRun {
  const tx = multiply(item.transform, toPage);
  const fontSize = Math.hypot(tx[0], tx[1]) || item.width;
  const top = tx[5] - fontSize;
  return {
    text: item.str.trim(),
    bbox: [tx[4], top, tx[4] + (item.width || fontSize), top + Math.max(item.height, fontSize)],
    fontSize,
    fontName: item.fontName,
    vertical: true,
  };
}
