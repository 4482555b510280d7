import { readFileSync } from 'node:fs';
import { extractDocx } from '../extractors/docx/index.js';
import { cellMatrix, type Block, type Table } from '../extractors/model.js';
import { layoutRows } from '../src/template/index.js';
import { fillDocx } from './helpers/fill-docx.js';
import { describeShared, sharedPath } from './helpers/shared.js';

const TEMPLATE = () => readFileSync(sharedPath('template/blank-2021-template.docx'));

const tables = (blocks: Block[]) => blocks.filter((b): b is Table => b.kind === 'table');
const tableWith = (blocks: Block[], text: string) => {
  const found = tables(blocks).find((t) => t.cells.some((c) => c.text.includes(text)));
  if (!found) throw new Error(`no table with ${text}`);
  return found;
};
const cellWith = (table: Table, text: string) => table.cells.find((c) => c.text === text);
const at = (table: Table, row: number, col: number) => cellMatrix(table)[row][col];

/** A template row count of part 三 in the 2021 version, with （六） as three items. */
const REQUEST_ROWS = layoutRows({ version: '2021', other: 'split' }, 'requests').length;

describeShared('DOCX: the real blank 2021 template', () => {
  let blocks: Block[];
  beforeAll(async () => {
    blocks = (await extractDocx(TEMPLATE(), { file: 'template.docx' })).value.blocks;
  });

  test('part 三 comes out with the merged structure of the template', () => {
    const t = tableWith(blocks, '法人或其他组织');
    expect(t.geometry).toBe('structural');
    expect(t.nCols).toBe(10);
    expect(t.nRows).toBe(3 + REQUEST_ROWS);
    expect(cellWith(t, '法人或其他组织')).toMatchObject({ row: 1, col: 4, colSpan: 5, rowSpan: 1 });
    expect(cellWith(t, '申请人情况')).toMatchObject({ row: 0, col: 3, colSpan: 7 });
    expect(cellWith(t, '自然人')).toMatchObject({ row: 1, col: 3, rowSpan: 2 });
    expect(cellWith(t, '三、本年度办理结果')).toMatchObject({ col: 0, rowSpan: 22 });
    expect(cellWith(t, '（三）不予公开')).toMatchObject({ col: 1, rowSpan: 8 });
    expect(cellWith(t, '（六）其他处理')).toMatchObject({ col: 1, rowSpan: 3 });
    // One grid row per template row, each with seven value cells of its own.
    for (let r = 3; r < t.nRows; r++) {
      for (let c = 3; c < 10; c++)
        expect(at(t, r, c)).toMatchObject({ row: r, col: c, rowSpan: 1, colSpan: 1, text: '' });
    }
  });

  test('paragraphs keep the part headings in reading order around the tables', () => {
    const kinds = blocks
      .map((b) => (b.kind === 'table' ? 'T' : /^[一二三四五六]、/.test(b.text) ? b.text.slice(0, 1) : ''))
      .filter(Boolean);
    expect(kinds.join('')).toBe('一二T三T四T五六');
  });

  test('part 四 has one header block and a row of 15 value cells', () => {
    const t = tableWith(blocks, '复议后起诉');
    expect(t.nCols).toBe(15);
    expect(cellWith(t, '行政诉讼')).toMatchObject({ row: 0, col: 5, colSpan: 10 });
    expect(cellWith(t, '结果维持')).toMatchObject({ row: 1, col: 0, rowSpan: 2 });
    expect(t.cells.filter((c) => c.row === t.nRows - 1)).toHaveLength(15);
  });
});

describeShared('DOCX: the template filled at test time', () => {
  test('numbers written into the value cells arrive in the same grid cells', async () => {
    // Word keeps a cell element for every grid column, merged or not: the value cells are the
    // last seven of each part 三 data row (rows 3…) and the 15 of part 四's row 3.
    const value = (t: number, r: number, k: number) => `${t}${r}${k}${(r * 7 + k) % 10}`;
    const bytes = fillDocx(TEMPLATE(), {
      cell: ({ table: t, row: r, cell: c, cellsInRow: n }) => {
        if (t === 1 && r >= 3 && c >= n - 7) return value(t, r, c - (n - 7));
        return t === 2 && r === 3 ? value(t, r, c) : undefined;
      },
    });
    const blocks = (await extractDocx(bytes, {})).value.blocks;

    const requests = tableWith(blocks, '法人或其他组织');
    for (let r = 3; r < requests.nRows; r++) {
      for (let k = 0; k < 7; k++)
        expect(at(requests, r, 3 + k)).toMatchObject({ row: r, col: 3 + k, text: value(1, r, k) });
    }
    const review = tableWith(blocks, '复议后起诉');
    expect(review.cells.filter((c) => c.row === 3).map((c) => c.text)).toEqual(
      Array.from({ length: 15 }, (_, c) => value(2, 3, c)),
    );
  });

  test('dashes, full-width digits and units pass through as printed', async () => {
    const printed = ['—', '０１２', '251000元', '+12', '1,234', '-', '/'];
    const bytes = fillDocx(TEMPLATE(), {
      cell: ({ table: t, row: r, cell: c }) => (t === 2 && r === 3 ? printed[c % printed.length] : undefined),
    });
    const review = tableWith((await extractDocx(bytes, {})).value.blocks, '复议后起诉');
    expect(review.cells.filter((c) => c.row === 3).map((c) => c.text)).toEqual(
      Array.from({ length: 15 }, (_, c) => printed[c % printed.length]),
    );
  });
});
