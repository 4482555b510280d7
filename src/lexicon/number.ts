/** Printed numbers: the one normalization and the blank test every reader of a cell uses. */
import { BLANK_MARKS, MINUS_LIKE } from './blanks.js';

const MINUS = new RegExp(`[${MINUS_LIKE}]`, 'g');

/** Full-width digits and signs to ASCII; the several dash characters used as minus to '-'. */
export function normalizeNumber(raw: string): string {
  return raw.normalize('NFKC').replace(MINUS, '-').replace(/\s+/g, ' ').trim();
}

/** True when the printed cell is a blank or a dash that the template reads as 0. */
export function isBlankMark(raw: string): boolean {
  return BLANK_MARKS.has(normalizeNumber(raw).replace(/\s/g, ''));
}
