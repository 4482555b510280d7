/**
 * Text outside tables → lines → paragraphs in reading order. A heading (一、… （一）…) always
 * starts a paragraph, so the mapper finds the report's parts at paragraph starts.
 */
import type { Page, Paragraph, TextRun } from '../../extractors/model.js';
import { groupIntoLines, joinPieces, type Line } from './text-join.js';

const HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])/;
const SENTENCE_END = /[。！？；：:;!?]$/;
const PAGE_NUMBER = /^[-—–－\s]*(?:第\s*)?\d+\s*(?:页)?(?:\s*[/共]\s*\d+\s*页?)?[-—–－\s]*$/;
/** Share of the page height at top and bottom where running heads and page numbers live. */
const MARGIN_SHARE = 0.1;

/** Page numbers in the top or bottom margin are furniture, not content. */
export function isPageFurniture(line: Line, page: Page): boolean {
  const inMargin = line.bbox[3] < page.height * MARGIN_SHARE || line.bbox[1] > page.height * (1 - MARGIN_SHARE);
  return inMargin && PAGE_NUMBER.test(line.text);
}

const lineHeight = (l: Line) => l.bbox[3] - l.bbox[1];
const lineFont = (l: Line) => Math.max(...l.runs.map((r) => r.fontSize));

interface PageShape {
  left: number;
  right: number;
  /** The usual space between consecutive lines of prose on the page. */
  lineGap: number;
}

function pageShape(lines: Line[]): PageShape {
  const gaps = lines
    .slice(1)
    .map((l, i) => l.bbox[1] - lines[i].bbox[3])
    .filter((g) => g >= 0)
    .sort((a, b) => a - b);
  return {
    left: Math.min(...lines.map((l) => l.bbox[0])),
    right: Math.max(...lines.map((l) => l.bbox[2])),
    lineGap: gaps.length ? gaps[Math.floor(gaps.length / 2)] : 0,
  };
}

/** Whether `line` starts a new paragraph after `prev` (both on one page). */
function startsParagraph(line: Line, prev: Line, page: PageShape): boolean {
  const em = lineFont(line);
  const { left, right, lineGap } = page;
  if (HEADING.test(line.text)) return true;
  if (line.bbox[1] - prev.bbox[3] > lineGap + 0.5 * Math.max(lineHeight(prev), lineHeight(line))) return true;
  if (Math.abs(lineFont(prev) - em) > 0.15 * em) return true;
  if (line.bbox[0] > left + 1.5 * em) return true; // first-line indent
  // The previous line stopped short after a full stop (or was a heading): its paragraph ended.
  return prev.bbox[2] < right - 2 * em && (SENTENCE_END.test(prev.text) || HEADING.test(prev.text));
}

export function paragraphs(runs: TextRun[], page: Page): Paragraph[] {
  const vertical = runs.filter((r) => r.vertical).map((r): Line => ({ runs: [r], bbox: r.bbox, text: r.text }));
  const lines = [...groupIntoLines(runs.filter((r) => !r.vertical)), ...vertical]
    .filter((l) => l.text && !isPageFurniture(l, page))
    .sort((a, b) => a.bbox[1] - b.bbox[1]);
  if (!lines.length) return [];
  const shape = pageShape(lines);
  const out: Paragraph[] = [];
  let prev: Line | null = null;
  for (const line of lines) {
    const last = out[out.length - 1];
    if (!prev || !last || startsParagraph(line, prev, shape)) {
      out.push({ kind: 'paragraph', text: line.text, page: page.number, bbox: line.bbox });
    } else {
      last.text = joinPieces(last.text, line.text);
      last.bbox = [
        Math.min(last.bbox![0], line.bbox[0]),
        last.bbox![1],
        Math.max(last.bbox![2], line.bbox[2]),
        line.bbox[3],
      ];
    }
    prev = line;
  }
  return out;
}
