import { readFileSync } from 'node:fs';
import { extractText } from '../extractors/text/index.js';
import { decodeUndeclared as decodeText } from '../extractors/encoding.js';
import type { Block, Table } from '../extractors/model.js';
import { describeShared, sharedPath } from './helpers/shared.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const tables = (blocks: Block[]) => blocks.filter((b): b is Table => b.kind === 'table');
const rowsOf = (t: Table) =>
  Array.from({ length: t.nRows }, (_, r) =>
    t.cells
      .filter((c) => c.row === r)
      .sort((a, b) => a.col - b.col)
      .map((c) => c.text),
  );
const extract = async (text: string | Uint8Array) =>
  (await extractText(typeof text === 'string' ? utf8(text) : text, {})).value;

describe('decoding', () => {
  test('GBK bytes (not valid UTF-8) are read as GB18030', async () => {
    // 规章 0 0 0 in GBK: 规 = B9E6, 章 = D5C2.
    const gbk = Uint8Array.from([0xb9, 0xe6, 0xd5, 0xc2, 0x09, 0x30, 0x09, 0x31, 0x09, 0x32, 0x0a]);
    expect(decodeText(gbk)).toEqual({ text: '规章\t0\t1\t2\n', encoding: 'gb18030', badBytes: 0 });
    expect(rowsOf(tables((await extract(gbk)).blocks)[0])).toEqual([['规章', '0', '1', '2']]);
  });

  test('UTF-8 with BOM and UTF-16 with BOM', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('规章')]))).toEqual({
      text: '规章',
      encoding: 'utf-8',
      badBytes: 0,
    });
    const le = Buffer.from('\ufeff规章 12', 'utf16le');
    expect(decodeText(le)).toEqual({ text: '规章 12', encoding: 'utf-16le', badBytes: 0 });
    const be = Buffer.from(le).swap16();
    expect(decodeText(be).text).toBe('规章 12');
  });
});

