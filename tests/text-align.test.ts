import type { Table, TableCell } from '../extractors/model.js';
import { tableRows } from '../src/map/rows.js';
import { alignTextRows, rowNamedAtEnd } from '../src/map/text-align.js';
import { tableDef } from '../src/template/index.js';

/** A text table from lines whose cells are separated by two or more spaces. */
function textTable(lines: string[]): Table {
  const cells: TableCell[] = lines.flatMap((line, row) =>
    [...line.matchAll(/\S+/g)].map((m, col) => ({ row, col, rowSpan: 1, colSpan: 1, text: m[0], textColumn: m.index })),
  );
  return { kind: 'table', geometry: 'text', nRows: lines.length, nCols: 8, cells, pages: [] };
}

const aligned = (lines: string[], version: '2019' | '2021' = '2019') =>
  alignTextRows(tableRows(textTable(lines)), tableDef(version, 'requests').rows).map((a) => a.row?.key);

describe('text rows matched to template rows', () => {
  test('a label led by the wrapped tail of the row above is read from its own item number', () => {
    expect(
      aligned(['5.要求行政机关确认或重新  1  1', '出具已获取信息（六）其他处理  2  2', '（七）总计  3  3']),
    ).toEqual(['not_processed.confirm_info', 'other', 'total']);
  });

  test("numbers under an unfinished numbered label are its own, not the next numbered row's", () => {
    const lines = [
      '1.属于国家秘密  1  1',
      '2.其他法律行政法规禁止公',
      '                      1  1',
      '开',
      '3.危及“三安全一稳定”',
      '4.保护第三方合法权益  2  2',
    ];
    expect(aligned(lines, '2021')).toEqual(['denied.state_secret', 'denied.law_prohibited', 'denied.third_party']);
  });

  test('numbers above a complete numbered label are not pulled up to the label before them', () => {
    const lines = [
      '1.属于国家秘密  1  1',
      '2.其他法律行政法规禁止公开',
      '          1  1',
      '3.危及“三安全一稳定”',
      '4.保护第三方合法权益  2  2',
    ];
    expect(aligned(lines, '2021')[1]).not.toBe('denied.law_prohibited');
  });
});

test('a line ending in a label start names that row whatever precedes it (a repeated header glued before it)', () => {
  const lines = [
    '5.要求行政机关确认或重新出具已获取信息  1  1',
    '申请人情况法人或其他组织自然人商业企业申请人无正当理由逾期不补正、行政机关不再处理  4  4',
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请  3  3',
  ];
  expect(aligned(lines, '2021')).toEqual(['not_processed.confirm_info', 'other.no_supplement', 'other.no_fee']);
});

test("a numbered row printing no number whose label ran into the next row's label gives the numbers to the second", () => {
  const lines = [
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    '3.其他合计  13  5  5  23',
  ];
  expect(aligned(lines, '2021')).toEqual(['total']);
});

test('a scraped part 二 header glued before a row label still names the row by its end', () => {
  const rows = tableDef('2021', 'active').rows;
  expect(rowNamedAtEnd('第二十条第（五）项信息内容本年处理决定数量行政许可', rows)?.item.key).toBe('licensing');
  expect(
    rowNamedAtEnd('第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数行政规范性文件', rows)?.item.key,
  ).toBe('normative_docs');
  expect(rowNamedAtEnd('第二十条第（五）项信息内容本年处理决定数量', rows)).toBeNull();
});

test("a blank mark with label text after it on the line is a vertical label's character, not a value", () => {
  const lines = [
    '1.本机关不掌握相关政府信息  1  1',
    '本  无  2.没有现成信息需要另行制',
    '年  法  2  0  0  0  0  0  2',
    '作',
    '3.补正后申请内容仍不明确  3  3',
  ];
  expect(aligned(lines, '2021')).toEqual(['unable.not_held', 'unable.needs_creation', 'unable.unclear']);
});
