import { readFileSync } from 'node:fs';
import { cellMatrix, type Table } from '../extractors/model.js';
import { extractPdf } from '../extractors/pdf/index.js';
import { documentBlocks } from '../src/layout/index.js';
import { describeShared, sharedPath } from './helpers/shared.js';

const NUMBER = /^\d+(\.\d+)?$/;

async function blocksOf(name: string) {
  const { value } = await extractPdf(new Uint8Array(readFileSync(sharedPath('real', name))), { file: name });
  return documentBlocks(value);
}

const tables = (blocks: { kind: string }[]) => blocks.filter((b): b is Table => b.kind === 'table');
const rowTexts = (t: Table) => cellMatrix(t).map((row) => row.map((c) => c?.text ?? ''));
const findTable = (ts: Table[], label: string) => ts.find((t) => t.cells.some((c) => c.text.includes(label)))!;

/** Rows with numbers, and the columns in which every such row has a number. */
function valueGrid(t: Table) {
  const rows = rowTexts(t).filter((r) => r.some((x) => NUMBER.test(x)));
  const cols = rows[0].map((_, c) => c).filter((c) => rows.every((r) => NUMBER.test(r[c])));
  return { rows, cols };
}

describeShared('layout of real reports', () => {
  const cases = [
    // 2021 layout; hongze prints （六） as one row, city as three items
    { file: 'huaian-hongze-2023.pdf', valueRows: 23, pages: [3, 4] },
    { file: 'huaian-city-2024.pdf', valueRows: 25, pages: [4, 5] },
  ];

  test.each(cases)(
    '$file: part 三 is one table across the page break with $valueRows value rows × 7 value columns',
    async ({ file, valueRows, pages }) => {
      const { value, warnings } = await blocksOf(file);
      const requests = tables(value).filter((t) => t.cells.some((c) => c.text.includes('本年新收')));
      expect(requests).toHaveLength(1);
      expect(requests[0].geometry).toBe('ruled');
      expect(requests[0].pages).toEqual(pages);
      const { rows, cols } = valueGrid(requests[0]);
      expect(rows).toHaveLength(valueRows);
      expect(cols).toHaveLength(7);
      expect(warnings.some((w) => w.code === 'table_joined_across_pages' && w.page === pages[1])).toBe(true);
    },
  );

  test.each(cases)('$file: the vertical group label reads as one string spanning its rows', async ({ file }) => {
    const requests = findTable(tables((await blocksOf(file)).value), '本年新收');
    const group = requests.cells.find((c) => c.text === '三、本年度办理结果');
    expect(group).toBeDefined();
    expect(group!.rowSpan).toBeGreaterThanOrEqual(18); // （一） through （七）
  });

  test('city 2024: the group cut inside （四）无法提供 is one cell over its three rows', async () => {
    const requests = findTable(tables((await blocksOf('huaian-city-2024.pdf')).value), '本年新收');
    const unable = requests.cells.find((c) => c.text === '（四）无法提供');
    expect(unable?.rowSpan).toBe(3);
    const rows = rowTexts(requests);
    const first = rows.findIndex((r) => r.some((x) => x.startsWith('1.本机关不掌握')));
    expect(rows[first + 1].some((x) => x.startsWith('2.没有现成信息'))).toBe(true);
    expect(rows[first + 2].some((x) => x.startsWith('3.补正后申请'))).toBe(true);
  });

  test.each(cases)('$file: part 四 has its 15 numbers in one row', async ({ file }) => {
    const review = findTable(tables((await blocksOf(file)).value), '复议后起诉');
    const numeric = rowTexts(review).filter((r) => r.some((x) => NUMBER.test(x)));
    expect(numeric).toHaveLength(1);
    expect(numeric[0].filter((x) => NUMBER.test(x))).toHaveLength(15);
  });

  test('hongze 2023: wrapped and spaced labels come out whole', async () => {
    const all = tables((await blocksOf('huaian-hongze-2023.pdf')).value).flatMap((t) => t.cells.map((c) => c.text));
    expect(all).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    expect(all).toContain('4.无正当理由大量反复申请');
    expect(all).toContain('2.其他法律行政止公开'); // the printed typo is kept
  });

  test.each(['huaian-hongze-2023.pdf', 'huaian-city-2024.pdf'])(
    '%s: the six part headings start paragraphs',
    async (file) => {
      const starts = (await blocksOf(file)).value
        .filter((b) => b.kind === 'paragraph')
        .map((b) => (b.kind === 'paragraph' ? b.text : ''));
      for (const h of [
        '一、总体情况',
        '二、主动公开政府信息情况',
        '三、收到和处理政府信息公开申请情况',
        '五、存在的主要问题及改进情况',
        '六、其他需要报告的事项',
      ]) {
        expect(starts).toContain(h);
      }
      expect(starts.some((s) => s.startsWith('四、政府信息公开行政复议'))).toBe(true);
    },
  );
});
