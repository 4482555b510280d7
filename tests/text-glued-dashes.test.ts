import { extractText } from '../extractors/text/index.js';
import { scoredSample } from './helpers/generated.js';

const rowsOf = async (text: string) => {
  const { value } = await extractText(new TextEncoder().encode(text), {} as never);
  const table = value.blocks.find((b) => b.kind === 'table');
  if (!table || table.kind !== 'table') return [];
  const rows: string[][] = [];
  for (const c of table.cells) (rows[c.row] ??= []).push(c.text);
  return rows;
};

describe('glued text rows whose zeros are printed as dashes', () => {
  test("a run of dashes after a label is that row's blank cells, and 、 of a vertical label is cut off a value run", async () => {
    const rows = await rowsOf(
      '一、本年新收政府信息公开申请数量948—65163261081310三（一）予以公开500—21071310632、（二）部分公开———————1.属于国家秘密——2——35\n',
    );
    expect(rows).toContainEqual(['一、本年新收政府信息公开申请数量', '948—65163261081310']);
    expect(rows).toContainEqual(['三（一）予以公开', '500—21071310632']);
    expect(rows).toContainEqual(['、（二）部分公开', '———————']);
    expect(rows).toContainEqual(['1.属于国家秘密', '——2——35']);
  });

  test('gen-014 glued (whole tables on one line, zeros as —): most cells read, every must_flag cell flagged', async () => {
    const { score } = await scoredSample('gen-014-2023-glued');
    // Before dash runs were read as values, no cell of part 三 was placed (0.5 %).
    expect(score.correct / score.truthCells).toBeGreaterThan(0.85);
    expect(score.silent).toBe(0);
  });
});

test('a label with one dash glued after it is a row whose cell is blank, not a wrapped piece of the row above', async () => {
  const rows = await rowsOf('行政处罚148行政强制222第二十条第（八）项信息内容本年收费金额行政事业性收费—\n');
  expect(rows).toContainEqual(['行政强制', '222']);
  expect(rows.at(-1)).toEqual(['第二十条第（八）项信息内容本年收费金额行政事业性收费', '—']);
});

test("a label with two dashes glued after it, the report's last line of part 二, is a row of blanks too", async () => {
  const rows = await rowsOf(
    '行政事业性收费1165-19\n第二十条第（九）项信息内容采购项目数量采购总金额（单位：万元）政府集中采购——\n三、收到和处理政府信息公开申请情况\n',
  );
  expect(rows.at(-1)).toEqual(['第二十条第（九）项信息内容采购项目数量采购总金额（单位：万元）政府集中采购', '——']);
});

test('a 0 before 、 ends a value run: item numbers start at 1', async () => {
  const rows = await rowsOf(
    '5.属于三类内部事务信息0000000三6.属于四类过程性信息0000000、本7.属于行政执法案卷0000000\n',
  );
  // The vertical label's 、本 joins the row's label; the seven zeros stay one run.
  expect(rows.find((r) => r[0].startsWith('6.属于四类过程性信息'))?.[1]).toBe('0000000');
  expect(rows.flat()).not.toContain('0');
});

test("a digit before 、 that does not continue the item numbering stays the value's last digit", async () => {
  const rows = await rowsOf(
    '（三）不4.保护第三方合法权益—————22予公开6.属于四类过程性信息—————33三7.属于行政执法案卷—1———34、属于行政查询事项————2—2\n',
  );
  // 4、 after item 7 would go backwards: the 4 is the row total (1 + 3), 、 starts the next label.
  expect(rows.find((r) => r[0].startsWith('7.属于行政执法案卷'))?.[1]).toBe('—1———34');
  expect(rows.find((r) => r[0].includes('属于行政查询事项'))?.[1]).toBe('————2—2');
});

test('gen-001 2019 glued (a total before the 、 of a vertical label): the table splits, no silent error', async () => {
  const { score } = await scoredSample('gen-001-2019-glued');
  // When 4、 was read as an item number, part 三 had no valid split (11 % of cells).
  expect(score.correct / score.truthCells).toBeGreaterThan(0.95);
  expect(score.silent).toBe(0);
});

test('the ） of a vertical group label after a value run ends the run', async () => {
  const rows = await rowsOf(
    '3.补正后申请内容153000018仍不明确（五1.信访举报投诉类4120007）不申请予处2.重复申请0000303理\n',
  );
  // The row had been lost: 4120007）不申请予处 is no value run.
  expect(rows.find((r) => r[0].startsWith('1.信访举报投诉类'))?.[1]).toBe('4120007');
  expect(rows.find((r) => r[0].startsWith('2.重复申请'))?.[1]).toBe('0000303');
});

// Before, the line counted as glued only with a digit right before a label: it stayed one prose paragraph, part 四 lost.
test.each([
  ['a run that ends in dashes', '——3—341——5—————'],
  ['a run of blank dashes alone', '———————————————'],
])("the next part's heading glued after %s ends the table", async (_, run) => {
  const heading = '四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计';
  const { value } = await extractText(
    new TextEncoder().encode(`${heading}${run}五、存在的主要问题及改进情况\n`),
    {} as never,
  );
  const table = value.blocks.find((b) => b.kind === 'table');
  expect(table && table.kind === 'table' && table.cells.at(-1)?.text).toBe(run);
  expect(value.blocks.at(-1)).toMatchObject({ kind: 'paragraph', text: '五、存在的主要问题及改进情况' });
});

test('a 无 between a value run and the next label is a character of the vertical label （四）无法提供, not a row', async () => {
  const rows = await rowsOf(
    '2.没有现成信息需要另行制作0030306年供）0000101无3.补正后申请内容仍不明确度办1.信访举报投诉类申请0000101\n',
  );
  // Before, 无 stood as a row of its own and was read as 3.补正后…'s one blank cell.
  expect(rows.flat()).not.toContain('无');
  expect(rows.some((r) => r[0].includes('无3.补正后申请内容仍不明确'))).toBe(true);
});
