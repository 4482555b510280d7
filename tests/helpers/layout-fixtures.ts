/** Synthetic pages for the layout tests: runs and ruling lines placed by hand. */
import type { BBox, Page, RulingLine, SourceDocument, TextRun } from '../../extractors/model.js';

export function run(text: string, bbox: BBox, extra: Partial<TextRun> = {}): TextRun {
  return { text, bbox, fontSize: bbox[3] - bbox[1], fontName: 'f1', vertical: false, ...extra };
}

/** A run of one line of text at (x, y) with a 10pt font, each character 10pt wide (CJK) or 5pt (ASCII). */
export function textAt(text: string, x: number, y: number, size = 10): TextRun {
  const width = [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 128 ? size / 2 : size), 0);
  return run(text, [x, y, x + width, y + size]);
}

export const hLine = (y: number, x0: number, x1: number): RulingLine => ({ x0, y0: y, x1, y1: y });
export const vLine = (x: number, y0: number, y1: number): RulingLine => ({ x0: x, y0, x1: x, y1 });

/** Full grid lines at every x and y. */
export function gridLines(xs: number[], ys: number[]): RulingLine[] {
  return [...ys.map((y) => hLine(y, xs[0], xs[xs.length - 1])), ...xs.map((x) => vLine(x, ys[0], ys[ys.length - 1]))];
}

export function page(number: number, runs: TextRun[], rulings: RulingLine[]): Page {
  return { number, width: 595, height: 842, runs, rulings };
}

export function doc(pages: Page[]): SourceDocument {
  return { format: 'pdf', pageCount: pages.length, pages, blocks: [] };
}
