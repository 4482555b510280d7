import type { Block, Table } from '../extractors/model.js';
import { splitGluedHeadings } from '../src/map/glued-heading.js';

const table = (first: string, values: string): Table => ({
  kind: 'table',
  geometry: 'text',
  nRows: 1,
  nCols: 2,
  cells: [
    { row: 0, col: 0, rowSpan: 1, colSpan: 1, text: first },
    { row: 0, col: 1, rowSpan: 1, colSpan: 1, text: values },
  ],
  pages: [],
});

describe('a part heading glued into the first cell of its table', () => {
  test.each([
    ['四、政府信息公开行政复议、行政诉讼情况', '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计'],
    ['四、因政府信息公开工作被申请行政复议、提起行政诉讼情况', '行政复议结果维持结果纠正其他结果尚未审结总计'],
  ])('%s: the heading becomes a paragraph, the cell keeps the header words', (heading, header) => {
    const blocks = splitGluedHeadings([table(heading + header, '110024001510102')]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table']);
    expect((blocks[0] as { text: string }).text).toBe(heading);
    expect((blocks[1] as Table).cells.map((c) => c.text)).toEqual([header, '110024001510102']);
  });

  test('a row label that only starts like a part (四、结转下年度继续办理) stays a row', () => {
    const blocks: Block[] = [table('四、结转下年度继续办理', '5101108')];
    expect(splitGluedHeadings(blocks)).toEqual(blocks);
  });
});
