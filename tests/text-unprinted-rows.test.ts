import { line, textTable } from './helpers/text-table.js';
import { mapRequests } from '../src/map/requests.js';
import { newSink } from '../src/map/sink.js';

const AT = [20, 26, 32, 38, 44, 50, 56];
const at = (...cells: [string, number][]) => cells.map(([t, j]): [string, number] => [t, AT[j]]);
const full = (label: string, ...values: string[]) =>
  line([label, 0], ...at(...values.map((v, j): [string, number] => [v, j])));
// Part 三 as pdftotext -layout prints it with zeros blank: the full rows place every column by their digits.
const TABLE = [
  full('一、本年新收政府信息公开申请数量', '3', '1', '1', '1', '1', '1', '8'),
  line(['（一）予以公开', 0], ...at(['3', 0], ['1', 2], ['4', 6])),
  line(['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 0], ...at(['4', 1], ['4', 6])),
  full('四、结转下年度继续办理', '0', '1', '0', '1', '1', '1', '4'),
];

const rowCells = (lines: string[], row: string) => {
  const sink = newSink();
  mapRequests([textTable(lines)], '2021', sink);
  return sink.cells.filter((c) => c.table === 'requests' && c.row === row);
};

describe('rows a fixed-width table does not print at all', () => {
  test('where every row of numbers found its row, a template row with no line is blank in every column', () => {
    const cells = rowCells(TABLE, 'denied.state_secret');
    expect(cells.map((c) => [c.col, c.raw])).toEqual(
      ['natural_person', 'commercial', 'research', 'social_org', 'legal_service', 'other_org', 'total'].map((col) => [
        col,
        '',
      ]),
    );
  });

  test('not where a row of numbers was not read: its numbers may belong to such a row', () => {
    const lines = [...TABLE.slice(0, 3), line(['某某某某某某某', 0], ...at(['2', 3], ['2', 6])), TABLE[3]];
    expect(rowCells(lines, 'denied.state_secret')).toEqual([]);
  });

  test('not a row that the own label of a row of numbers names (it may hold those numbers)', () => {
    const lines = [
      ...TABLE.slice(0, 3),
      line(['属于国家秘密危及“三安全一稳定”', 0], ...at(['2', 3], ['2', 6])),
      TABLE[3],
    ];
    expect(rowCells(lines, 'denied.state_secret')).toEqual([]);
  });

  test('not where the columns stand by the header alone (no row anchors the first and the last column by its digits)', () => {
    expect(rowCells(TABLE.slice(1, 3), 'denied.state_secret')).toEqual([]);
    expect(rowCells(TABLE.slice(0, 3), 'denied.state_secret')).toHaveLength(7);
  });

  test('not where a row of numbers does not line up with the columns (its line is packed otherwise)', () => {
    const lines = [...TABLE.slice(0, 2), line(['（二）部分公开', 0], ['4', AT[1] + 2], ['4', AT[6]]), TABLE[3]];
    expect(rowCells(lines, 'denied.state_secret')).toEqual([]);
  });
});