describe('rows of a flattened table', () => {
  test('a wrapped label pushes its values to the next line: one row again', async () => {
    const doc = await extract(
      [
        '三、收到和处理政府信息公开申请情况',
        '',
        '（五）不予处理  1.信访举报投诉类申请  3  0  0  0  0  0  3',
        '4.无正当理由大量反复',
        '申请  1  0  0  0  0  0  1',
        '5.要求行政机关确认或重新出具已获取信息',
        '2  0  0  0  0  0  2',
        '四、结转下年度继续办理',
        '0  0  0  0  0  0  0',
      ].join('\n'),
    );
    expect(rowsOf(tables(doc.blocks)[0])).toEqual([
      ['（五）不予处理', '1.信访举报投诉类申请', '3', '0', '0', '0', '0', '0', '3'],
      ['4.无正当理由大量反复申请', '1', '0', '0', '0', '0', '0', '1'],
      ['5.要求行政机关确认或重新出具已获取信息', '2', '0', '0', '0', '0', '0', '2'],
      ['四、结转下年度继续办理', '0', '0', '0', '0', '0', '0', '0'],
    ]);
    expect(doc.blocks[0]).toEqual({ kind: 'paragraph', text: '三、收到和处理政府信息公开申请情况' });
  });

  test('a heading-like row label printed without values (blank row) stays in the table; the next part heading does not', async () => {
    const doc = await extract(
      [
        '一、本年新收政府信息公开申请数量  5  1  6',
        '二、上年结转政府信息公开申请数量',
        '（一）予以公开  5  1  6',
        '（七）总计  5  1  6',
        '四、结转下年度继续办理',
        '',
        '四、政府信息公开行政复议、行政诉讼情况',
        '',
        '行政复议  行政诉讼',
      ].join('\n'),
    );
    expect(rowsOf(tables(doc.blocks)[0]).map((r) => r[0])).toEqual([
      '一、本年新收政府信息公开申请数量',
      '二、上年结转政府信息公开申请数量',
      '（一）予以公开',
      '（七）总计',
      '四、结转下年度继续办理',
    ]);
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && b.text === '四、政府信息公开行政复议、行政诉讼情况')).toBe(
      true,
    );
  });

  test('the same blank 二、 row after a first row printed without its 一、 stays in the table, also before a group character', async () => {
    for (const next of ['（一）予以公开  5  1  6', ' 三 （一）予以公开  5  1  6']) {
      const doc = await extract(
        ['本年新收政府信息公开申请数量  5  1  6', '二、上年结转政府信息公开申请数量', next].join('\n'),
      );
      expect(tables(doc.blocks)).toHaveLength(1);
      expect(rowsOf(tables(doc.blocks)[0]).map((r) => r.at(-1))).toEqual([
        '6',
        '二、上年结转政府信息公开申请数量',
        '6',
      ]);
    }
  });

  test('a last item of part 二 printed without numbers, two blank lines below the one before, stays in the table', async () => {
    const doc = await extract(
      [
        '                 第二十条第（六）项',
        '信息内容                        本年处理决定数量',
        '行政强制                             5',
        '',
        '',
        '                 第二十条第（八）项',
        '信息内容                   本年收费金额（单位：万元）',
        '行政事业性收费',
        '',
        '',
        '  三、收到和处理政府信息公开申请情况',
      ].join('\n'),
    );
    expect(rowsOf(tables(doc.blocks)[0]).map((r) => r[0])).toEqual([
      '第二十条第（六）项',
      '信息内容',
      '行政强制',
      '第二十条第（八）项',
      '信息内容',
      '行政事业性收费',
    ]);
    expect(doc.blocks.at(-1)).toMatchObject({ kind: 'paragraph', text: '三、收到和处理政府信息公开申请情况' });
  });

  test('values on the first or middle line of a wrapped label: the rest of the label joins it', async () => {
    const doc = await extract(
      [
        '（一）予以公开  5  1  0  0  0  0  6',
        '（二）部分公开（区分处理的，',
        '只计这一情形，  0  0  0  0  0  0  0',
        '不计其他情形）',
        '（三）不予公开  1.属于国家秘密  0  0  0  0  0  0  0',
      ].join('\n'),
    );
    expect(rowsOf(tables(doc.blocks)[0]).map((r) => r.slice(0, 2))).toEqual([
      ['（一）予以公开', '5'],
      ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '0'],
      ['（三）不予公开', '1.属于国家秘密'],
    ]);
  });

  test('spaced vertical header characters stay one cell each and never become a row label', async () => {
    const doc = await extract(
      [
        '行政复议\t\t\t\t\t行政诉讼',
        '结 果 维 持\t结 果 纠 正\t其 他 结 果\t尚 未 审 结\t总 计',
        '持',
        '1 0 0 0 1\t0 0 0 0 0\t0 0 0 0 0',
      ].join('\n'),
    );
    const rows = rowsOf(tables(doc.blocks)[0]);
    expect(rows[1]).toEqual(['结 果 维 持', '结 果 纠 正', '其 他 结 果', '尚 未 审 结', '总 计']);
    expect(rows[2]).toEqual(['持']);
    expect(rows[3]).toEqual(['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0']);
  });

  test('a whole page on one line, cells glued: rows cut at label starts, digit runs kept whole', async () => {
    const page =
      '二、主动公开政府信息情况信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件6233440' +
      '三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量21710000218（三）不予公开1.属于国家秘密4000004' +
      '2.其他法律行政法规禁止公开0000000四、结转下年度继续办理0000000五、存在的主要问题及改进情况加强学习。';
    const doc = await extract(page);
    const rows = tables(doc.blocks).flatMap(rowsOf);
    expect(rows).toEqual([
      ['二、主动公开政府信息情况信息内容本年新制作数量本年新公开数量对外公开总数量规章', '000'],
      ['规范性文件', '6233440'],
      ['一、本年新收政府信息公开申请数量', '21710000218'],
      ['（三）不予公开'],
      ['1.属于国家秘密', '4000004'],
      ['2.其他法律行政法规禁止公开', '0000000'],
      ['四、结转下年度继续办理', '0000000'],
    ]);
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    expect(paragraphs).toEqual(['三、收到和处理政府信息公开申请情况', '五、存在的主要问题及改进情况加强学习。']);
  });

  test('a 、 after a value run that is not an item number (a wrapped label, a vertical group label), and a label ending in a comma', async () => {
    const page =
      '三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量21710000218（一）予以公开42—2221313101、本（二）部分公开（区分处理的，只计' +
      '200030023、这一情形，不计其他情形）1.属于国家秘密—1————1、公开2.其他法律行政法规禁止公开0000000' +
      '4.保护第三方合法权益0000101、本予公开7.属于行政执法案卷150300018、本8.属于行政查询事项153000018年（四）无法提供1.本机关不掌握相关政府信息，27200040276不计2.没有现成信息需要另行制作0000000' +
      '（五）不予处理1.信访举报投诉类申请0010012、本予处理2.重复申请0000000';
    const rows = tables((await extract(page)).blocks).flatMap(rowsOf);
    // 101、本 is the total 101 before 三、本年度…'s characters; 23、这一情形 the total 23 inside a wrapped label.
    expect(rows).toContainEqual(['（一）予以公开', '42—2221313101']);
    expect(rows.flat()).toContain('200030023');
    // 1、 right after item 1 does not continue the numbering: the row's total 1.
    expect(rows.find((r) => r[0].startsWith('1.属于国家秘密'))?.[1]).toBe('—1————1');
    // 1、 after item 4, and 8、 with the item 8. right after it: totals, not items.
    expect(rows.find((r) => r[0].startsWith('4.保护第三方'))?.[1]).toBe('0000101');
    // 2、 after item 1, but with item 2. again right after it: the total 2.
    expect(rows.find((r) => r[0].startsWith('1.信访举报投诉类申请'))?.[1]).toBe('0010012');
    expect(rows.find((r) => r[0].startsWith('7.属于行政执法案卷'))?.[1]).toBe('150300018');
    expect(rows.flat()).toContain('27200040276');
  });

  test('prose ending in a number and a lone 无 stay paragraphs', async () => {
    const doc = await extract('一、总体情况\n全年共受理申请 12 件，办结 12\n六、其他需要报告的事项\n无');
    expect(tables(doc.blocks)).toEqual([]);
  });
});

