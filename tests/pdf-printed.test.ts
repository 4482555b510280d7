/**
 * Issue 14: tables of web pages printed to PDF by Chromium. Borders arrive as filled
 * bevel-cornered quadrilaterals, two per cell edge when cells are boxed apart (cellspacing).
 */
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { IDENTITY } from '../extractors/pdf/matrix.js';
import { readRulings } from '../extractors/pdf/rulings.js';
import { markdownBlocks } from '../extractors/markdown/index.js';
import { mergeDoubleBorders, snapEdges, tableEdges } from '../src/layout/edges.js';
import { mapReport } from '../src/map/index.js';
import { scoredSample } from './helpers/generated.js';
import { hLine, vLine } from './helpers/layout-fixtures.js';

const MOVE = 0,
  LINE = 1,
  CURVE = 2,
  CLOSE = 4;
const fill = (...codes: number[]) => ({
  fnArray: [OPS.constructPath],
  argsArray: [[OPS.fill, [new Float32Array(codes)], null]],
});
const eoFill = (...codes: number[]) => ({
  fnArray: [OPS.constructPath],
  argsArray: [[OPS.eoFill, [new Float32Array(codes)], null]],
});

describe('filled shapes as ruling lines', () => {
  test('a bevel-cornered quadrilateral one unit wide (Chromium) is a line along its length', () => {
    // Chromium's right border of a boxed cell: x 545..546, the top corner bevelled by one unit.
    expect(readRulings(fill(MOVE, 545, 1863, LINE, 545, 2793, LINE, 546, 2793, LINE, 546, 1862), IDENTITY)).toEqual([
      { x0: 545.5, y0: 1862, x1: 545.5, y1: 2793 },
    ]);
    expect(readRulings(fill(MOVE, 8, 1862, LINE, 546, 1862, LINE, 546, 1863, LINE, 8, 1863, CLOSE), IDENTITY)).toEqual([
      { x0: 8, y0: 1862.5, x1: 546, y1: 1862.5 },
    ]);
  });

  test('a frame (two nested rectangles filled even-odd) is the four sides of a box', () => {
    const outer = [MOVE, 0, 0, LINE, 100, 0, LINE, 100, 50, LINE, 0, 50, CLOSE];
    const inner = [MOVE, 1, 1, LINE, 99, 1, LINE, 99, 49, LINE, 1, 49, CLOSE];
    const lines = readRulings(eoFill(...outer, ...inner), IDENTITY);
    expect(lines).toHaveLength(4);
    expect(lines).toContainEqual({ x0: 0.5, y0: 0.5, x1: 99.5, y1: 0.5 });
    expect(lines).toContainEqual({ x0: 99.5, y0: 0.5, x1: 99.5, y1: 49.5 });
  });

  test('shading, square marks and curved shapes (a seal) are no lines', () => {
    expect(readRulings(fill(MOVE, 0, 0, LINE, 200, 0, LINE, 200, 20, LINE, 0, 20, CLOSE), IDENTITY)).toEqual([]);
    expect(readRulings(fill(MOVE, 0, 0, LINE, 2, 0, LINE, 2, 2, LINE, 0, 2, CLOSE), IDENTITY)).toEqual([]);
    expect(
      readRulings(fill(MOVE, 0, 50, CURVE, 0, 78, 22, 100, 50, 100, CURVE, 78, 100, 100, 78, 100, 50, CLOSE), IDENTITY),
    ).toEqual([]);
  });
});

describe('double borders of boxed cells', () => {
  test('two parallel borders a few points apart become one cell boundary', () => {
    const merged = mergeDoubleBorders([
      { pos: 206.6, from: 0, to: 100 },
      { pos: 210.4, from: 0, to: 100 },
      { pos: 300, from: 0, to: 100 },
    ]);
    expect(merged.map((e) => e.pos)).toEqual([208.5, 208.5, 300]);
  });

  test('the frames of two tables printed one under the other stay two lines', () => {
    // table A: last row border 568.9, frame 573.4; table B: frame 574.1, first row border 578.6
    const edges = tableEdges([
      hLine(568.9, 67, 528),
      hLine(573.4, 63, 533),
      hLine(574.1, 63, 533),
      hLine(578.6, 67, 528),
      vLine(63, 500, 573.4),
      vLine(533, 500, 573.4),
      vLine(63, 574.1, 650),
      vLine(533, 574.1, 650),
    ]);
    const ys = edges.real.horizontal.map((e) => e.pos);
    expect(ys).toHaveLength(2);
    expect(ys[0]).toBeLessThan(574);
    expect(ys[1]).toBeCloseTo(578.6);
  });

  test('a column border of another table on the page does not pull a line (snapping needs the extents to meet)', () => {
    const snapped = snapEdges([
      { pos: 434, from: 100, to: 300 },
      { pos: 437.6, from: 700, to: 780 },
    ]);
    expect(snapped.map((e) => e.pos)).toEqual([434, 437.6]);
    expect(
      snapEdges([
        { pos: 100, from: 0, to: 50 },
        { pos: 101.5, from: 51, to: 120 },
      ]).map((e) => e.pos),
    ).toEqual([100.75, 100.75]);
  });

  test('borders that do not run side by side are not merged', () => {
    expect(
      mergeDoubleBorders([
        { pos: 100, from: 0, to: 50 },
        { pos: 104, from: 200, to: 300 },
      ]).map((e) => e.pos),
    ).toEqual([100, 104]);
  });
});

describe.each([
  ['printed/gen-001-2019-spaced', 'border="1" cellspacing, zeros blank'],
  ['printed/gen-004-2025-spaced', 'border="1" cellspacing, zeros blank, 2021 template'],
  ['printed/gen-002-2020-collapse', 'border-collapse: collapse'],
])('%s (%s), printed by Chromium', (name) => {
  test('every cell read, none silently wrong; blank cells keep their columns', async () => {
    const { score } = await scoredSample(name, 'pdf');
    expect(score.silent).toBe(0);
    expect(score.correct).toBe(score.truthCells);
  });
});

describe('a part 三 header cut by a page break (自然人 left on the page before)', () => {
  const md = (second: string) =>
    [
      '## 三、收到和处理政府信息公开申请情况',
      '| 项目 |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      `| 一、本年新收政府信息公开申请数量 | ${second} | 1 |  |  |  |  | 6 |`,
      '| 二、上年结转政府信息公开申请数量 |  |  |  |  |  | 1 | 1 |',
    ].join('\n');
  const cell = (text: string, key: string) =>
    mapReport(markdownBlocks(text)).value.cells.find((c) => `${c.table}.${c.row}.${c.col}` === key);

  test('the unnamed column of numbers next to the named ones is the missing one', () => {
    expect(cell(md('5'), 'requests.new_received.natural_person')?.raw).toBe('5');
    expect(cell(md('5'), 'requests.new_received.commercial')?.raw).toBe('1');
  });

  test('an unnamed column holding text is not taken for it', () => {
    expect(cell(md('见附表'), 'requests.new_received.natural_person')?.raw ?? '').toBe('');
  });
});
