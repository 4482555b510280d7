/**
 * Lines of a flattened report, each with its cells and what it looks like: a table line
 * with values, a table line of several text cells (a header), a short fragment, a heading or
 * prose. Which lines form a table is decided from these kinds (./regions.ts).
 */
import { isValueCell, lineCells, type TextCell } from './cells.js';
import { splitGluedLine } from './unglue.js';
import { FIELD } from './furniture.js';
import { DASHES, HAN, WIDE_DASHES, ITEM_MARK, TOP_NUMBERING } from '../../src/lexicon/index.js';

export type LineKind = 'blank' | 'values' | 'cells' | 'heading' | 'fragment' | 'prose';

export interface Line {
  text: string;
  cells: TextCell[];
  kind: LineKind;
}

/** Longest single-cell line still taken for a table fragment (a wrapped label, a header piece). */
const FRAGMENT_MAX = 40;

/** Page furniture between pages: `- 3 -`, `第 3 页`, `第3页 共5页`. */
const PAGE_NUMBER = new RegExp(
  `^(?:[${DASHES}]\\s*\\d+\\s*[${DASHES}]|第\\s*\\d+\\s*页(?:\\s*[，,]?\\s*共\\s*\\d+\\s*页)?|\\d+\\s*/\\s*\\d+)$`,
);

const ITEM_NUMBER = new RegExp(`\\d{1,2}\\s*${ITEM_MARK}(?=\\s*[${HAN}])`, 'g');

/**
 * Row labels are short, never sentences, and hold no digits but their item number; a line
 * ending in a number may still be prose (`全年共受理申请 12 件，办结 12`).
 */
const isProseCell = (cell: string) =>
  !isValueCell(cell) && (cell.includes('。') || cell.length > 120 || /\d/.test(cell.replace(ITEM_NUMBER, '')));

const VALUE_OR_DASHES = new RegExp(`\\d|[０-９]|^[-${WIDE_DASHES}]{3,}$`);
const SHORT_DASHES = new RegExp(`^[-${WIDE_DASHES}]{1,2}$`);

function kindOf(text: string, cells: string[]): LineKind {
  if (cells.length === 0) return 'blank';
  // A crawler's header line or a page's information box (`发布时间：2024-01-18`).
  if (FIELD.test(text)) return 'prose';
  const values = cells.filter(isValueCell);
  // A lone blank mark (`无` under 六) is prose, not a row.
  // A run of three or more dashes is that many blank cells glued (`部分公开———————`); a label
  // with one or two dashes after it is a row whose cells are blank (`行政事业性收费—`,
  // `政府集中采购——`: one blank of two dashes or two of one, as the report prints its blanks).
  const hasValues =
    values.some((v) => VALUE_OR_DASHES.test(v)) ||
    values.length >= 2 ||
    (cells.length === 2 && SHORT_DASHES.test(cells[1]));
  if (hasValues && !cells.some(isProseCell)) return 'values';
  if (cells.length === 1) {
    if (TOP_NUMBERING.test(text) && text.length <= FRAGMENT_MAX) return 'heading';
    return text.length <= FRAGMENT_MAX && !/[。；]/.test(text) ? 'fragment' : 'prose';
  }
  return cells.some(isProseCell) ? 'prose' : 'cells';
}

export function toLines(text: string): Line[] {
  return text
    .split(/\r\n?|[\n\f]/)
    .flatMap(splitGluedLine)
    .map((raw) => raw.replace(/\s+$/, ''))
    .filter((raw) => !PAGE_NUMBER.test(raw.trim()))
    .map((raw) => {
      const cells = lineCells(raw);
      const texts = cells.map((c) => c.text);
      return { text: raw.trim(), cells, kind: kindOf(raw.trim(), texts) };
    });
}
