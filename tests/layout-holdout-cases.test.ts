/**
 * Layout cases first met on holdout PDFs, rebuilt here from synthetic runs:
 * text crossing its cell's border over other text goes back across the border; a centred group
 * header standing over one column's header is still a group; a continuation page without a
 * header and with blank zeros puts its numbers under the previous page's columns, also when it
 * opens on a blank row's label and shows few columns; the header of a
 * column of blank zeros set close beside its neighbour's still places that column; the last line of
 * a header row cut by a page break, printed just past the table's open bottom, stays in its cell;
 * two blank rows each labelled by a whole template label stay two rows; the header of a table
 * drawn without lines, cut by a page break, is read whole on the next page; a part 二 item of one
 * row set apart is a table; a bare group number level with an item's numbers and a vertical group
 * label beside the first rows of a page belong to the body; a ruled table cut between its header
 * and its first values keeps blank values blank; rows left open at a page break stay two rows when
 * the next one has its own item number and numbers; a wrapped label whose numbers stand level with
 * its first line reads on while it is the start of a template row label.
 */
import { cellMatrix, type Page, type Table, type TextRun } from '../extractors/model.js';
import { documentBlocks } from '../src/layout/index.js';
import { ruledTables } from '../src/layout/ruled-tables.js';
import { doc, gridLines, hLine, page, textAt, vLine } from './helpers/layout-fixtures.js';

const FONT = 9;
const width = (text: string) => FONT * [...text].length * (/^\d+$/.test(text) ? 0.5 : 1);
const run = (text: string, x: number, y: number): TextRun => ({
  text,
  bbox: [x, y, x + width(text), y + FONT],
  fontSize: FONT,
  fontName: 'f',
  vertical: false,
});
/** Numbers stand centred in their column. */
const number = (text: string, center: number, y: number) => run(text, center - width(text) / 2, y);
/** A header typed one character per line. */
const stacked = (word: string, x: number, y: number) => [...word].map((ch, i) => run(ch, x, y + i * 13));

const rowTexts = (t: Table) => cellMatrix(t).map((row) => row.map((c) => c?.text ?? ''));
const tablesOf = (pages: Page[]) => documentBlocks(doc(pages)).value.filter((b): b is Table => b.kind === 'table');

describe('text crossing its cell border over other text', () => {
  test('the last character of a one-per-line header hanging into the value row goes back to the header', () => {
    // header row 100-150, value row 150-170; 持 stands 147-157, its centre in the value row, over the 0
    const runs = [
      textAt('项目', 55, 105),
      ...['结', '果', '维'].map((ch, i) => textAt(ch, 170, 108 + i * 13)),
      textAt('持', 170, 147),
      textAt('总计', 205, 105),
      textAt('行政复议', 55, 155),
      textAt('0', 172, 151),
      textAt('3', 210, 155),
    ];
    const { tables } = ruledTables(page(1, runs, gridLines([50, 150, 200, 250], [100, 150, 170])));
    expect(rowTexts(tables[0].table)).toEqual([
      ['项目', '结果维持', '总计'],
      ['行政复议', '0', '3'],
    ]);
  });

  test('a run crossing the border without printing over anything stays where its centre is', () => {
    const runs = [
      textAt('项目', 55, 105),
      textAt('维持', 160, 105),
      textAt('行政复议', 55, 155),
      textAt('12', 172, 147),
    ];
    const { tables } = ruledTables(page(1, runs, gridLines([50, 150, 200], [100, 150, 170])));
    expect(rowTexts(tables[0].table)).toEqual([
      ['项目', '维持'],
      ['行政复议', '12'],
    ]);
  });
});

/** Seven value columns 38pt apart: 自然人, five kinds of organisation, 总计. */
const CENTERS = [259, 297, 335, 373, 411, 449, 487];

