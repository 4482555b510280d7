/**
 * src/map/words.ts cuts with a dictionary reduced to the characters it has met: every cut must
 * equal nodejieba's with its full default dictionaries, for label text and for any other text.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { labelKey } from '../src/map/labels.js';
import { cutWords } from '../src/map/words.js';
import { TEMPLATES } from '../src/template/index.js';

const FULL_DICT = (createRequire(import.meta.url)('nodejieba') as { DEFAULT_DICT: string }).DEFAULT_DICT;

/** Cuts with nodejieba's full default dictionaries, in a process of its own. */
function fullCuts(texts: string[]): string[][] {
  const script =
    "const j = require('nodejieba'); const t = JSON.parse(require('fs').readFileSync(0, 'utf8')); process.stdout.write(JSON.stringify(t.map((s) => j.cut(s))));";
  return JSON.parse(
    execFileSync(process.execPath, ['-e', script], { input: JSON.stringify(texts), maxBuffer: 1 << 26 }).toString(),
  );
}

const labelKeys = [
  ...new Set(
    Object.values(TEMPLATES).flatMap((t) =>
      t.tables.flatMap((tb) => [
        ...tb.columns.flatMap((c) => [...c.labels, ...(c.groupLabels ?? [])]),
        ...tb.rows.flatMap((r) => r.labels),
        ...tb.groups.flatMap((g) => g.labels),
      ]),
    ),
  ),
].map(labelKey);

let seed = 11;
const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
const randomText = (chars: string[]) => Array.from({ length: 2 + next(14) }, () => chars[next(chars.length)]).join('');

test('label keys, their starts and text of label characters are cut as with the full dictionary', () => {
  const chars = [...new Set(labelKeys.join(''))];
  const texts = [
    ...labelKeys,
    ...labelKeys.flatMap((k) => [...k].map((_, i) => k.slice(0, i + 1))),
    ...Array.from({ length: 500 }, () => randomText(chars)),
  ];
  expect(texts.map(cutWords)).toEqual(fullCuts(texts));
});

test("text with characters outside the labels (real headers, the dictionary's own words, user words) is cut as with the full dictionary", () => {
  const words = readFileSync(FULL_DICT, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split(' ')[0]);
  const others = [...new Set(Array.from({ length: 20 }, () => words[next(words.length)]).join(''))];
  const texts = [
    '申请人情况',
    '第二十条第一项信息内容本年新制作数量',
    '本列数据的勾稽关系为第一项加第二项之和',
    '云计算区块链蓝翔韩玉鉴赏',
    ...Array.from(
      { length: 15 },
      () => words[next(words.length)] + labelKeys[next(labelKeys.length)] + words[next(words.length)],
    ),
    ...Array.from({ length: 200 }, () => randomText([...others, ...labelKeys.join('')])),
  ];
  expect(texts.map(cutWords)).toEqual(fullCuts(texts));
});
