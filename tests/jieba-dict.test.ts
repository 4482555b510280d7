/**
 * The domain dictionary (src/map/jieba/) stands in for nodejieba's full one: it must be current
 * with the template's labels, and cut label text exactly as the full dictionary does.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { domainDictionary, templateLabelKeys } from '../src/map/jieba-dict.js';
import { cutWords } from '../src/map/words.js';

const FULL_DICT = createRequire(import.meta.url)('nodejieba').DEFAULT_DICT as string;

/** Cuts with nodejieba's full default dictionaries, in a process of its own. */
function fullCuts(texts: string[]): string[][] {
  const script = "const j = require('nodejieba'); const t = JSON.parse(require('fs').readFileSync(0, 'utf8')); process.stdout.write(JSON.stringify(t.map((s) => j.cut(s))));";
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { input: JSON.stringify(texts), maxBuffer: 1 << 26 }).toString());
}

test('src/map/jieba/domain.dict.utf8 is what `npm run jieba-dict` writes today', () => {
  const committed = readFileSync(new URL('../src/map/jieba/domain.dict.utf8', import.meta.url), 'utf8');
  expect(committed === domainDictionary(readFileSync(FULL_DICT, 'utf8'))).toBe(true);
});

test('label keys, their starts and text made of label characters are cut as with the full dictionary', () => {
  const keys = templateLabelKeys();
  const alphabet = [...new Set(keys.flatMap((k) => [...k]))];
  let seed = 11;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  const texts = [
    ...keys,
    ...keys.flatMap((k) => [...k].map((_, i) => k.slice(0, i + 1))),
    ...keys.map((k, i) => k + keys[(i * 7) % keys.length]),
    ...Array.from({ length: 500 }, () => Array.from({ length: 2 + next(14) }, () => alphabet[next(alphabet.length)]).join('')),
  ];
  expect(texts.length).toBeGreaterThan(1000);
  expect(texts.map(cutWords)).toEqual(fullCuts(texts));
});
