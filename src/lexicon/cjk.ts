/**
 * Unicode ranges of the reports' Chinese text, as regex character-class bodies (escaped for a
 * RegExp built from a string) to compose into patterns.
 */

/** CJK unified ideographs (the Chinese of every label). */
export const HAN = '\\u4e00-\\u9fff';
/** Extension A through the unified block (with the small block of hexagram symbols between). */
export const HAN_WIDE = '\\u3400-\\u9fff';
/** Extension A alone. */
export const HAN_EXT_A = '\\u3400-\\u4dbf';
/** Compatibility ideographs. */
export const HAN_COMPAT = '\\uf900-\\ufaff';
/** CJK radicals and Kangxi radicals. */
export const RADICALS = '\\u2e80-\\u2fdf';
/** CJK symbols and punctuation: ideographic space, 、 。 「」 … */
export const CJK_PUNCT = '\\u3000-\\u303f';
/** Hiragana and katakana. */
export const KANA = '\\u3040-\\u30ff';
/** Half- and full-width forms: （ ） ， ０-９ … */
export const FULLWIDTH = '\\uff00-\\uffef';
/** Full-width digits ０-９. */
export const FULLWIDTH_DIGITS = '\\uff10-\\uff19';
/** Chinese curly quotes, which NFKC keeps. */
export const CURLY_QUOTES = '“”‘’';
/** ASCII and full-width digits. */
export const DIGITS = '0-9' + FULLWIDTH_DIGITS;
