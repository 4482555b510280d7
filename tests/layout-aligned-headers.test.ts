/**
 * Headers of tables drawn without lines: a body of numbers only (part 四) has no label column,
 * so a blank first column keeps its place under its header; header lines repeated inside the
 * body (part 二 as one small table per 第二十条第（N）项) never join the label below them.
 * Synthetic runs, then the two LibreOffice-rendered samples that showed each case.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cellMatrix, type Page, type Table, type TextRun } from '../extractors/model.js';
import { extractPdf } from '../extractors/pdf/index.js';
import { documentBlocks } from '../src/layout/index.js';

const FONT = 9;
const width = (text: string) => FONT * [...text].length * (/^[\d.]+$/.test(text) ? 0.5 : 1);
const run = (text: string, x: number, y: number): TextRun => ({
  text,
  bbox: [x, y, x + width(text), y + FONT],
  fontSize: FONT,
  fontName: 'f',
  vertical: false,
});
/** Numbers stand centred in their column. */
const number = (text: string, center: number, y: number) => run(text, center - width(text) / 2, y);

function tablesOf(runs: TextRun[]): Table[] {
  const page: Page = { number: 1, width: 600, height: 800, runs, rulings: [] };
  return documentBlocks({ format: 'pdf', pageCount: 1, pages: [page], blocks: [] }).value.filter(
    (b): b is Table => b.kind === 'table',
  );
}

const rowTexts = (t: Table) => cellMatrix(t).map((row) => row.map((c) => c?.text ?? ''));
const generated = (name: string) => resolve(process.cwd(), 'samples/generated', name);

async function pdfTables(name: string): Promise<Table[]> {
  const { value } = await extractPdf(new Uint8Array(readFileSync(generated(`${name}.pdf`))), { file: name });
  return documentBlocks(value).value.filter((b): b is Table => b.kind === 'table');
}

const truth = (name: string) =>
  JSON.parse(readFileSync(generated(`${name}.truth.json`), 'utf8')).cells as Record<string, number>;

describe('a body of numbers only has no label column', () => {
  // 复议 over four leaf columns, 诉讼 over two; the first column's zero printed blank
  const leaves = ['维持', '纠正', '其他', '总计', '维持', '总计'];
  const runs: TextRun[] = [
    run('复议', 120, 100),
    run('诉讼', 240, 100),
    ...leaves.map((t, i) => run(t, 100 + 30 * i, 115)),
    ...['', '3', '', '3', '2', '2'].map((v, i) => number(v, 109 + 30 * i, 130)).filter((r) => r.text),
  ];
  const rows = rowTexts(tablesOf(runs)[0]);

  test('one column per leaf header, the blank first column included', () => {
    // a short group header centred over its columns may join the leaf it stands over
    expect(rows[rows.length - 2].map((t, i) => t.endsWith(leaves[i]))).toEqual(leaves.map(() => true));
  });

  test('each number stands under its own header', () => {
    expect(rows[rows.length - 1]).toEqual(['', '3', '', '3', '2', '2']);
  });
});

describe('header lines repeated inside the body start a header row', () => {
  // three small part 二 tables printed one below the other with nothing between them
  const item = (n: string, y: number, column: string, labels: [string, string][]) => [
    run(`第二十条第（${n}）项`, 150, y),
    run('信息内容', 100, y + 13),
    run(column, 220, y + 13),
    ...labels.flatMap(([label, value], i) => [run(label, 100, y + 26 + 13 * i), number(value, 255, y + 26 + 13 * i)]),
  ];
  const runs = [
    ...item('五', 100, '本年处理决定数量', [['行政许可', '12']]),
    ...item('六', 150, '本年处理决定数量', [
      ['行政处罚', '0'],
      ['行政强制', '4'],
    ]),
    ...item('八', 213, '本年收费金额（单位：万元）', [['行政事业性收费', '0.58']]),
  ];
  const rows = tablesOf(runs).flatMap(rowTexts);

  test.each([
    ['行政许可', '12'],
    ['行政处罚', '0'],
    ['行政强制', '4'],
    ['行政事业性收费', '0.58'],
  ])('%s is a row of its own holding %s', (label, value) => {
    expect(rows).toContainEqual([label, value]);
  });

  test('信息内容 and the column name are a header row, never part of a label', () => {
    expect(rows.filter((r) => r[0] === '信息内容').map((r) => r[1])).toEqual(
      expect.arrayContaining(['本年处理决定数量', '本年收费金额（单位：万元）']),
    );
    expect(rows.flat().filter((t) => /信息内容|本年/.test(t) && /行政/.test(t))).toEqual([]);
  });
});

describe('LibreOffice samples without ruling lines', () => {
  test('gen-016-2023: part 四 with its first column blank has its 15 numbers under their headers', async () => {
    const review = (await pdfTables('gen-016-2023')).find((t) => t.cells.some((c) => /复议后起诉/.test(c.text)))!;
    expect(review.nCols).toBe(15);
    const numbers = rowTexts(review)[review.nRows - 1].map((t) => (t === '' ? 0 : Number(t)));
    const expected = Object.entries(truth('gen-016-2023'))
      .filter(([k]) => k.startsWith('review_litigation.'))
      .map(([, v]) => v);
    expect(numbers).toEqual(expected);
    expect(rowTexts(review)[review.nRows - 2][0]).toBe('结果维持');
  });

  test('gen-010-2022: part 二 as small tables run together keeps 行政处罚, 行政强制 and 行政事业性收费 apart from the headers', async () => {
    const rows = (await pdfTables('gen-010-2022')).flatMap(rowTexts);
    const cells = truth('gen-010-2022');
    expect(rows).toContainEqual(['行政处罚', String(cells['active.punishment.decisions'])]);
    expect(rows).toContainEqual(['行政强制', String(cells['active.coercion.decisions'])]);
    expect(rows).toContainEqual(['行政事业性收费', String(cells['active.fees.amount_wan'])]);
  });
});
