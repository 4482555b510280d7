import type { Table, TableCell } from '../extractors/model.js';
import { tableRows } from '../src/map/rows.js';
import { alignTextRows } from '../src/map/text-align.js';
import { forcedBySums, placeBySums, slidable } from '../src/map/text-solve.js';
import { tableDef } from '../src/template/index.js';
import { scoredSample } from './helpers/generated.js';

describe('part 三 rows short of numbers placed for the whole table by the column sums', () => {
  // Columns: natural, commercial, research, social, legal, other, total. Blanks are not printed.
  const fixed = (key: string, values: number[], at: number[]) => ({ key, values, options: [{ at, cost: 0 }] });
  const table = (granted: { at: number[]; cost: number }[]) => [
    fixed('new_received', [5, 3, 8], [0, 3, 6]),
    fixed('carried_over', [1, 1], [4, 6]),
    { key: 'granted', values: [4, 2, 6], options: granted },
    fixed('denied.third_party', [1, 1], [0, 6]),
    fixed('total', [5, 2, 7], [0, 3, 6]),
    fixed('carried_forward', [1, 1, 2], [3, 4, 6]),
  ];

  test('a row whose nearest columns break the sums takes the placement that keeps them', () => {
    // Pushed right by its label, 2 stands nearer legal than social.
    const placed = placeBySums(
      table([
        { at: [0, 4, 6], cost: 1 },
        { at: [0, 3, 6], cost: 3 },
      ]),
      7,
    );
    expect(placed?.get('granted')).toEqual([0, 3, 6]);
    expect(placed?.get('carried_over')).toEqual([4, 6]);
  });

  test('nothing is placed when no placement keeps the sums, or two do at nearly the same offset', () => {
    expect(placeBySums(table([{ at: [0, 4, 6], cost: 0 }]), 7)).toBeNull();
    const twoWays = table([{ at: [0, 3, 6], cost: 0 }]);
    twoWays[1] = {
      key: 'carried_over',
      values: [1, 1],
      options: [
        { at: [4, 6], cost: 0 },
        { at: [5, 6], cost: 1 },
      ],
    };
    twoWays[5] = {
      key: 'carried_forward',
      values: [1, 1, 2],
      options: [
        { at: [3, 4, 6], cost: 0 },
        { at: [3, 5, 6], cost: 0 },
      ],
    };
    expect(placeBySums(twoWays, 7)).toBeNull();
  });

  test('a row not printed at all (carried forward all blank) counts as zeros', () => {
    const rows = table([{ at: [0, 3, 6], cost: 0 }]).filter(
      (r) => r.key !== 'carried_forward' && r.key !== 'carried_over',
    );
    rows[0] = fixed('new_received', [5, 2, 7], [0, 3, 6]);
    expect(placeBySums(rows, 7)?.get('granted')).toEqual([0, 3, 6]);
  });
});

describe('rows the column sums settle without positions', () => {
  // Every ordered placement of a row's numbers into 7 columns, its last (the row total) in the last.
  const every = (key: string, values: number[]) => {
    const k = values.length - 1;
    const out: { at: number[]; cost: number }[] = [];
    const walk = (from: number, at: number[]): void => {
      if (at.length === k) return void out.push({ at: [...at, 6], cost: 0 });
      for (let j = from; j < 6; j++) walk(j + 1, [...at, j]);
    };
    walk(0, []);
    return { key, values, options: out };
  };

  test('a row with only one placement that keeps the sums is settled', () => {
    const forced = forcedBySums(
      [
        every('new_received', [1, 2, 3, 4, 5, 6, 21]),
        every('granted', [1, 2, 3, 6]),
        every('partial', [4, 5, 6, 15]),
        every('total', [1, 2, 3, 4, 5, 6, 21]),
      ],
      7,
    );
    expect(forced?.get('granted')).toEqual([0, 1, 2, 6]);
    expect(forced?.get('partial')).toEqual([3, 4, 5, 6]);
  });

  test('a column blank in every row lets the others slide: those rows are not settled', () => {
    const forced = forcedBySums(
      [every('new_received', [2, 5, 7]), every('granted', [2, 2]), every('partial', [5, 5]), every('total', [2, 5, 7])],
      7,
    );
    expect(forced?.has('granted')).toBe(false);
    expect(forced?.has('partial')).toBe(false);
  });

  test('no placement keeps the sums (a misprinted number): nothing is settled', () => {
    expect(
      forcedBySums(
        [
          every('new_received', [2, 5, 7]),
          every('granted', [2, 2]),
          every('partial', [5, 5]),
          every('total', [2, 6, 8]),
        ],
        7,
      ),
    ).toBeNull();
  });
});

