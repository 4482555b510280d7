/**
 * Text as the rest of the pipeline reads it. Fonts of Chromium-, WPS- and some Word-made PDFs map
 * ideographs to look-alike radicals (民 → ⺠ U+2EA0, 行 → ⾏ U+2F8F) or to compatibility
 * ideographs; such text matches no label and no agency. `normalizeChars` maps each of those code
 * points to its ideograph, one code point for one, and leaves everything else as printed
 * (full-width punctuation and digits stay in `raw`; label and identity comparison fold width
 * with `foldWidth`).
 */
import { KANGXI_IDEOGRAPHS, KANGXI_RADICALS, SUPPLEMENT_IDEOGRAPHS, SUPPLEMENT_RADICALS } from './radicals.js';

function table(from: string, to: string): Map<string, string> {
  const a = [...from];
  const b = [...to];
  return new Map(a.map((ch, i) => [ch, b[i]]));
}

export const RADICAL_TO_IDEOGRAPH: ReadonlyMap<string, string> = new Map([
  ...table(SUPPLEMENT_RADICALS, SUPPLEMENT_IDEOGRAPHS),
  ...table(KANGXI_RADICALS, KANGXI_IDEOGRAPHS),
]);

/** Radicals, and CJK Compatibility Ideographs (U+F900–FAFF, U+2F800–2FA1F), whose NFC is the unified one. */
const SUSPECT = /[\u2E80-\u2EFF\u2F00-\u2FDF\uF900-\uFAFF]|\uD87E[\uDC00-\uDE1F]/gu;

const ideograph = (ch: string): string => RADICAL_TO_IDEOGRAPH.get(ch) ?? ch.normalize('NFC');

/** Radicals and compatibility ideographs to their unified ideographs; nothing else changes. */
export function normalizeChars(text: string): string {
  return text.replace(SUSPECT, ideograph);
}

/** Whether `normalizeChars` would change the text. */
export const hasSuspectChars = (text: string): boolean => new RegExp(SUSPECT.source, 'u').test(text);

/** Full-width and compatibility forms folded (NFKC: ０１２ → 012, （ → (); radicals first, as NFKC misses most. */
export function foldWidth(text: string): string {
  return normalizeChars(text).normalize('NFKC');
}
