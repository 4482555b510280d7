/**
 * Item numbering of the reports (一、 （一） 1. 1、 1．) as regex sources to compose, and the
 * variants the readers need. Every numbering pattern of the code is built here.
 */

/** The Chinese numerals of item numbers, 一 … 十, as a character-class body. */
export const CN_NUMERALS = '一二三四五六七八九十';
/** One Chinese numeral, as a regex source; follow it with a quantifier. */
export const CN_NUMERAL = `[${CN_NUMERALS}]`;
/** Circled item numbers ① … ⑳ (NFKC would read them as plain digits). */
export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** The mark after an arabic or Chinese item number: `.` `．` `、`. */
export const ITEM_MARK = '[.．、]';
/** `（一）` (full- or half-width brackets) with `count` numerals. */
export const parenNumeral = (count: string): string => `[（(]${CN_NUMERAL}${count}[）)]`;

/** `二` for 2: the numeral of 1 … 10, '' for any other number. */
export const cnNumeral = (n: number): string => (n >= 1 ? (CN_NUMERALS[n - 1] ?? '') : '');

/** 2 for `二`: the value of one Chinese numeral, 0 for any other character. */
export const cnNumeralValue = (ch: string): number => CN_NUMERALS.indexOf(ch) + 1;

/** Item numbering that starts a row label (一、 （一） 1. 1、 1．), short as the template's are. */
export const ROW_NUMBERING = new RegExp(
  `^\\s*(?:${CN_NUMERAL}{1,3}、|${parenNumeral('{1,3}')}|\\d{1,2}\\s*${ITEM_MARK}(?!\\d))`,
);
/** A part heading or top-level row (`三、`), one or two numerals. */
export const TOP_NUMBERING = new RegExp(`^${CN_NUMERAL}{1,2}、`);
/** Any leading item number as page layout sees it: numerals of any length, `(1)` too. */
export const LEADING_NUMBERING = new RegExp(
  `^\\s*(?:${CN_NUMERAL}+${ITEM_MARK}|[（(][${CN_NUMERALS}\\d]+[）)]|\\d+\\s*${ITEM_MARK})`,
);
