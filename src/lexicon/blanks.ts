/**
 * Blank marks and dashes (FORMAT.md §4): what a report prints for a zero, and the dash
 * characters that also stand around page numbers and inside glued runs.
 */

/** The wide dashes (— – ― －), as a character-class body: never a minus sign in a glued run. */
export const WIDE_DASHES = '\u2014\u2013\u2015\uff0d';
/** Every dash a report prints (- − and the wide ones), as a character-class body. */
export const DASHES = '\\-\u2212' + WIDE_DASHES;
/** The em dash, the one a glued run repeats for its blank cells. */
export const EM_DASH = '\u2014';
/** The Chinese dash `——`: one blank mark, or two single-dash blanks glued. */
export const PAIRED_DASH = EM_DASH + EM_DASH;
/** The minus signs NFKC leaves: − ﹣. */
export const MINUS_SIGNS = '\u2212\ufe63';
/** Dashes other than `-` that a report prints as a minus sign: the minus signs, ‒ and –. */
export const MINUS_LIKE = MINUS_SIGNS + '\u2012\u2013';

/** 无, the word a report prints for none. */
export const NONE_MARK = '无';

/** Marks that stand for zero in the template's cells (FORMAT.md §4), after normalizeNumber. */
export const BLANK_MARKS: ReadonlySet<string> = new Set([
  '',
  '-',
  '/',
  NONE_MARK,
  EM_DASH,
  PAIRED_DASH,
  '－',
  '–',
  '―',
  '─',
  '\\',
]);
