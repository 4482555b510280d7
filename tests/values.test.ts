import { isBlankMark } from '../src/lexicon/index.js';
import { parseValue } from '../src/values/parse.js';

describe('parseValue', () => {
  test.each([
    ['12', 'count', 12],
    ['０１２', 'count', 12],
    ['1,234', 'count', 1234],
    ['12,345,678', 'count', 12345678],
    ['+12', 'signed', 12],
    ['-3', 'signed', -3],
    ['－3', 'signed', -3],
    ['−3', 'signed', -3],
    ['7730.28', 'decimal', 7730.28],
    ['７７３０．２８', 'decimal', 7730.28],
    ['12件', 'count', 12],
    ['5 个', 'count', 5],
    ['12.5万元', 'decimal', 12.5],
  ] as const)('%s as %s reads %d, unflagged', (raw, kind, value) => {
    expect(parseValue(raw, kind)).toEqual({ value, flags: [] });
  });

  test.each(['', '  ', '—', '-', '/', '无', '－', '——'])('blank mark %j reads 0 unflagged', (raw) => {
    expect(parseValue(raw, 'count')).toEqual({ value: 0, flags: [] });
    expect(isBlankMark(raw)).toBe(true);
  });

  test('0 is a number, not a blank mark', () => {
    expect(isBlankMark('0')).toBe(false);
    expect(parseValue('0', 'count')).toEqual({ value: 0, flags: [] });
  });

  test('a unit that contradicts the column keeps the number as printed', () => {
    expect(parseValue('251000元', 'decimal')).toEqual({ value: 251000, flags: ['unit_mismatch'] });
    expect(parseValue('3万元', 'count')).toEqual({ value: 3, flags: ['unit_mismatch'] });
  });

  test('negatives outside signed columns and decimals outside amount columns are flagged, kept', () => {
    expect(parseValue('-3', 'count')).toEqual({ value: -3, flags: ['unexpected_negative'] });
    expect(parseValue('2.5', 'count')).toEqual({ value: 2.5, flags: ['unexpected_decimal'] });
    expect(parseValue('2.5', 'signed')).toEqual({ value: 2.5, flags: ['unexpected_decimal'] });
  });

  test.each(['abc', '1 2', '1,23', '12%', '3（含）', '1-2', '..'])('%j is unparsed', (raw) => {
    expect(parseValue(raw, 'count')).toEqual({ value: null, flags: ['unparsed'] });
  });
});
