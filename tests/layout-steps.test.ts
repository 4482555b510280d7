import { cellMatrix, type Table } from '../extractors/model.js';
import { splitAtCellBorders } from '../src/layout/assign.js';
import { closeOpenEnds, joinEdges, snapEdges, splitByOrientation } from '../src/layout/edges.js';
import { cellsFromIntersections, gridOf, groupCellsIntoTables, intersections } from '../src/layout/grid.js';
import { documentBlocks } from '../src/layout/index.js';
import { ruledTables } from '../src/layout/ruled-tables.js';
import { cellText, stripCjkSpaces } from '../src/layout/text-join.js';
import { doc, gridLines, hLine, page, run, textAt, vLine } from './helpers/layout-fixtures.js';

const tables = (blocks: { kind: string }[]) => blocks.filter((b): b is Table => b.kind === 'table');
const texts = (t: Table) => cellMatrix(t).map((row) => row.map((c) => c?.text ?? null));

describe('edges', () => {
  test('nearly collinear pieces snap to one line and touching pieces join', () => {
    const { horizontal } = splitByOrientation([hLine(100, 0, 50), hLine(101.5, 51, 120), hLine(140, 0, 120)]);
    const joined = joinEdges(snapEdges(horizontal));
    expect(joined).toHaveLength(2);
    expect(joined[0]).toMatchObject({ from: 0, to: 120 });
    expect(joined[0].pos).toBeCloseTo(100.75);
  });

  test('vertical lines ending together with no line across get a closing edge (page-break cut)', () => {
    const edges = splitByOrientation([
      hLine(100, 0, 200),
      vLine(0, 100, 300),
      vLine(100, 100, 300),
      vLine(200, 100, 300),
    ]);
    expect(closeOpenEnds(edges)).toEqual([{ pos: 300, from: 0, to: 200 }]);
  });
});

describe('cells and grid', () => {
  test('a header cell spanning two columns gets colSpan 2; a label spanning two rows rowSpan 2', () => {
    // columns 0-100-200-300, rows 0-20-40-60; header (row 0) spans cols 1-2; label (col 0) spans rows 1-2
    const lines = [
      hLine(0, 0, 300),
      hLine(20, 100, 300),
      hLine(40, 100, 300),
      hLine(60, 0, 300),
      vLine(0, 0, 60),
      vLine(100, 0, 60),
      vLine(200, 20, 60),
      vLine(300, 0, 60),
    ];
    const edges = splitByOrientation(lines);
    const groups = groupCellsIntoTables(cellsFromIntersections(intersections(edges)));
    expect(groups).toHaveLength(1);
    const grid = gridOf(groups[0]);
    expect(grid.xs).toEqual([0, 100, 200, 300]);
    const byPos = (r: number, c: number) => grid.cells.find((g) => g.row === r && g.col === c);
    expect(byPos(0, 1)).toMatchObject({ colSpan: 2, rowSpan: 1 });
    expect(byPos(0, 0)).toMatchObject({ rowSpan: 3, colSpan: 1 });
    expect(grid.cells).toHaveLength(6);
  });

  test('a lone box is not a table', () => {
    const edges = splitByOrientation(gridLines([0, 100], [0, 50]));
    expect(groupCellsIntoTables(cellsFromIntersections(intersections(edges)))).toHaveLength(0);
  });
});

