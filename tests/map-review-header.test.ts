import type { Block } from '../extractors/model.js';
import { mapReport } from '../src/map/index.js';
import { mapReview } from '../src/map/review.js';
import { newSink } from '../src/map/sink.js';
import { gridTable, type CellSpec } from './helpers/map-blocks.js';

test('part 四 with the review columns named over two header rows (结果/维持, 其他/结果): every number on its key', () => {
  const litigation = (): CellSpec[] => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const table = gridTable([
    [
      ['行政复议', 1, 5],
      null,
      null,
      null,
      null,
      ['行政诉讼', 1, 10],
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    [
      '结果',
      '结果',
      '其他',
      '尚未',
      ['总计', 2, 1],
      ['未经复议直接起诉', 1, 5],
      null,
      null,
      null,
      null,
      ['复议后起诉', 1, 5],
      null,
      null,
      null,
      null,
    ],
    ['维持', '纠正', '结果', '审结', null, ...litigation(), ...litigation()],
    ['4', '0', '6', '3', '13', '2', '0', '1', '5', '8', '5', '0', '0', '0', '5'],
  ]);
  const sink = newSink();
  mapReview([table], '2019', sink);
  const review = Object.fromEntries(sink.cells.filter((c) => c.row === 'review').map((c) => [c.col, c.raw]));
  expect(review).toEqual({ upheld: '4', corrected: '0', other: '6', pending: '3', total: '13' });
  expect(sink.cells).toHaveLength(15);
});

test('a part 四 table whose 行政复议 header stayed on the page before (only 总计, 其他结果 and the 起诉 groups left) stays part 四 under its heading', () => {
  const litigation = (): CellSpec[] => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const table = gridTable([
    [...litigation(), ['未经复议直接起诉', 1, 5], null, null, null, null, ['复议后起诉', 1, 5], null, null, null, null],
    [...litigation(), ...litigation(), ...litigation()],
    ['4', '—', '3', '—', '7', '—', '—', '3', '—', '3', '—', '4', '—', '3', '7'],
  ]);
  const blocks: Block[] = [
    { kind: 'paragraph', text: '四、政府信息公开行政复议、行政诉讼情况' },
    { kind: 'paragraph', text: '行政复议行政诉讼' },
    table,
  ];
  const report = mapReport(blocks).value;
  expect(report.cells.filter((c) => c.table === 'review_litigation')).toHaveLength(15);
  expect(report.unmapped).toEqual([]);
});

describe('part 四 whose numbers are all printed blank', () => {
  const leaves: CellSpec[] = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const header = (): CellSpec[][] => [
    [...leaves, ['未经复议直接起诉', 1, 5], null, null, null, null, ['复议后起诉', 1, 5], null, null, null, null],
    [...leaves, ...leaves, ...leaves],
  ];
  const blankRow = (): CellSpec[] => new Array(15).fill('');

  test('the empty row under the header is its row of values: fifteen blank cells', () => {
    const sink = newSink();
    mapReview([gridTable([...header(), blankRow()])], '2019', sink);
    expect(sink.cells).toHaveLength(15);
    expect(sink.cells.every((c) => c.raw === '')).toBe(true);
  });

  test('not where another piece of part 四 prints the numbers (a page break left the empty row)', () => {
    const sink = newSink();
    const numbers = gridTable([['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0']]);
    mapReview([gridTable([...header(), blankRow()]), numbers], '2019', sink);
    expect(sink.cells.filter((c) => c.raw === '')).toEqual([]);
  });
});
