import { isValueText, parseCount, parseNumber } from '../src/lexicon/index.js';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

describe('parseNumber: the one reading of a printed number', () => {
  test.each([
    ['12', 12, null],
    ['０１２', 12, null],
    ['1,234,567', 1234567, null],
    ['+12', 12, null],
    ['−3', -3, null],
    ['-0', 0, null],
    ['7730.28', 7730.28, null],
    ['12.5万元', 12.5, '万元'],
    ['3人', 3, '人'],
    ['5 个', 5, '个'],
    ['—', 0, null],
    ['——', 0, null],
    ['─', 0, null],
    ['无', 0, null],
    ['', 0, null],
  ] as const)('%j reads %d (unit %j)', (raw, value, unit) => {
    expect(parseNumber(raw)).toEqual({ value, unit });
  });

  test.each(['1,23', '1.2.3', '12万', '0x10', '1e3', '规章', '1.', '12%'])('%j is no number', (raw) => {
    expect(parseNumber(raw)).toBeNull();
  });
});

describe('parseCount: a count for the sums', () => {
  // A dash-zero is 0 (the part 四 text mapper read it as NaN before).
  test.each([
    ['7', 7],
    ['—', 0],
    ['－', 0],
    ['3人', 3],
    ['1,234', 1234],
    ['-3', null],
    ['2.5', null],
    ['x', null],
  ] as const)('%j counts %p', (raw, count) => {
    expect(parseCount(raw)).toBe(count);
  });
});

describe('isValueText: the one answer to "is this printed text a value, not a label"', () => {
  test.each([
    ['12', true],
    ['０１２', true],
    ['+12', true],
    ['-3', true],
    ['1,234', true],
    ['7730.28', true],
    ['3人', true],
    ['12件', true],
    ['12 件', true],
    ['12.5万元', true],
    ['12%', true],
    ['0 0 0', true],
    ['0 — 3', true],
    ['—', true],
    ['——', true],
    ['─', true],
    ['－', true],
    ['/', true],
    ['无', true],
    ['', false],
    ['  ', false],
    ['1.', false],
    ['①', false],
    ['12万', false],
    ['规章', false],
    ['1.属于国家秘密', false],
    ['无法提供', false],
  ] as const)('%j → %p', (text, answer) => {
    expect(isValueText(text)).toBe(answer);
  });
});

describe('the lexicon is the one home of its vocabulary', () => {
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
  const sources = (dir: string): string[] =>
    fs
      .readdirSync(path.join(root, dir), { withFileTypes: true })
      .flatMap((e) =>
        e.isDirectory() ? sources(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : [],
      );
  const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

  test('src/lexicon imports nothing outside itself (extractors/ may import it)', () => {
    const imports = sources('src/lexicon').flatMap((f) => [...read(f).matchAll(/from '([^']+)'/g)].map((m) => m[1]));
    expect(imports.filter((i) => !i.startsWith('./'))).toEqual([]);
  });

  test.each([
    ['the Chinese item numerals', '一二三四五六七八九十'],
    ['the count units', "'件', '个'"],
    ['the ideograph range', '\\u4e00-\\u9fff'],
  ])('%s are spelled only in src/lexicon', (_, spelling) => {
    const files = [...sources('src'), ...sources('extractors')].filter((f) => !f.startsWith('src/lexicon/'));
    expect(files.filter((f) => read(f).includes(spelling))).toEqual([]);
  });
});