describeShared('the real flattened report', () => {
  test('its three tables come out with every row label and its values', async () => {
    const doc = await extract(readFileSync(sharedPath('text/erqi-culture-tourism-2020.txt')));
    const [active, requests, litigation] = tables(doc.blocks);
    expect(tables(doc.blocks)).toHaveLength(3);
    const valueRows = (t: Table) => rowsOf(t).filter((r) => r.some((c) => /^-?\d/.test(c)));
    expect(valueRows(active).map((r) => r.length)).toEqual([4, 4, 4, 4, 4, 4, 3, 3]);
    expect(valueRows(requests)).toHaveLength(23);
    expect(valueRows(requests).every((r) => r.slice(-7).every((c) => /^\d+$/.test(c)))).toBe(true);
    expect(valueRows(litigation).map((r) => r.length)).toEqual([15]);
    expect(doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toContain('六、其他需要报告的事项');
  });
});

describe('fixed-width text (pdftotext -layout)', () => {
  test('each cell keeps its character column, so a blank cell is told from a missing one', async () => {
    const doc = await extract(
      ['   信息内容   本年制发件数   本年废止件数   现行有效件数', '规章           21               127'].join('\n'),
    );
    const [header, row] = rowsOf(tables(doc.blocks)[0]);
    expect(header).toEqual(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
    expect(row).toEqual(['规章', '21', '127']);
    const at = (text: string) => tables(doc.blocks)[0].cells.find((c) => c.text === text)?.textColumn;
    // 21 starts under 本年制发件数 (columns 10–15), 127 under 现行有效件数 (28–33): 本年废止件数 is blank.
    expect([at('本年制发件数'), at('21'), at('现行有效件数'), at('127')]).toEqual([10, 13, 28, 30]);
  });

  test('the first row label wrapped around its numbers (一、… above, its tail below) keeps the header above it in the table', async () => {
    const doc = await extract(
      [
        '    三、收到和处理政府信息公开申请情况',
        '                          申请人情况',
        '              自然人 商业企 科研机 社会公 法律服          总计',
        '   项加第四项之和）                           其他',
        '一、本年新收政府信息公开申',
        '               100     22   20        20   162',
        '请数量',
        '  予以公开          47      7   12        13   79',
      ].join('\n'),
    );
    const [table] = tables(doc.blocks);
    const rows = rowsOf(table);
    expect(rows[0]).toEqual(['申请人情况']);
    expect(rows).toContainEqual(['一、本年新收政府信息公开申请数量', '100', '22', '20', '20', '162']);
    expect(rows.flat()).toContain('自然人 商业企 科研机 社会公 法律服');
  });

  test('values printed a line above their numbered label (the label sits low in its cell) take the label below', async () => {
    const doc = await extract(
      [
        '三、收到和处理政府信息公开申请情况',
        '',
        '     7.属于行政执法案卷    —    —    —    —    —    —    —',
        ' 果                     5    1    3    —    —    —    9',
        '     8.属于行政查询事项',
        '                       —    —    2    —    —    —    2',
        ' 法 （ 1.本机关不掌握相关政府信息',
        ' 提 四 2.没有现成信息需要另行制作    —    —    4    —    —    —    4',
        '无  3.补正后申请内容仍不明确',
        '                       1    —    —    —    —    —    1',
        '（五）不予处理  1.信访举报投诉类申请    —    —    —    —    —    —    —',
      ].join('\n'),
    );
    const rows = rowsOf(tables(doc.blocks)[0]);
    expect(rows[1]).toEqual(['果', '8.属于行政查询事项', '5', '1', '3', '—', '—', '—', '9']);
    expect(rows[2]).toEqual(['法 （ 1.本机关不掌握相关政府信息', '—', '—', '2', '—', '—', '—', '2']);
    // 无 of a vertical （四）无法提供 is no row of values: the label after it does not join the row above.
    expect(rows[4]).toEqual(['无', '3.补正后申请内容仍不明确']);
  });

  test('a label piece above values led only by a vertical group character is their label, not the tail of the row above', async () => {
    const doc = await extract(
      [
        '三、收到和处理政府信息公开申请情况',
        '',
        '      重复申请        —     —    1      —    —   3    4',
        '      要求提供公开出版',
        '   不              —     —    5      —    —   —    5',
        '   予 物',
        '   处 4.无正当理由大量反复申请  2     —    —      —    —   —    2',
      ].join('\n'),
    );
    const rows = rowsOf(tables(doc.blocks)[0]);
    // Before, the piece joined the row above: 重复申请要求提供公开出版, read as the next row's label.
    expect(rows[0]).toEqual(['重复申请', '—', '—', '1', '—', '—', '3', '4']);
    expect(rows[1]).toEqual(['要求提供公开出版']);
  });

  test('up to four characters of a vertical group label before an item number: the label starts a row of its own', async () => {
    const doc = await extract(
      [
        '三、收到和处理政府信息公开申请情况',
        '',
        '        2.重复申请                          3    3',
        '  （五）不   3.要求提供公开出版物     8       3       2   13',
        '   予处理 4.无正当理由大量反复申请',
        '          5.要求行政机关确认或重新出具已获取信息     1    1',
      ].join('\n'),
    );
    const rows = rowsOf(tables(doc.blocks)[0]);
    // Before, 予处理 4.无正当理由… joined the row above: its numbers were read on 4.'s row.
    expect(rows[1]).toEqual(['（五）不', '3.要求提供公开出版物', '8', '3', '2', '13']);
    expect(rows[2]).toEqual(['予处理 4.无正当理由大量反复申请']);
  });

  test("a numbered label waits for no values whose line has a label of its own after a group label's character", async () => {
    const doc = await extract(
      [
        '三、收到和处理政府信息公开申请情况',
        '',
        '  年 予公开 4.保护第三方合法权益',
        '  度      5.属于三类内部事务信息    8        8',
      ].join('\n'),
    );
    const rows = rowsOf(tables(doc.blocks)[0]);
    expect(rows[0]).toEqual(['年 予公开 4.保护第三方合法权益']);
    expect(rows[1]).toEqual(['度', '5.属于三类内部事务信息', '8', '8']);
  });

  test('tab-separated lines carry no columns', async () => {
    const doc = await extract('规章\t0\t0\t0');
    expect(tables(doc.blocks)[0].cells.every((c) => c.textColumn === undefined)).toBe(true);
  });
});
