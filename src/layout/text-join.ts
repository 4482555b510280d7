/**
 * Text runs → strings: runs grouped into lines, lines into a cell's text; the spaces pdf.js
 * puts between Chinese characters removed, spaces between ASCII words and numbers kept;
 * vertical runs (and one character per line) read top to bottom as one string.
 */
import type { BBox, TextRun } from '../../extractors/model.js';
import { overlapRatio, unionBox } from './geometry.js';

export interface Line {
  runs: TextRun[];
  bbox: BBox;
  text: string;
}

const CJK =
  '\\u2e80-\\u2fdf\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef“”‘’';
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'g');
const ASCII_WORD_END = /[A-Za-z0-9%.,)]$/;
const ASCII_WORD_START = /^[A-Za-z0-9(+-]/;

/** Whitespace next to a Chinese character is pdf.js's justification, not the author's. */
export const stripCjkSpaces = (s: string) => s.replace(SPACE_BY_CJK, '').replace(/\s+/g, ' ').trim();

/** Two pieces of text side by side: a space only between ASCII words or numbers. */
export function joinPieces(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return ASCII_WORD_END.test(a) && ASCII_WORD_START.test(b) ? `${a} ${b}` : a + b;
}

/** Horizontal runs grouped into lines (overlapping vertically), top to bottom, runs left to right. */
export function groupIntoLines(runs: TextRun[]): Line[] {
  const lines: { runs: TextRun[]; bbox: BBox }[] = [];
  for (const run of [...runs].sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0])) {
    const line = lines.find((l) => overlapRatio(l.bbox[1], l.bbox[3], run.bbox[1], run.bbox[3]) > 0.5);
    if (line) {
      line.runs.push(run);
      line.bbox = unionBox([line.bbox, run.bbox]);
    } else lines.push({ runs: [run], bbox: run.bbox });
  }
  return lines
    .sort((a, b) => a.bbox[1] - b.bbox[1])
    .map((l) => {
      const sorted = l.runs.sort((a, b) => a.bbox[0] - b.bbox[0]);
      return { runs: sorted, bbox: l.bbox, text: stripCjkSpaces(sorted.map((r) => r.text).reduce(joinPieces, '')) };
    });
}

/** Vertical runs of one column joined downward; columns read right to left (Chinese vertical order). */
function verticalColumns(runs: TextRun[]): { text: string; bbox: BBox }[] {
  const columns: TextRun[][] = [];
  for (const run of [...runs].sort((a, b) => b.bbox[0] - a.bbox[0])) {
    const col = columns.find((c) => overlapRatio(c[0].bbox[0], c[0].bbox[2], run.bbox[0], run.bbox[2]) > 0.5);
    if (col) col.push(run);
    else columns.push([run]);
  }
  return columns.map((c) => {
    const sorted = c.sort((a, b) => a.bbox[1] - b.bbox[1]);
    return { text: stripCjkSpaces(sorted.map((r) => r.text).join('')), bbox: unionBox(sorted.map((r) => r.bbox)) };
  });
}

/** How close to the right border a line must end to count as wrapped there, in ems. */
const WRAP_SLACK_EM = 1.2;

/**
 * A cell's text as one string: a wrapped label is one label, a stacked header one word. Given
 * the cell's right border, a number wrapped there (1,62 / 2) is joined back without a space.
 */
export function cellText(runs: TextRun[], right?: number): string {
  const pieces = [
    ...groupIntoLines(runs.filter((r) => !r.vertical)),
    ...verticalColumns(runs.filter((r) => r.vertical)),
  ];
  const sorted = pieces.sort((a, b) => a.bbox[1] - b.bbox[1]);
  return sorted.reduce((text, piece, i) => {
    const prev = sorted[i - 1];
    const wrappedNumber =
      prev && right !== undefined && wrapsAt(prev, right) && /[\d,，.]$/.test(text) && /^\d/.test(piece.text);
    return wrappedNumber ? text + piece.text : joinPieces(text, piece.text);
  }, '');
}

function wrapsAt(piece: { bbox: BBox; runs?: TextRun[] }, right: number): boolean {
  const em = Math.max(...(piece.runs ?? []).map((r) => r.fontSize), 0);
  return em > 0 && piece.bbox[2] >= right - WRAP_SLACK_EM * em;
}

/** Whether the last line of horizontal text reaches the right border: wrapped text fills its line. */
export function lastLineFilled(runs: TextRun[], right: number): boolean {
  const lines = groupIntoLines(runs.filter((r) => !r.vertical));
  const last = lines[lines.length - 1];
  if (!last) return false;
  const em = Math.max(...last.runs.map((r) => r.fontSize));
  return last.bbox[2] >= right - 2.5 * em;
}
