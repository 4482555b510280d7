import { readFileSync } from 'node:fs';
import { extract } from '../src/pipeline.js';
import { tableRows } from '../src/map/rows.js';
import { blankCell, newSink, placeCell } from '../src/map/sink.js';
import { placeBlankRows } from '../src/map/text-align.js';
import { tableDef } from '../src/template/index.js';
import { scoredSample as scored } from './helpers/generated.js';
import { textTable } from './helpers/text-table.js';

/** Each row's seven cells read 0 with no flag. */
function expectZeroRows(record: Awaited<ReturnType<typeof extract>>, rows: string[]) {
  for (const row of rows) {
    const facts = record.facts.filter((f) => f.table === 'requests' && f.row === row);
    expect([row, facts.map((f) => [f.value, f.flags])]).toEqual([row, new Array(7).fill([0, []])]);
  }
}

test('gen-012 (zeros blank): a row printed with no number whose label wraps over two lines is a row of zeros', async () => {
  const { record, score } = await scored('gen-012-2019');
  // 部分公开（区分处理的，只计这一情 / 形，不计其他情形）: neither line alone names the row well enough.
  expectZeroRows(record, ['partial']);
  expect(score.silent).toBe(0);
  expect(score.correct).toBe(score.truthCells);
});

test('gen-035 (zeros blank): a blank numbered row whose label is also a column name (3.其他 / 其他) is a row of zeros, not a header line', async () => {
  const { record, score } = await scored('gen-035-2022');
  // 四、结转下年度继续办理 printed last without values, before the part 四 heading: a row, not a heading.
  expectZeroRows(record, ['other.other', 'carried_forward']);
  expect(score.silent).toBe(0);
});

test('gen-027 (zeros blank): blank rows whose label is heading-like (二、上年结转…) or run into the label of the next row on its line are rows of zeros', async () => {
  const { record, score } = await scored('gen-027-2021');
  expectZeroRows(record, ['carried_over', 'denied.query_item', 'unable.unclear']);
  expect(score.silent).toBe(0);
});

test('gen-027 (zeros blank): a part 二 row label without numbers under a header naming its column is blank, flagged as inferred', async () => {
  const { record } = await scored('gen-027-2021');
  const licensing = record.facts.filter((f) => f.table === 'active' && f.row === 'licensing');
  expect(licensing.map((f) => [f.col, f.value, f.flags])).toEqual([['decisions', 0, ['blank_inferred']]]);
});

test('gen-035 (zeros blank): the last part 二 sub-table printed without values (header, then 行政事业性收费) stays in the table: its cell is blank', async () => {
  const { record } = await scored('gen-035-2022');
  const fees = record.facts.filter((f) => f.table === 'active' && f.row === 'fees');
  expect(fees.map((f) => [f.col, f.value, f.flags])).toEqual([['amount_wan', 0, ['blank_inferred']]]);
});

test('gen-020 (zeros blank): blank rows whose whole label starts the line of the row with numbers (3.其他合计, 3.要求提供公开出版物…无正当理由大量反复申请) or wraps over four lines around vertical characters are rows of zeros', async () => {
  const { record, score } = await scored('gen-020-2025');
  expectZeroRows(record, ['not_processed.publication', 'other.no_supplement', 'other.other']);
  expect(score.silent).toBe(0);
  expect(score.correct).toBe(score.truthCells);
});

test('gen-010 (unruled): a row label cut by a vertical group label (（六 / 1.申请人无正当 / ）其 理由逾期不补 …) is named by the start of its own numbered cell', async () => {
  const { record, score } = await scored('gen-010-2022');
  const facts = record.facts.filter((f) => f.table === 'requests' && f.row === 'other.no_supplement');
  expect(facts.map((f) => [f.col, f.value])).toEqual([
    ['natural_person', 1],
    ['commercial', 0],
    ['research', 0],
    ['social_org', 0],
    ['legal_service', 0],
    ['other_org', 0],
    ['total', 1],
  ]);
  expect(score.silent).toBe(0);
  expect(score.correct).toBe(score.truthCells);
});

describe('blank rows run together on one label line', () => {
  /** The rows placeBlankRows makes blank from lines of a fixed-width part 三 (cells two spaces apart). */
  function blankRows(lines: string[], withNumbers: string[] = []): string[] {
    const sink = newSink();
    for (const row of withNumbers) placeCell(sink, 'requests', row, 'total', blankCell(), 'text', 1);
    placeBlankRows(tableRows(textTable(lines)), tableDef('2021', 'requests'), sink);
    return [...new Set(sink.cells.map((c) => c.row))].filter((row) => !withNumbers.includes(row));
  }

  test("each item's whole label, alone or amid characters of the vertical group label, is a row of blanks", () => {
    const lines = [
      '3.危及“三安全一稳定”  1  1',
      '4.保护第三方合法权益予公开',
      '2.重复申请  1  1',
      '（五）不3.要求提供公开出版物予处理4.无正当理由大量反复申请',
      '5.要求行政机关确认或重新出具已获取信息  1  1',
    ];
    expect(blankRows(lines)).toEqual(['denied.third_party', 'not_processed.publication', 'not_processed.mass_repeat']);
  });

  test("a blank row's whole label joined to the end of the wrapped label of a row with numbers is a row of blanks", () => {
    // 部分公开's label wraps; the next line, 属于国家秘密 (printed without its 1.), was taken as a third line of it
    const lines = [
      '部分公开（区分处理的，只计这一情形，不计其他情形）属于国家秘密  3  3',
      '2.其他法律行政法规禁止公开  1  1',
    ];
    expect(blankRows(lines, ['partial', 'denied.law_prohibited'])).toEqual(['denied.state_secret']);
    // short labels end many others (…其他): not taken
    expect(blankRows(['（六）其他处理其他  3  3'], ['other'])).toEqual([]);
  });

  test('an item whose whole label the group characters run through names its blank row; a near match names none', () => {
    const around = (line: string) => ['2.重复申请  1  1', line, '5.要求行政机关确认或重新出具已获取信息  1  1'];
    expect(blankRows(around('（五3.要求提供公开出）不版物'))).toEqual(['not_processed.publication']);
    // a near match would make a row of blanks the numbers of a slid column could fill (the sums hold either way)
    expect(blankRows(around('（五3.要求提供公开）不版物'))).toEqual([]);
    expect(blankRows(around('（五3.要求提供公开出）报版物'))).toEqual([]);
  });
});

test('a row whose line holds only a vertical label’s 无 beside its label (（四）无法提供) is a row of blanks, not an unmapped row', async () => {
  const page = readFileSync('samples/generated/gen-020-2025.txt', 'utf8');
  // the group label printed one or two characters per line, its 无 alone on the line under the label
  const text = page.replace(
    '     度   （四）无\n     办           2.没有现成信息需要另行制作\n     理    法提供\n',
    '     度   （四\n     办   ） 2.没有现成信息\n          无\n     理   法 需要另行制作\n          提供\n',
  );
  expect(text).not.toBe(page);
  const record = await extract(new TextEncoder().encode(text), { file: 'a.txt' });
  expectZeroRows(record, ['unable.needs_creation']);
  expect(record.unmapped).toEqual([]);
});
