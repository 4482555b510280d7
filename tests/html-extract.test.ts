/** Saved report pages built here: GBK and UTF-8, Word-exported quirks, layout wrappers. */
import { extractHtml } from '../extractors/html/index.js';
import { buildGrid } from '../extractors/html/grid.js';
import { cellMatrix, type Block, type Paragraph, type Table } from '../extractors/model.js';

/** GBK bytes for a string, from an inverse of the platform's GB18030 decoder (Node has no GBK encoder). */
function gbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const codes = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (!codes.has(ch)) codes.set(ch, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else if (codes.has(ch)) bytes.push(...codes.get(ch)!);
    else throw new Error(`no GBK code for ${ch}`);
  }
  return new Uint8Array(bytes);
}

const REQUESTS = `
<table border=1 cellspacing=0 class=MsoNormalTable>
 <tr><td colspan=3 rowspan=3><p class=MsoNormal>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</p></td><td colspan=7>申请人情况</td></tr>
 <tr><td rowspan=2>自然人</td><td colspan=5><p>法人或其他组织</p></td><td rowspan=2>总计</td></tr>
 <tr><td>商业<br>企业</td><td>科研<br/>机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
 <tr><td colspan=3><p class=MsoNormal><span lang=ZH-CN>一、本年新收政府信息
 公开申请数量</span></p></td><td>12</td><td>&nbsp;</td><td>0</td><td>&#12288;</td><td>—</td><td>3</td><td><b>15</b><o:p></o:p></td></tr>
 <tr><td rowspan=2><p>三</p><p>、</p><p>本</p><p>年</p></td><td colspan=2>（一）予以公开</td><td>4</td><td>5</td><td>6</td><td>7</td><td>8</td><td>9</td><td>39</td></tr>
 <tr><td colspan=2>（二）部分公开</td><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>21</td></tr>
 <![if !supportMisalignedColumns]><tr height=0 style='display:none'><td width=20></td><td width=30></td></tr><![endif]>
</table>`;

const PAGE = (charsetMeta: string) => `<html><head>${charsetMeta}<title>年度报告</title><style>td{border:1px}</style>
<script>var x = "<p>不是内容</p>";</script></head>
<body><table width=900><tr><td>
<div class=title>某某局2023年政府信息公开工作年度报告</div>
<p>一、总体情况</p><p>&nbsp;&nbsp;本机关认真贯彻落实。<br>第二行。</p>
<p>三、收到和处理政府信息公开申请情况</p>
${REQUESTS}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
</td></tr></table></body></html>`;

const tables = (blocks: Block[]) => blocks.filter((b): b is Table => b.kind === 'table');
const texts = (blocks: Block[]) => blocks.filter((b): b is Paragraph => b.kind === 'paragraph').map((b) => b.text);
const grid = (t: Table) => cellMatrix(t).map((row) => row.map((c) => c?.text ?? null));