describe('a centred group header over the header of one column', () => {
  // 法人或其他组织 (341-404) stands over 社会公益组织 only: 社会公益组织 and 法律服务机构 start just
  // below it, the other vertical headers are shorter and start lower; 申请人情况 above it.
  const leaves: [string, number][] = [
    ['自然人', 537],
    ['商业企业', 537],
    ['科研机构', 537],
    ['社会公益组织', 524],
    ['法律服务机构', 524],
    ['其他组织', 537],
    ['总计', 544],
  ];
  const runs: TextRun[] = [
    run('申请人情况', 350, 490),
    run('法人或其他组织', 341, 511),
    ...leaves.flatMap(([word, y], i) => stacked(word, CENTERS[i] - FONT / 2, y)),
    ...[
      ['本年新收申请数量', 603],
      ['上年结转申请数量', 616],
      ['予以公开', 629],
    ].flatMap(([label, y]) => [
      run(label as string, 93, y as number),
      ...CENTERS.map((c, i) => number(String(i + 1 + ((y as number) % 7)), c, y as number)),
    ]),
  ];
  const table = tablesOf([page(1, runs, [])])[0];
  const cellOf = (text: string) => table.cells.find((c) => c.text === text);

  test('each column keeps its own leaf header', () => {
    expect(
      rowTexts(table)
        .flat()
        .filter((t) => /社会公益组织/.test(t)),
    ).toEqual(['社会公益组织']);
    for (const [word] of leaves) expect(cellOf(word)).toBeDefined();
  });

  test('the group header spans the columns it reaches into, and the header above it at least those', () => {
    const group = cellOf('法人或其他组织')!;
    const social = cellOf('社会公益组织')!;
    expect(group.colSpan).toBeGreaterThanOrEqual(2);
    expect(group.col <= social.col && social.col < group.col + group.colSpan).toBe(true);
    const top = cellOf('申请人情况')!;
    expect(top.row).toBeLessThan(group.row);
    expect(top.col).toBeLessThanOrEqual(group.col);
    expect(top.col + top.colSpan).toBeGreaterThanOrEqual(group.col + group.colSpan);
  });
});

describe('a continuation page with no header and blank zeros', () => {
  const header = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他组织', '总计'];
  const values = (label: string, y: number, numbers: string[]) => [
    run(label, 93, y),
    ...numbers.map((v, i) => number(v, CENTERS[i], y)).filter((r) => r.text),
  ];
  const first = page(
    1,
    [
      ...header.flatMap((word, i) => stacked(word, CENTERS[i] - FONT / 2, 600)),
      ...values('本年新收申请数量', 678, ['5', '1', '2', '3', '4', '6', '21']),
      ...values('上年结转申请数量', 691, ['1', '2', '1', '1', '1', '2', '8']),
      ...values('予以公开', 704, ['3', '1', '1', '2', '2', '4', '13']),
    ],
    [],
  );
  // zeros printed blank: 科研机构 holds no number on the next page, so it shows one column less
  const second = page(
    2,
    [
      ...values('部分公开', 80, ['2', '1', '', '3', '1', '1', '8']),
      ...values('不予公开', 93, ['4', '', '', '3', '2', '2', '11']),
      ...values('无法提供', 106, ['1', '2', '', '1', '5', '1', '10']),
    ],
    [],
  );
  const tables = tablesOf([first, second]);

  test('the pages are one table and each number stands under its own column', () => {
    expect(tables).toHaveLength(1);
    const rows = rowTexts(tables[0]);
    const row = (label: string) => rows.find((r) => r[0] === label)!.slice(1);
    expect(row('部分公开')).toEqual(['2', '1', '', '3', '1', '1', '8']);
    expect(row('不予公开')).toEqual(['4', '', '', '3', '2', '2', '11']);
    expect(row('无法提供')).toEqual(['1', '2', '', '1', '5', '1', '10']);
    expect(row('予以公开')).toEqual(['3', '1', '1', '2', '2', '4', '13']);
  });

  test("a page opening on a blank row's label, its numbers in three columns only, still continues the table", () => {
    // the columns it shows stand apart where the first page's do not, so the borders disagree
    const next = page(
      2,
      [
        run('4.无正当理由大量反复申请', 93, 80),
        ...values('5.要求行政机关确认', 93, ['', '', '', '1', '', '', '1']),
        ...values('（七）总计', 106, ['13', '', '', '4', '', '4', '21']),
      ],
      [],
    );
    const joined = tablesOf([first, next]);
    expect(joined).toHaveLength(1);
    const rows = rowTexts(joined[0]);
    expect(rows.find((r) => r[0] === '（七）总计')!.slice(1)).toEqual(['13', '', '', '4', '', '4', '21']);
    expect(rows.some((r) => r[0] === '4.无正当理由大量反复申请')).toBe(true);
  });

  test("each blank place is a cell of one column, never one cell across two of the first page's columns", () => {
    // 法律服务机构 blank in every row of the next page, 其他组织 in all but the last
    const next = page(
      2,
      [
        ...values('部分公开', 80, ['2', '1', '1', '3', '', '', '7']),
        ...values('不予公开', 93, ['4', '1', '2', '3', '', '', '10']),
        ...values('无法提供', 106, ['1', '2', '1', '1', '', '3', '8']),
      ],
      [],
    );
    const joined = tablesOf([first, next])[0];
    const valueCells = joined.cells.filter((c) => c.col >= 1 && c.row >= joined.nRows - 3);
    expect(valueCells.filter((c) => c.colSpan !== 1)).toEqual([]);
    expect(valueCells).toHaveLength(3 * header.length);
  });
});

