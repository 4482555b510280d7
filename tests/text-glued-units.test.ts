import { readFileSync } from 'node:fs';
import { splitGluedLine } from '../extractors/text/unglue.js';
import { extract } from '../src/pipeline.js';

describe('part 二 of glued text: values followed by header words or units', () => {
  test('a value, a space, then the next sub-table header: the value ends its row', () => {
    expect(
      splitGluedLine(
        '第二十条第（五）项信息内容处理决定数量行政许可2293 第二十条第（六）项信息内容本年处理决定数量行政处罚16',
      ),
    ).toEqual([
      '第二十条第（五）项信息内容处理决定数量行政许可2293',
      '第二十条第（六）项信息内容本年处理决定数量行政处罚16',
    ]);
  });

  test('an amount ending in a money unit keeps the unit, set apart from its label as one value cell', () => {
    expect(splitGluedLine('信息内容本年收费金额（单位：万元）行政事业性收费4.51万元')).toEqual([
      '信息内容本年收费金额（单位：万元）行政事业性收费 4.51万元',
    ]);
    expect(splitGluedLine('行政事业性收费251000元第二十条第（九）项')).toEqual([
      '行政事业性收费 251000元',
      '第二十条第（九）项',
    ]);
  });

  test('a count unit after a glued run may be a wrapped label character (…事0000000项): it stays the label’s', () => {
    expect(splitGluedLine('8.属于行政查询事0000000项（四）无法提供')).toEqual([
      '8.属于行政查询事0000000',
      '项（四）无法提供',
    ]);
  });

  test('a year with a space before 年 stays whole', () => {
    expect(splitGluedLine('某局 2023 年政府信息公开工作年度报告')).toEqual(['某局 2023 年政府信息公开工作年度报告']);
  });
});

describe('a crawled page whose fee is printed with a unit', () => {
  const page = readFileSync('samples/generated/crawled/gen-005-2025-crawled.txt', 'utf8');
  const fee = /行政事业性收费([\d.]+)/.exec(page)!;
  const feeFact = async (printed: string) =>
    (
      await extract(new TextEncoder().encode(page.replace(fee[0], `行政事业性收费${printed}`)), { file: 'a.txt' })
    ).facts.find((f) => f.table === 'active' && f.row === 'fees');

  test('in the column’s unit (万元): read as printed, no flag', async () => {
    expect(await feeFact(`${fee[1]}万元`)).toMatchObject({ value: Number(fee[1]), raw: `${fee[1]}万元`, flags: [] });
  });

  test('in another unit (元): kept as printed, never converted, flagged unit_mismatch', async () => {
    expect(await feeFact('251000元')).toMatchObject({ value: 251000, raw: '251000元', flags: ['unit_mismatch'] });
  });
});

describe('a crawled page whose procurement run ends in the amount column’s unit', () => {
  const page = readFileSync('samples/generated/crawled/gen-001-2019-crawled.txt', 'utf8');
  const run = /政府集中采购([\d.]+)(?:万元)?/.exec(page)!;
  const procurement = async (printed: string) =>
    (
      await extract(new TextEncoder().encode(page.replace(run[0], `政府集中采购${printed}`)), { file: 'a.txt' })
    ).facts.filter((f) => f.table === 'active' && f.row === 'procurement');

  test('the unit stays on the last cell: the run reads as it does without it (both cells were cell_missing)', async () => {
    const plain = await procurement(run[1]);
    const withUnit = await procurement(`${run[1]}万元`);
    expect(withUnit.map((f) => [f.value, f.flags])).toEqual(plain.map((f) => [f.value, f.flags]));
    expect(withUnit.flatMap((f) => f.flags)).not.toContain('cell_missing');
  });

  test('a zero printed as a dash before the amount (—4.57, —9.41万元) is the items cell: the run is read, not dropped', async () => {
    expect((await procurement('—4.57')).map((f) => [f.col, f.value, f.raw])).toEqual([
      ['items', 0, '—'],
      ['amount_wan', 4.57, '4.57'],
    ]);
    expect((await procurement('—9.41万元')).map((f) => [f.col, f.value, f.raw])).toEqual([
      ['items', 0, '—'],
      ['amount_wan', 9.41, '9.41万元'],
    ]);
  });

  test('two zeros glued to 万元 are 0 | 0万元', async () => {
    expect((await procurement('00万元')).map((f) => [f.value, f.raw, f.flags])).toEqual([
      [0, '0', []],
      [0, '0万元', []],
    ]);
  });
});

describe('a glued page whose fee label wrapped around its numbers in its cell (…行政事业性收22-7费)', () => {
  const page = readFileSync('samples/generated/gen-022-2019-glued.txt', 'utf8');
  const run = /行政事业性收费([\d-]+)/.exec(page)!;
  const fees = async (text: string) =>
    (await extract(new TextEncoder().encode(text), { file: 'a.txt' })).facts.filter(
      (f) => f.table === 'active' && f.row === 'fees',
    );

  test('the label less its last character names the row: read as the label printed whole', async () => {
    const whole = await fees(page);
    const wrapped = await fees(page.replace(run[0], `行政事业性收${run[1]}费`));
    expect(wrapped.map((f) => [f.col, f.value, f.flags])).toEqual(whole.map((f) => [f.col, f.value, f.flags]));
    expect(wrapped.flatMap((f) => f.flags)).not.toContain('cell_missing');
  });
});