describe('HTML report pages', () => {
  test('a GBK page (http-equiv charset) gives the table grid and the paragraphs in reading order', async () => {
    const bytes = gbk(PAGE('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'));
    const { value, warnings } = await extractHtml(bytes, {});
    expect(value).toMatchObject({ format: 'html', pageCount: null, pages: [] });
    expect(warnings).toEqual([]);
    // The one-cell wrapper table is page layout: read through, not a table.
    expect(tables(value.blocks)).toHaveLength(1);
    expect(texts(value.blocks)).toEqual([
      '某某局2023年政府信息公开工作年度报告',
      '一、总体情况',
      '本机关认真贯彻落实。',
      '第二行。',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ]);
    expect(value.blocks.findIndex((b) => b.kind === 'table')).toBe(5);

    const t = tables(value.blocks)[0];
    expect(t).toMatchObject({ geometry: 'structural', nRows: 6, nCols: 10 });
    const g = grid(t);
    expect(g[1].slice(3)).toEqual([
      '自然人',
      '法人或其他组织',
      '法人或其他组织',
      '法人或其他组织',
      '法人或其他组织',
      '法人或其他组织',
      '总计',
    ]);
    expect(g[2].slice(3)).toEqual([
      '自然人',
      '商业\n企业',
      '科研\n机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ]);
    // A source line break inside Chinese text is Word's wrapping, not a space; &nbsp; or U+3000 alone is blank.
    expect(g[3]).toEqual([
      '一、本年新收政府信息公开申请数量',
      '一、本年新收政府信息公开申请数量',
      '一、本年新收政府信息公开申请数量',
      '12',
      '',
      '0',
      '',
      '—',
      '3',
      '15',
    ]);
    // A label typed one character per paragraph is joined; the group label spans its rows.
    expect(g[4]).toEqual(['三、本年', '（一）予以公开', '（一）予以公开', '4', '5', '6', '7', '8', '9', '39']);
    expect(g[5][0]).toBe('三、本年');
    expect(g[5].slice(3)).toEqual(['1', '2', '3', '4', '5', '6', '21']);
  });

  test('<meta charset> UTF-8 and an undeclared GBK page both decode', async () => {
    const utf8 = await extractHtml(new TextEncoder().encode(PAGE('<meta charset="utf-8">')), {});
    expect(texts(utf8.value.blocks)[1]).toBe('一、总体情况');
    const undeclared = await extractHtml(gbk(PAGE('')), {});
    expect(texts(undeclared.value.blocks)[1]).toBe('一、总体情况');
    expect(undeclared.warnings.map((w) => w.code)).toEqual(['HTML_CHARSET']);
  });

  test('a UTF-8 BOM wins over a wrong declaration', async () => {
    const body = new TextEncoder().encode(PAGE('<meta charset="gbk">'));
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
    expect(texts((await extractHtml(bytes, {})).value.blocks)[1]).toBe('一、总体情况');
  });

  test('a stale gb2312 declaration over UTF-8 bytes reads as UTF-8; an XML declaration names GBK', async () => {
    const stale = await extractHtml(
      new TextEncoder().encode(PAGE('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')),
      {},
    );
    expect(texts(stale.value.blocks)[1]).toBe('一、总体情况');
    expect(stale.warnings.map((w) => w.code)).toEqual(['HTML_CHARSET']);
    const xhtml = await extractHtml(gbk(`<?xml version="1.0" encoding="GBK"?>\n${PAGE('')}`), {});
    expect(texts(xhtml.value.blocks)[1]).toBe('一、总体情况');
    expect(xhtml.warnings).toEqual([]);
  });

  test('a layout table of several cells (it holds a table) is read through, its nested table kept', async () => {
    const html = `<table><tr><td>左栏</td><td><p>正文</p><table><tr><td>a</td><td rowspan=0>b</td></tr><tr><td>c</td></tr></table></td></tr></table>`;
    const { value } = await extractHtml(new TextEncoder().encode(`<html><body>${html}</body></html>`), {});
    expect(texts(value.blocks)).toEqual(['左栏', '正文']);
    expect(grid(tables(value.blocks)[0])).toEqual([
      ['a', 'b'],
      ['c', 'b'],
    ]);
  });
});

describe('grid builder', () => {
  test('a rowspan past the last row is clamped with a warning; overlapping spans are reported', () => {
    const { value, warnings } = buildGrid([
      {
        cells: [
          { text: 'x', colSpan: 1, rowSpan: 5 },
          { text: 'y', colSpan: 1, rowSpan: 1 },
        ],
      },
      { cells: [{ text: 'z', colSpan: 2, rowSpan: 1 }], offset: 0 },
    ]);
    expect(value.cells.find((c) => c.text === 'x')?.rowSpan).toBe(2);
    expect(value.cells.find((c) => c.text === 'z')).toMatchObject({ row: 1, col: 1 });
    expect(warnings.map((w) => w.code)).toEqual(['ROWSPAN_CLAMPED']);
    const overlap = buildGrid([
      {
        cells: [
          { text: 'a', colSpan: 1, rowSpan: 1 },
          { text: 'b', colSpan: 1, rowSpan: 2 },
        ],
      },
      { cells: [{ text: 'c', colSpan: 2, rowSpan: 1 }] },
    ]);
    expect(overlap.warnings.map((w) => w.code)).toContain('CELL_OVERLAP');
  });
});