describe('label lines of blank rows printed as close as wrapped lines', () => {
  // one line pitch throughout; zeros blank, so only 1.第一项 and 3.第三项 have numbers;
  // 属于三类内部事务的信息 (11 characters) ends 2 ems short of the widest line (13), room for the 属 below it
  const lines: [string, string[]][] = [
    ['1.第一项很长很长很长很长', ['2', '3']],
    ['的标签', []],
    ['属于三类内部事务的信息', []],
    ['属于四类过程性信息', []],
    ['3.第三项', ['1', '1']],
    ['4.第四项也很长很长很长很', []],
    ['长的标签', []],
  ];
  const runs = lines.flatMap(([label, numbers], i) => [
    run(label, 180, 100 + 13 * i),
    ...numbers.map((v, k) => number(v, 320 + 40 * k, 100 + 13 * i)),
  ]);
  const rows = rowTexts(tablesOf([page(1, runs, [])])[0]).map((r) => r[0]);

  test("a line with room left for the next line's first word ended its label: the next line is a row of its own", () => {
    expect(rows).toEqual(expect.arrayContaining(['属于三类内部事务的信息', '属于四类过程性信息']));
  });

  test('a line that had no room left wraps on into the line below', () => {
    expect(rows).toEqual(
      expect.arrayContaining(['1.第一项很长很长很长很长的标签', '4.第四项也很长很长很长很长的标签']),
    );
  });
});

describe('two label lines of blank rows, each a whole row label of the template', () => {
  // the second lost its item number in print and the first fills its line: only the template tells them apart
  const lines: [string, string[]][] = [
    ['3.危及“三安全一稳定”', ['1', '1']],
    ['1.本机关不掌握相关政府信息', []],
    ['没有现成信息需要另行制作', []],
    ['3.补正后申请内容仍不明确', ['2', '2']],
  ];
  const runs = lines.flatMap(([label, numbers], i) => [
    run(label, 180, 100 + 13 * i),
    ...numbers.map((v, k) => number(v, 440 + 40 * k, 100 + 13 * i)),
  ]);

  test('are two rows', () => {
    const rows = rowTexts(tablesOf([page(1, runs, [])])[0]).map((r) => r[0]);
    expect(rows).toEqual(expect.arrayContaining(['1.本机关不掌握相关政府信息', '没有现成信息需要另行制作']));
  });
});

