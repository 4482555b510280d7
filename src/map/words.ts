/**
 * Word tokens of a label key, by nodejieba with a dictionary cut down to the characters met so
 * far, instead of its full one (349k words: ~0.7 s of CPU and ~240 MB to load, issue #11).
 *
 * Jieba takes the most probable path through the dictionary words found in a text, each weighing
 * log(freq / total), a character in no word the least weight. A dictionary holding every word made
 * only of characters of the text, the same total and the same least frequency therefore cuts the
 * text exactly as the full one does. So the dictionary holds the full one's words made of the
 * template's label characters and of every character cut so far, plus two filler entries (words
 * that never reach jieba: labelKey drops 【】) keeping the total and the least frequency, and the
 * default user words at the weight the full load gives them. A key with a new character reloads
 * it (a few times per process: the labels' characters cover almost all printed keys).
 */
import nodejieba from 'nodejieba';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { guarded } from '../core/native-guard.js';
import { TEMPLATES } from '../template/index.js';

interface FullDictionary {
  /** The file as read: lines `word freq tag`, kept as one string (an array of 349k lines holds ~25 MB more). */
  text: string;
  total: number;
  least: number;
  /** What a user word without a frequency weighs when the full dictionary is loaded. */
  median: number;
}

/** nodejieba's own dictionary files (its typings leave these paths out). */
const DEFAULTS = nodejieba as unknown as { DEFAULT_DICT: string; DEFAULT_USER_DICT: string };

let full: FullDictionary | null = null;
const alphabet = new Set<string>();

/** Calls `each(start, space, end)` for every line `word freq tag` of the text: its bounds and where its word ends. */
function eachLine(text: string, each: (start: number, space: number, end: number) => void): void {
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const space = text.indexOf(' ', start);
    if (space > start && space < end) each(start, space, end);
    start = end + 1;
  }
}

const frequency = (text: string, space: number, end: number) =>
  Number(text.slice(space + 1, text.lastIndexOf(' ', end - 1)));

function readFull(): FullDictionary {
  const text = readFileSync(DEFAULTS.DEFAULT_DICT, 'utf8');
  const counts = new Map<number, number>();
  let total = 0;
  let lines = 0;
  eachLine(text, (_, space, end) => {
    const freq = frequency(text, space, end);
    total += freq;
    lines++;
    counts.set(freq, (counts.get(freq) ?? 0) + 1);
  });
  // cppjieba's least and median weight (the entry at index length / 2 in ascending order).
  const ascending = [...counts.keys()].sort((x, y) => x - y);
  let median = ascending[0];
  for (let i = 0, seen = 0; seen <= lines >> 1; i++) [median, seen] = [ascending[i], seen + counts.get(ascending[i])!];
  return { text, total, least: ascending[0], median };
}

function templateCharacters(): string[] {
  const labels = Object.values(TEMPLATES).flatMap((t) =>
    t.tables.flatMap((tb) => [
      ...tb.columns.flatMap((c) => [...c.labels, ...(c.groupLabels ?? [])]),
      ...tb.rows.flatMap((r) => r.labels),
      ...tb.groups.flatMap((g) => g.labels),
    ]),
  );
  return [...labels.join('').normalize('NFKC')];
}

/** The cut-down dictionary and user dictionary for the current alphabet, as file texts. */
function dictionaryTexts(dict: FullDictionary, chars: Set<string>): { dict: string; user: string } {
  const kept: string[] = [];
  let keptTotal = 0;
  const { text } = dict;
  eachLine(text, (start, space, end) => {
    for (let i = start; i < space; i++) {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      if (!chars.has(ch)) return;
      i += ch.length - 1;
    }
    kept.push(text.slice(start, end));
    keptTotal += frequency(text, space, end);
  });
  kept.push(`【【】】 ${dict.least} x`, `【】 ${dict.total - keptTotal - dict.least} x`);
  // Default user words: a line without a frequency weighs the full dictionary's median.
  const user = readFileSync(DEFAULTS.DEFAULT_USER_DICT, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const f = line.split(' ');
      return f.length === 3 ? line : `${f[0]} ${dict.median} ${f[1] ?? 'x'}`;
    });
  return { dict: kept.join('\n') + '\n', user: user.join('\n') + '\n' };
}

function load(): void {
  full ??= readFull();
  const texts = dictionaryTexts(full, alphabet);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-jieba-'));
  try {
    const file = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
    // Keyword extraction (idf) is unused: one line stands in for its 6 MB file.
    const dicts = {
      dict: file('dict.utf8', texts.dict),
      userDict: file('user.utf8', texts.user),
      idfDict: file('idf.utf8', '【】 1.0\n'),
    };
    guarded(() => nodejieba.load(dicts));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function cutWords(key: string): string[] {
  const first = alphabet.size === 0;
  if (first) templateCharacters().forEach((ch) => alphabet.add(ch));
  let fresh = first;
  for (const ch of key) {
    if (!alphabet.has(ch)) {
      alphabet.add(ch);
      fresh = true;
    }
  }
  if (fresh) load();
  return guarded(() => nodejieba.cut(key));
}