describe('cell text', () => {
  test('a wrapped label is one label, without the spaces pdf.js puts between Chinese characters', () => {
    const runs = [textAt('（二）部分公开（区分处理的，只计这一情 形，不', 10, 10), textAt('计其他情形）', 10, 24)];
    expect(cellText(runs)).toBe('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
  });

  test('spaces between ASCII words and numbers stay, spaces by Chinese characters go', () => {
    expect(stripCjkSpaces('无正当理由大量反复 申请')).toBe('无正当理由大量反复申请');
    expect(stripCjkSpaces('商 业 企')).toBe('商业企');
    expect(stripCjkSpaces('12 345')).toBe('12 345');
    expect(cellText([textAt('12', 10, 10), textAt('345', 30, 10)])).toBe('12 345');
  });

  test('vertical runs read downward as one string, several items of one label joined', () => {
    const v = (text: string, y0: number, y1: number) => run(text, [90, y0, 100, y1], { vertical: true, fontSize: 10 });
    expect(cellText([v('度办理结果', 640, 690), v('三、本年', 600, 640)])).toBe('三、本年度办理结果');
  });

  test('a number wrapped at the right border of its cell is joined back; a short line is not a wrap', () => {
    // Font size 10 (the run height); '1,62' ends near the border at x=40, '2' continues below.
    const wrapped = [run('1,62', [12, 10, 38, 20]), run('2', [12, 24, 18, 34])];
    expect(cellText(wrapped, 40)).toBe('1,622');
    expect(cellText([run('3', [12, 10, 18, 20]), run('5', [12, 24, 18, 34])], 40)).toBe('3 5');
  });

  test('a header typed one character per line reads as one word', () => {
    expect(cellText(['结', '果', '维', '持'].map((ch, i) => textAt(ch, 20, 100 + i * 13)))).toBe('结果维持');
  });
});

describe('runs to cells', () => {
  test('a run holding the digits of two narrow cells is cut at the border, no digit added or lost', () => {
    const glued = run('3960704', [100, 10, 135, 20]); // 7 digits, 5pt each
    const pieces = splitAtCellBorders(glued, [
      [80, 0, 120, 30],
      [120, 0, 160, 30],
    ]);
    expect(pieces.map((p) => p.text)).toEqual(['3960', '704']);
    expect(pieces.map((p) => p.text).join('')).toBe('3960704');
  });

  test('ruled table: each run lands in its cell', () => {
    const xs = [50, 150, 200, 250];
    const ys = [100, 120, 140];
    const runs = [
      textAt('信息内容', 55, 105),
      textAt('甲', 155, 105),
      textAt('乙', 205, 105),
      textAt('规章', 55, 125),
      textAt('1', 160, 125),
      textAt('23', 210, 125),
    ];
    const result = ruledTables(page(1, [...runs, textAt('正文', 50, 300)], gridLines(xs, ys)));
    expect(result.tables).toHaveLength(1);
    expect(texts(result.tables[0].table)).toEqual([
      ['信息内容', '甲', '乙'],
      ['规章', '1', '23'],
    ]);
    expect(result.rest.map((r) => r.text)).toEqual(['正文']);
  });
});

/** A 3-column table (label, two values) with a header row at the top of the page region. */
function tablePage(n: number, top: number, rows: string[][], opts: { openTop?: boolean; openBottom?: boolean } = {}) {
  const xs = [50, 200, 300, 400];
  const ys = rows.map((_, i) => top + i * 20).concat(top + rows.length * 20);
  const runs = rows.flatMap((cells, r) => cells.map((t, c) => textAt(t, xs[c] + 4, ys[r] + 5)).filter((x) => x.text));
  let lines = gridLines(xs, ys);
  if (opts.openTop) lines = lines.filter((l) => !(l.y0 === l.y1 && l.y0 === ys[0]));
  if (opts.openBottom) lines = lines.filter((l) => !(l.y0 === l.y1 && l.y0 === ys[ys.length - 1]));
  return page(n, runs, lines);
}

describe('tables cut by a page break', () => {
  test('joined into one table, the repeated header dropped, with a warning', () => {
    const p1 = tablePage(1, 600, [
      ['项目', '甲', '乙'],
      ['规章', '1', '2'],
      ['文件', '3', '4'],
    ]);
    const p2 = tablePage(2, 80, [
      ['项目', '甲', '乙'],
      ['许可', '5', '6'],
    ]);
    const result = documentBlocks(doc([p1, p2]));
    const [t] = tables(result.value);
    expect(tables(result.value)).toHaveLength(1);
    expect(texts(t)).toEqual([
      ['项目', '甲', '乙'],
      ['规章', '1', '2'],
      ['文件', '3', '4'],
      ['许可', '5', '6'],
    ]);
    expect(t.pages).toEqual([1, 2]);
    expect(result.warnings.map((w) => w.code)).toEqual(['table_joined_across_pages']);
  });

  test('joined without a repeated header; a row cut open by the break becomes one row', () => {
    const p1 = tablePage(
      1,
      600,
      [
        ['项目', '甲', '乙'],
        ['1.要求行政机关确认或重新出具', '', ''],
      ],
      { openBottom: true },
    );
    const p2 = tablePage(
      2,
      80,
      [
        ['已获取信息', '7', '8'],
        ['2.重复申请', '0', '1'],
      ],
      { openTop: true },
    );
    const [t] = tables(documentBlocks(doc([p1, p2])).value);
    expect(texts(t)).toEqual([
      ['项目', '甲', '乙'],
      ['1.要求行政机关确认或重新出具已获取信息', '7', '8'],
      ['2.重复申请', '0', '1'],
    ]);
  });

  test('two closed rows of blanks and labels stay two rows', () => {
    const p1 = tablePage(1, 600, [
      ['项目', '甲', '乙'],
      ['无正当理由大量反复申请', '', ''],
    ]);
    const p2 = tablePage(2, 80, [['要求行政机关确认', '', '2']]);
    const [t] = tables(documentBlocks(doc([p1, p2])).value);
    expect(t.nRows).toBe(3);
  });

  test("a blank row whose label fills its cell and the next page's first row, each a whole template label, stay two rows", () => {
    // 属于行政查询事项 lost its 8. in print: only the template knows it is a row of its own
    // a label column 100 wide: 7.属于行政执法案卷 fills its line, as a label wrapped over the break would
    const xs = [50, 150, 200, 250];
    const p1 = page(
      1,
      [textAt('项目', 54, 605), textAt('甲', 154, 605), textAt('乙', 204, 605), textAt('7.属于行政执法案卷', 54, 625)],
      gridLines(xs, [600, 620, 640]),
    );
    const p2 = page(
      2,
      [textAt('属于行政查询事项', 54, 85), textAt('3', 154, 85), textAt('3', 204, 85)],
      gridLines(xs, [80, 100]),
    );
    const [t] = tables(documentBlocks(doc([p1, p2])).value);
    expect(texts(t).map((r) => r[0])).toEqual(['项目', '7.属于行政执法案卷', '属于行政查询事项']);
  });

  test('tables of different widths are not joined', () => {
    const p1 = tablePage(1, 600, [
      ['项目', '甲', '乙'],
      ['规章', '1', '2'],
    ]);
    const narrow = page(2, [textAt('其他', 55, 85), textAt('9', 110, 85)], gridLines([50, 100, 150], [80, 100, 120]));
    expect(tables(documentBlocks(doc([p1, narrow])).value)).toHaveLength(2);
  });
});

describe('text-alignment fallback', () => {
  test('a table drawn without lines comes out as an aligned grid with one column per value band', () => {
    const rows = [
      ['信息内容', '本年制发件数', '本年废止件数'],
      ['规章', '12', '0'],
      ['行政规范性文件', '7', '30'],
      ['其他', '—', '5'],
    ];
    const runs = rows.flatMap((cells, r) => [
      textAt(cells[0], 60, 200 + r * 20),
      textAt(cells[1], 220, 200 + r * 20),
      textAt(cells[2], 330, 200 + r * 20),
    ]);
    const result = documentBlocks(doc([page(1, [textAt('二、主动公开政府信息情况', 60, 150, 16), ...runs], [])]));
    const [t] = tables(result.value);
    expect(t.geometry).toBe('aligned');
    const body = texts(t).filter((row) => row.some((c) => c && /\d|—/.test(c)));
    expect(body).toEqual([
      ['规章', '12', '0'],
      ['行政规范性文件', '7', '30'],
      ['其他', '—', '5'],
    ]);
    expect(result.value[0]).toMatchObject({ kind: 'paragraph', text: '二、主动公开政府信息情况' });
  });
});

describe('paragraphs', () => {
  test('a heading starts its own paragraph; wrapped prose lines join; page numbers are dropped', () => {
    const lines = [
      textAt('一、总体情况', 60, 100),
      textAt('本年度共主动公开信息一千条，', 80, 130),
      textAt('较上年有所增加。', 60, 145),
      textAt('- 1 -', 280, 800),
    ];
    const result = documentBlocks(doc([page(1, lines, [])]));
    expect(result.value.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      '一、总体情况',
      '本年度共主动公开信息一千条，较上年有所增加。',
    ]);
  });

  test('a document without pages keeps its blocks', () => {
    const blocks = [{ kind: 'paragraph' as const, text: 'x' }];
    expect(documentBlocks({ format: 'docx', pageCount: null, pages: [], blocks }).value).toBe(blocks);
  });
});