describe('a column of blank zeros whose header stands close beside its neighbour', () => {
  // 社会公|法律服 and 益组织|务机构 are set 6 pt apart (under a cell gap, over a word gap); 法律服务机构 has no numbers
  const runs = [
    run('项目', 50, 100),
    ...[run('自然人', 106, 100), run('商业', 151, 100), run('社会公', 183, 100), run('法律服', 216, 100)],
    ...[run('总计', 301, 100), run('益组织', 183, 113), run('务机构', 216, 113), run('其他', 261, 106)],
    ...[
      run('申请数量', 50, 130),
      ...['17', '5', '3', '5', '30'].map((v, k) => number(v, [120, 160, 197, 270, 310][k], 130)),
    ],
    ...[
      run('予以公开', 50, 145),
      ...['12', '2', '2', '2', '18'].map((v, k) => number(v, [120, 160, 197, 270, 310][k], 145)),
    ],
  ];

  test('keeps its own column: the numbers under 其他 stay under 其他', () => {
    expect(rowTexts(tablesOf([page(1, runs, [])])[0])).toEqual([
      ['项目', '自然人', '商业', '社会公益组织', '法律服务机构', '其他', '总计'],
      ['申请数量', '17', '5', '3', '', '5', '30'],
      ['予以公开', '12', '2', '2', '', '2', '18'],
    ]);
  });
});

describe('a header row cut by a page break', () => {
  // the row 125-150 has no ruling at its bottom (the page break cut it); its second line prints at 151
  const rulings = [hLine(100, 50, 250), hLine(125, 50, 250), ...[50, 150, 200, 250].map((x) => vLine(x, 100, 150))];
  const runs = [
    textAt('行政复议', 160, 108),
    textAt('结果', 155, 132),
    textAt('维持', 155, 151),
    textAt('结果', 205, 132),
    textAt('纠正', 205, 151),
  ];
  const { tables, rest } = ruledTables(page(1, runs, rulings));

  test('its last line, just past the open bottom, stays in the cells above it', () => {
    expect(rest).toEqual([]);
    expect(rowTexts(tables[0].table)[1].slice(1)).toEqual(['结果维持', '结果纠正']);
  });

  test("text past a ruled bottom is not the table's", () => {
    const closed = ruledTables(page(1, runs, [...rulings, hLine(150, 50, 250)]));
    expect(closed.rest.map((r) => r.text)).toEqual(['维持', '纠正']);
  });
});

describe('a header cut by a page break, on a table drawn without lines', () => {
  // stacked header words: 自然人, 法律服务机构 (a column of blank zeros) and 总计 end on the first page
  const header = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他组织', '总计'];
  const onFirst = [3, 2, 2, 2, 6, 2, 2];
  const values = (label: string, y: number, numbers: string[]) => [
    run(label, 93, y),
    ...numbers.map((v, i) => number(v, CENTERS[i], y)).filter((r) => r.text),
  ];
  const first = page(
    1,
    [
      run('三、收到和处理政府信息公开申请情况', 93, 740),
      ...header.flatMap((word, i) => stacked(word.slice(0, onFirst[i]), CENTERS[i] - FONT / 2, 770)),
    ],
    [],
  );
  const second = page(
    2,
    [
      ...header.flatMap((word, i) => stacked(word.slice(onFirst[i]), CENTERS[i] - FONT / 2, 80)),
      ...values('本年新收申请数量', 140, ['5', '1', '2', '3', '', '6', '17']),
      ...values('上年结转申请数量', 153, ['1', '2', '1', '1', '', '2', '7']),
      ...values('予以公开', 166, ['3', '1', '1', '2', '', '4', '11']),
    ],
    [],
  );

  test('its lines at the foot of the first page join the header on the second', () => {
    const tables = tablesOf([first, second]);
    expect(tables).toHaveLength(1);
    const headerTexts = tables[0].cells.filter((c) => c.row === 0).map((c) => c.text);
    expect(headerTexts).toEqual(expect.arrayContaining(header));
  });

  test('the blank column keeps its place under its header', () => {
    const rows = rowTexts(tablesOf([first, second])[0]);
    expect(rows.find((r) => r[0] === '本年新收申请数量')!.slice(1)).toEqual(['5', '1', '2', '3', '', '6', '17']);
  });
});

