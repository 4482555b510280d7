/**
 * Label normalization and matching, the one place that decides whether printed text means a
 * template label (FORMAT.md §4): width, spaces, numbering, punctuation, then fuzzy similarity.
 */
import { CIRCLED, CN_NUMERAL } from '../lexicon/index.js';
import { foldWidth } from '../text/normalize.js';
import { cutWords } from './words.js';

/** Radicals and full/half width folded (foldWidth; Chinese quotes survive it), circled numbers as `N.`, no whitespace. */
export function normalizeText(text: string): string {
  const circled = [...text].map((ch) => {
    const i = CIRCLED.indexOf(ch);
    return i >= 0 ? `${i + 1}.` : ch;
  });
  return foldWidth(circled.join('')).replace(/\s+/g, '');
}

const NUMERAL = `${CN_NUMERAL}+`;
const NUMBERING = new RegExp(`^(?:\\(${NUMERAL}\\)|\\(\\d+\\)|${NUMERAL}[、.,]|\\d+[、.,](?!\\d))`);

/** Leading item numbers removed: 一、 (一) 1、 1. ① … (after normalizeText). */
export function stripNumbering(normalized: string): string {
  let s = normalized;
  for (let m = NUMBERING.exec(s); m && m[0].length < s.length; m = NUMBERING.exec(s)) s = s.slice(m[0].length);
  return s;
}

/** Punctuation that varies between printings without changing the meaning. */
const LOOSE_PUNCT = /[()（）[\]【】,，.。:：;；、“”"'‘’/／\-—_·]/g;

/** The comparison form of a label: normalized, numbering stripped, loose punctuation dropped. */
export function labelKey(text: string): string {
  return stripNumbering(normalizeText(text)).replace(LOOSE_PUNCT, '');
}

function editDistance(a: string[], b: string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** A label in comparison form, with its jieba word tokens (cut once, compared with many labels). */
interface Compared {
  key: string;
  chars: string[];
  tokens: string[];
}

function compared(text: string): Compared {
  const key = labelKey(text);
  return { key, chars: [...key], tokens: key ? cutWords(key) : [] };
}

/** Template labels are few and compared with every printed text: each is cut once per process. */
const labelCache = new Map<string, Compared>();
function comparedLabel(label: string): Compared {
  let c = labelCache.get(label);
  if (!c) labelCache.set(label, (c = compared(label)));
  return c;
}

/** Dice overlap of word tokens: survives inserted or dropped words. */
function tokenOverlap(a: string[], b: string[]): number {
  const inB = new Set(b);
  const common = a.filter((t) => inB.has(t)).length;
  return (2 * common) / (a.length + inB.size || 1);
}

/**
 * Character edit distance catches typos (其他法律行政止公开); token overlap catches reworded
 * phrases. Both are capped below 1 so an exact match always wins.
 */
function similarity(a: Compared, b: Compared): number {
  if (!a.key || !b.key) return 0;
  if (a.key === b.key) return 1;
  const chars = 1 - editDistance(a.chars, b.chars) / Math.max(a.chars.length, b.chars.length);
  return Math.min(0.95, Math.max(chars, tokenOverlap(a.tokens, b.tokens) * 0.95));
}

/** How well printed text matches a template label, 0..1 (1 = equal after labelKey). */
export function labelScore(printed: string, label: string): number {
  return similarity(compared(printed), comparedLabel(label));
}

/** The best score of printed text against any of a label's variants. */
export function bestScore(printed: string, labels: string[]): number {
  return bestOf(compared(printed), labels);
}

function bestOf(printed: Compared, labels: string[]): number {
  let best = 0;
  for (const label of labels) best = Math.max(best, similarity(printed, comparedLabel(label)));
  return best;
}

/** Below this a label is not taken to mean a template label. */
export const MIN_LABEL_SCORE = 0.6;

export interface Match<T> {
  item: T;
  score: number;
}

/** The candidate whose labels match the printed text best, or null under MIN_LABEL_SCORE. */
export function bestMatch<T>(printed: string, candidates: T[], labelsOf: (c: T) => string[]): Match<T> | null {
  const p = compared(printed);
  let best: Match<T> | null = null;
  for (const item of candidates) {
    const score = bestOf(p, labelsOf(item));
    if (score >= MIN_LABEL_SCORE && (!best || score > best.score)) best = { item, score };
  }
  return best;
}

/** The row with the longest whole label (its comparison form, 2 characters or more) that `fits`, and that label's length; null when none. */
export function longestWhole<T extends { labels: string[] }>(
  rows: T[],
  fits: (whole: string) => boolean,
): { item: T; length: number } | null {
  let best: { item: T; length: number } | null = null;
  for (const row of rows)
    for (const whole of row.labels.map(labelKey))
      if (whole.length >= 2 && fits(whole) && whole.length > (best?.length ?? 0))
        best = { item: row, length: whole.length };
  return best;
}