describe('a column blank in every row: its neighbour may have slid into it unseen by the sums', () => {
  // Two rows print natural person, legal service and total; commercial, research, social and other
  // are blank everywhere. Header columns as pdftotext printed them; the middle number stands at `centre`.
  const columns = [34, 40, 49, 53, 56, 64, 70];
  const placed = new Map([
    ['granted', [0, 4, 6]],
    ['total', [0, 4, 6]],
  ]);
  const offsetsWith = (centre: number) => (_: string, at: number[]) =>
    [34, centre, 70].reduce((sum, c, i) => sum + Math.abs(c - columns[at[i]]), 0);

  test('numbers standing midway between the two columns: the rows are in doubt', () => {
    expect([...slidable(placed, offsetsWith(54.5), 7)].sort()).toEqual(['granted', 'total']);
  });

  test('numbers standing under their column, clearly off the blank one: kept', () => {
    expect(slidable(placed, offsetsWith(56), 7).size).toBe(0);
  });
});

describe('a row whose own label names two rows', () => {
  const table = (lines: string[]): Table => {
    const cells: TableCell[] = lines.flatMap((line, row) =>
      [...line.matchAll(/\S+/g)].map((m, col) => ({
        row,
        col,
        rowSpan: 1,
        colSpan: 1,
        text: m[0],
        textColumn: m.index,
      })),
    );
    return { kind: 'table', geometry: 'text', nRows: lines.length, nCols: 8, cells, pages: [] };
  };
  const rows = tableDef('2021', 'requests').rows;

  test('（一）予以公开 and a blank 部分公开 joined into one label: read as one, the other is its rival', () => {
    const aligned = alignTextRows(
      tableRows(table(['一、本年新收政府信息公开申请数量  5  3  8', '（一）予以公开部分公开  4  2  6'])),
      rows,
    );
    expect(aligned[1].rival?.key).toBe(aligned[1].row?.key === 'partial' ? 'granted' : 'partial');
  });

  test('a whole numbered label with a blank row named on the line below: no doubt', () => {
    const aligned = alignTextRows(
      tableRows(table(['7.属于行政执法案卷  1  1', '8.属于行政查询事项', '（四）无法提供'])),
      rows,
    );
    expect(aligned[0].row?.key).toBe('denied.enforcement_file');
    expect(aligned[0].rival).toBeUndefined();
  });
});

describe('a row of numbers without its label', () => {
  test('takes the one template row between its aligned neighbours', () => {
    const lines = [
      '一、本年新收政府信息公开申请数量  5  3  8',
      '                                1  1',
      '（一）予以公开  4  2  6',
    ];
    const cells: TableCell[] = lines.flatMap((line, row) =>
      [...line.matchAll(/\S+/g)].map((m, col) => ({
        row,
        col,
        rowSpan: 1,
        colSpan: 1,
        text: m[0],
        textColumn: m.index,
      })),
    );
    const table: Table = { kind: 'table', geometry: 'text', nRows: 3, nCols: 4, cells, pages: [] };
    const aligned = alignTextRows(tableRows(table), tableDef('2021', 'requests').rows);
    expect(aligned.map((a) => a.row?.key)).toEqual(['new_received', 'carried_over', 'granted']);
  });
});

describe('generated texts', () => {
  test('gen-010 (zeros blank, a label cut off above the table): every truth cell, none wrong unflagged', async () => {
    const { score } = await scoredSample('gen-010-2022');
    expect(score.silent).toBe(0);
    expect(score.correct / score.truthCells).toBeGreaterThan(0.95);
  });
});

test('gen-027 (part 三 cut into two text tables, the second without a header): the pieces are placed as one table', async () => {
  const { score } = await scoredSample('gen-027-2021');
  expect(score.silent).toBe(0);
  // Before the pieces were joined, only part 二 and 四 were read (8 %).
  expect(score.correct / score.truthCells).toBeGreaterThan(0.75);
});
