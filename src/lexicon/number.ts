/** Printed numbers: the one normalization and the blank test every reader of a cell uses. */
import { BLANK_MARKS, MINUS_LIKE } from './blanks.js';
import { CIRCLED } from './numbering.js';
import { UNIT_PATTERN, splitUnit } from './units.js';

const MINUS = new RegExp(`[${MINUS_LIKE}]`, 'g');

/** Full-width digits and signs to ASCII; the several dash characters used as minus to '-'. */
export function normalizeNumber(raw: string): string {
  return raw.normalize('NFKC').replace(MINUS, '-').replace(/\s+/g, ' ').trim();
}

/** True when the printed cell is a blank or a dash that the template reads as 0. */
export function isBlankMark(raw: string): boolean {
  return BLANK_MARKS.has(normalizeNumber(raw).replace(/\s/g, ''));
}

/** A number as printed: its value, and the unit after it (kept, never applied). */
export interface PrintedNumber {
  value: number;
  unit: string | null;
}

/** `1,234,567` → `1234567`; separators elsewhere (`1,23`) are not thousands and fail to parse. */
function dropThousands(number: string): string {
  return /^[+-]?\d{1,3}([,，]\d{3})+(\.\d+)?$/.test(number) ? number.replace(/[,，]/g, '') : number;
}

/**
 * The one reading of a printed number: a blank mark is 0; full-width digits, a sign, thousands
 * separators, a decimal part and a trailing unit are understood; anything else is null.
 */
export function parseNumber(raw: string): PrintedNumber | null {
  if (isBlankMark(raw)) return { value: 0, unit: null };
  const { number, unit } = splitUnit(normalizeNumber(raw));
  const plain = dropThousands(number);
  if (!/^[+-]?(\d+(\.\d+)?|\.\d+)$/.test(plain)) return null;
  const value = Number(plain);
  // `-0` prints as a sign; keep the value JSON-stable.
  return { value: value === 0 ? 0 : value, unit };
}

/** A count for the template's sums: a non-negative whole number (a blank mark is 0), else null. */
export function parseCount(raw: string): number | null {
  const n = parseNumber(raw);
  return n && Number.isInteger(n.value) && n.value >= 0 ? n.value : null;
}

/** A number's shape, after normalizeNumber: digits from the first to the last, separators between, then % or a unit. */
const NUMBER_SHAPE = new RegExp(`^[+-]?\\d(?:[\\d,.]*\\d)?(?:%|${UNIT_PATTERN})?$`);

/**
 * Whether printed text is a value rather than a label (tests/lexicon.test.ts lists the answers):
 * a number shape (sign, separators, decimals, % or a unit; spaces inside ignored), a blank mark
 * other than empty text, or several of these side by side (`0 — 3`). `1.` and `①` are item numbers.
 */
export function isValueText(text: string): boolean {
  const tokens = normalizeNumber(text).split(' ');
  if (tokens.join('') === '' || [...text].some((ch) => CIRCLED.includes(ch))) return false;
  const value = (t: string) => isBlankMark(t) || NUMBER_SHAPE.test(t);
  return value(tokens.join('')) || tokens.every(value);
}