describe('a part 二 item of one row, set apart, on a table drawn without lines', () => {
  const item = [
    run('第二十条第（八）项', 200, 300),
    run('信息内容', 120, 313),
    run('本年收费金额（单位：万元）', 260, 313),
    run('行政事业性收费', 93, 326),
    number('8372.85', 330, 326),
  ];

  test('is a table: its header is one the template names', () => {
    const rows = rowTexts(tablesOf([page(1, item, [])])[0]);
    expect(rows.at(-1)).toEqual(['行政事业性收费', '8372.85']);
  });

  test('a lone line of prose with a number under a heading is not', () => {
    const prose = [run('五、存在的主要问题及改进情况', 93, 300), run('全年收费', 93, 313), number('12', 330, 313)];
    expect(tablesOf([page(1, prose, [])])).toEqual([]);
  });
});

describe('a group label whose bare number stands level with the numbers of the item beside it', () => {
  // (五) over 不予处理 sits at the height of 14, between the two lines of 3.要求提供公开出版 | 物
  const y = (k: number) => 100 + 13 * k;
  const runs = [
    run('1.信访举报投诉类申请', 180, y(0)),
    number('1', 320, y(0)),
    number('1', 400, y(0)),
    run('2.重复申请', 180, y(1)),
    number('2', 320, y(1)),
    number('2', 400, y(1)),
    run('3.要求提供公开出版', 180, y(2)),
    run('（五）', 120, y(2.5)),
    number('14', 320, y(2.5)),
    number('14', 400, y(2.5)),
    run('物', 180, y(3)),
    run('不予处理', 120, y(3.5)),
    run('4.无正当理由大量反复', 180, y(4)),
    number('3', 320, y(4)),
    number('3', 400, y(4)),
  ];

  test('the numbers are the item’s, not a row of the group label', () => {
    const rows = rowTexts(tablesOf([page(1, runs, [])])[0]);
    const row = rows.find((r) => r.some((c) => c.startsWith('3.要求提供公开出版')));
    expect(row?.slice(-2)).toEqual(['14', '14']);
  });
});

describe('a vertical group label beside the first rows of a continuation page', () => {
  const y = (k: number) => 100 + 13 * k;
  // its top a little below the top of the first label line, so that it sorts between that line and the numbers
  const vertical: TextRun = { ...run('（四）无法提供', 120, y(0) + 1), vertical: true };
  vertical.bbox = [120, y(0) + 1, 120 + FONT, y(0) + 1 + 7 * FONT];
  const runs = [
    run('1.本机关不掌握相关', 180, y(0)),
    vertical,
    number('1', 320, y(0.5)),
    number('1', 400, y(0.5)),
    run('政府信息', 180, y(1)),
    run('2.没有现成信息需要另行', 180, y(2)),
    number('2', 320, y(2.5)),
    number('2', 400, y(2.5)),
    run('制作', 180, y(3)),
    run('3.补正后申请内容仍不明确', 180, y(4)),
    number('3', 320, y(4)),
    number('3', 400, y(4)),
  ];

  test('the first item’s label above its numbers is the body’s, not a header', () => {
    const rows = rowTexts(tablesOf([page(1, runs, [])])[0]);
    const row = rows.find((r) => r.some((c) => c.startsWith('1.本机关不掌握相关')));
    expect(row?.slice(-2)).toEqual(['1', '1']);
  });
});

describe('a ruled table cut by a page break', () => {
  const xs = [50, 150, 250, 350];
  const rowsOf = (pages: Page[]) => tablesOf(pages).map(rowTexts);

  test('a page of header only over a row of values: a blank value under a header cell spanning two rows stays blank', () => {
    // 结果维持 spans both header rows; 行政诉讼 spans two columns over 维持 | 总计
    const header = page(
      1,
      [textAt('结果维持', 60, 130), textAt('行政诉讼', 160, 108), textAt('维持', 160, 132), textAt('总计', 260, 132)],
      [
        hLine(100, 50, 350),
        hLine(125, 150, 350),
        hLine(150, 50, 350),
        ...[50, 150, 350].map((x) => vLine(x, 100, 150)),
        vLine(250, 125, 150),
      ],
    );
    const values = page(2, [textAt('1', 290, 86), textAt('1', 190, 86)], gridLines(xs, [80, 100]));
    const rows = rowsOf([header, values]);
    expect(rows).toHaveLength(1);
    expect(rows[0].at(-1)).toEqual(['', '1', '1']);
    expect(rows[0][0][0]).toBe('结果维持');
  });
});

describe('a ruled table whose rows are open at the page break', () => {
  // no ruling closes page 1's last row or opens page 2's first: only the text tells the rows apart
  const xs = [50, 200, 250, 300, 350];
  const first = page(
    1,
    [
      textAt('项目', 55, 108),
      textAt('自然人', 205, 108),
      textAt('商业企业', 255, 108),
      textAt('总计', 305, 108),
      textAt('7.属于行政执法案卷', 55, 132),
      textAt('78', 215, 132),
      textAt('16', 265, 132),
      textAt('94', 315, 132),
    ],
    [hLine(100, 50, 350), hLine(125, 50, 350), ...xs.map((x) => vLine(x, 100, 150))],
  );
  const second = page(
    2,
    [textAt('8.属于行政查询事项', 55, 86), textAt('4', 215, 86), textAt('4', 315, 86)],
    [hLine(105, 50, 350), ...xs.map((x) => vLine(x, 80, 105))],
  );

  test('a next row with its own item number and its own numbers stays a row, its blank cell blank', () => {
    const rows = tablesOf([first, second]).flatMap(rowTexts);
    expect(rows.slice(-2)).toEqual([
      ['7.属于行政执法案卷', '78', '16', '94'],
      ['8.属于行政查询事项', '4', '', '4'],
    ]);
  });
});

describe('a wrapped label whose numbers stand level with its first line', () => {
  // 申请人无正当理由逾期不补 ends 1.5 ems short of the widest label: no room for 正、, so it wrapped;
  // its numbers are level with its first line, not with the middle of its three lines
  const lines: [string, string[]][] = [
    ['5. 要求行政机关确认或重新出', ['15', '16']],
    ['申请人无正当理由逾期不补', ['15', '18']],
    ['正、行政机关不再处理其政府', []],
    ['信息公开申请', []],
    ['2.申请人逾期未按收费', ['0', '5']],
  ];
  const runs = lines.flatMap(([label, numbers], i) => [
    textAt(label, 180, 100 + 13 * i, FONT),
    ...numbers.map((v, k) => number(v, 360 + 40 * k, 100 + 13 * i)),
  ]);

  test('its label reads on while it is the start of a template row label', () => {
    const rows = rowTexts(tablesOf([page(1, runs, [])])[0]);
    expect(rows.find((r) => r[0].startsWith('申请人'))).toEqual([
      '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '15',
      '18',
    ]);
  });
});

describe('the tail of a label cut by the page break, under the repeated header of a table drawn without lines', () => {
  const y = (k: number) => 100 + 13 * k;
  const runs = [
    run('（本列数据的勾稽', 60, y(0)),
    run('关系为：…）', 60, y(1)),
    run('自然', 300, y(0.5)),
    run('总', 380, y(0.5)),
    run('人', 300, y(1.5)),
    run('计', 380, y(1.5)),
    // one line below the header's last, in the label column: the rest of the previous page's last label
    run('请数量', 60, y(2.5)),
    run('二、上年结转政府信息公开申', 60, y(3.5)),
    number('3', 305, y(4)),
    number('3', 385, y(4)),
    run('请数量', 60, y(4.5)),
    run('（一）予以公开', 80, y(5.5)),
    number('5', 305, y(5.5)),
    number('5', 385, y(5.5)),
  ];

  test('is a line of the body, not of the header above', () => {
    const [table] = tablesOf([page(1, runs, [])]);
    const texts = table.cells.map((c) => c.text);
    expect(texts.some((t) => t.startsWith('（本列数据') && t.includes('请数量'))).toBe(false);
    expect(
      rowTexts(table)
        .find((r) => r[0].startsWith('二、'))
        ?.slice(-2),
    ).toEqual(['3', '3']);
  });
});
