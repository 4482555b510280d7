import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tableRows } from '../src/map/rows.js';
import { columnsByRow, dropLabelMarks, numbersStart, placeInColumns, placements } from '../src/map/text-columns.js';
import { tableDef } from '../src/template/index.js';
import { extract } from '../src/pipeline.js';
import { parseTruth } from '../src/eval/truth.js';
import { scoreDocument } from '../src/eval/score.js';
import { textTable } from './helpers/text-table.js';

const columns = tableDef('2021', 'requests').columns;

/** A fixed-width line with each text starting at its character column. */
const line = (...parts: [string, number][]) => parts.reduce((out, [text, at]) => out.padEnd(at) + text, '');
const AT = [20, 26, 32, 38, 44, 50, 56];
// A vertical header (one character per line) over seven columns; blank zeros vanish from the rows.
const LINES = [
  line(...[...'自商科社法其总'].map((ch, i): [string, number] => [ch, AT[i]])),
  line(...[...'然业研会律他计'].map((ch, i): [string, number] => [ch, AT[i]])),
  line(['一、本年新收', 0], ['12', AT[0]], ['3', AT[2]], ['4', AT[4]], ['19', AT[6]]),
  line(['二、上年结转', 0], ['2', AT[4]], ['2', AT[6]]),
];

describe('numbers under the header columns of a fixed-width text table', () => {
  test('the header gives seven columns and short rows are placed under them', () => {
    const rows = tableRows(textTable(LINES));
    const at = columnsByRow(rows, columns, 7);
    const cols = at.get(2)!;
    expect(cols.centres).toHaveLength(7);
    expect(at.get(3)).toBe(cols);
    const values = (i: number) => rows[i].cells.filter((c) => /^\d+$/.test(c.raw));
    expect(placeInColumns(values(2), cols, true)).toEqual([0, 2, 4, 6]);
    expect(placeInColumns(values(3), cols, true)).toEqual([4, 6]);
  });

  test('a number standing between two columns is not placed (no clear best)', () => {
    const rows = tableRows(
      textTable([...LINES.slice(0, 3), line(['二、上年结转', 0], ['4', AT[0] + 3], ['4', AT[6]])]),
    );
    const cols = columnsByRow(rows, columns, 7).get(3)!;
    expect(placeInColumns(rows[3].cells.slice(1), cols, true)).toBeNull();
  });

  test('a label tail at the line start is no header word, though a 无 of （四）无法提供 stands left of the numbers', () => {
    // 社 and 法 printed a character apart: the header names six columns, and 数量 (the tail of
    // the label above, after a page break) must not pass for the seventh
    const at = [...AT.slice(0, 4), AT[3] + 1, ...AT.slice(5)];
    const rows = tableRows(
      textTable([
        line(...[...'自商科社法其总'].map((ch, i): [string, number] => [ch, at[i]])),
        line(['数量', 0]),
        line(['二、上年结转', 0], ['2', AT[4]], ['2', AT[6]]),
        line(['无', 4], ['5', AT[0]], ['5', AT[6]]),
      ]),
    );
    expect(columnsByRow(rows, columns, 7).size).toBe(0);
  });

  test('a row printed at another scale than its header says nothing about its columns; a pushed row keeps its offsets', () => {
    const rows = tableRows(
      textTable([
        ...LINES,
        // the next page, wider, under the header of this one: 总计 stands well past the last column
        line(['（七）总计', 0], ['12', AT[1] + 1], ['3', AT[3] + 3], ['4', AT[6] + 10], ['19', AT[6] + 20]),
        // a long label pushes every number of its row right alike
        line(['5.要求行政机关确认或重新出具已获取信息', 0], ['2', AT[4] + 9], ['2', AT[6] + 9]),
      ]),
    );
    const cols = columnsByRow(rows, columns, 7).get(2)!;
    const values = (i: number) => rows[i].cells.slice(1);
    expect(placements(values(4), cols, 7, true).every((p) => p.cost === 0)).toBe(true);
    expect(placements(values(5), cols, 7, true)[0]).toMatchObject({ at: [4, 6], cost: 0 });
    expect(placements(values(5), cols, 7, true)[1].cost).toBeGreaterThan(0);
  });

  test("a number spaced from the text before it and starting left of a header word is not placed right of that word's column", () => {
    // pdftotext starts a line at the column of the longest text left of it on the page, so such a
    // line stands left of the word on the page too; a number one space after another may be packed
    const spaced = line(['一、本年新收', 0], ['5', AT[0]], ['12', AT[3] - 2], ['17', AT[6]]);
    const packed = line(['二、上年结转', 0], ['5', AT[0]], ['3', AT[3] - 4], ['12', AT[3] - 2], ['20', AT[6]]);
    const rows = tableRows(textTable([...LINES.slice(0, 2), spaced, packed]));
    const cols = columnsByRow(rows, columns, 7).get(2)!;
    const columnsOf12 = (i: number) =>
      new Set(placements(rows[i].cells.slice(1), cols, 7, true).map((p) => p.at.at(-2)));
    // 12 starts left of 社 (column 3): spaced, it stands in column 3 at the most; packed, anywhere after 3
    expect(columnsOf12(2)).toEqual(new Set([1, 2, 3]));
    expect(columnsOf12(3)).toEqual(new Set([2, 3, 4, 5]));
  });

  test("a number starting at a header word's last character may stand in its column or before: placements right of it are not sure", () => {
    // 12 starts at 社 (column 3): the starts allow column 4 (社 does not start right of 12), the ends do not
    const spaced = line(['一、本年新收', 0], ['5', AT[0]], ['12', AT[3]], ['17', AT[6]]);
    const rows = tableRows(textTable([...LINES.slice(0, 2), spaced]));
    const cols = columnsByRow(rows, columns, 7).get(2)!;
    const of12 = (sure: boolean) =>
      new Set(
        placements(rows[2].cells.slice(1), cols, 7, true)
          .filter((p) => p.sure === sure)
          .map((p) => p.at.at(-2)),
      );
    expect(of12(true)).toEqual(new Set([1, 2, 3]));
    expect(of12(false).has(4)).toBe(true);
  });

  test('a header that does not name seven columns gives none', () => {
    const rows = tableRows(textTable([line(['自然人', AT[0]], ['商业企业', AT[1]]), LINES[2]]));
    expect(columnsByRow(rows, columns, 7).size).toBe(0);
  });
});

describe('no header read: the columns the numbers stand in', () => {
  // rows short of numbers (zeros blank) that between them fill all seven columns, no header above
  const short = [
    line(['予以公开', 0], ['12', AT[0]], ['3', AT[2]], ['4', AT[4]], ['19', AT[6]]),
    line(['部分公开', 0], ['2', AT[1]], ['5', AT[3]], ['7', AT[6]]),
    line(['不予公开', 0], ['1', AT[4]], ['6', AT[5]], ['7', AT[6]]),
  ];

  test('seven clusters of their centres are the seven columns, and a short row is placed under them', () => {
    const rows = tableRows(textTable(short));
    const cols = columnsByRow(rows, columns, 7).get(1)!;
    expect(cols.centres).toHaveLength(7);
    expect(placeInColumns(rows[1].cells.slice(1), cols, true)).toEqual([1, 3, 6]);
  });

  test('numbers in fewer clusters than columns give none', () => {
    expect(columnsByRow(tableRows(textTable(short.slice(0, 2))), columns, 7).size).toBe(0);
  });
});

describe('a column blank in every row, no header read', () => {
  // 科研机构 (AT[2]) blank in every row: its numbers never print, but its width stays between 商业企业 and 社会公益组织
  const rowsOf = (at: number[]) =>
    tableRows(
      textTable([
        line(['予以公开', 0], ['12', at[0]], ['3', at[1]], ['4', at[3]], ['19', at[6]]),
        line(['部分公开', 0], ['2', at[1]], ['5', at[4]], ['7', at[6]]),
        line(['不予公开', 0], ['1', at[3]], ['6', at[5]], ['7', at[6]]),
        // the 总计 row under a long label, printed at another offset: its columns are not these
        line(
          ['总计', 0],
          ['15', at[0] + 9],
          ['5', at[1] + 9],
          ['5', at[3] + 9],
          ['5', at[4] + 9],
          ['3', at[5] + 9],
          ['33', at[6] + 9],
        ),
      ]),
    );

  test('the gap it leaves between the columns printed gives where it stands', () => {
    const cols = columnsByRow(rowsOf(AT), columns, 7, { totalLast: true }).get(0)!;
    expect(cols.centres.map((x) => Math.round(x))).toEqual(AT.map((x) => x + 1));
    expect(
      placeInColumns(tableRows(textTable([line(['x', 0], ['4', AT[3]], ['4', AT[6]])]))[0].cells.slice(1), cols, true),
    ).toEqual([3, 6]);
  });

  test('where no gap is left (pdftotext closed it up) or the gaps are uneven, no columns', () => {
    const closed = [...AT.slice(0, 2), AT[1], ...AT.slice(2, 6)];
    expect(columnsByRow(rowsOf(closed), columns, 7, { totalLast: true }).size).toBe(0);
    const uneven = AT.map((x, i) => (i === 3 ? x + 3 : x));
    expect(columnsByRow(rowsOf(uneven), columns, 7, { totalLast: true }).size).toBe(0);
  });
});

describe('a header read and the columns the numbers stand in', () => {
  // the vertical header of LINES (centres AT + 0.5) over rows short of numbers that fill every column
  const body = (shift: number) => [
    line(['予以公开', 0], ['12', AT[0] + shift], ['3', AT[2] + shift], ['4', AT[4] + shift], ['19', AT[6] + shift]),
    line(['部分公开', 0], ['2', AT[1] + shift], ['5', AT[3] + shift], ['7', AT[6] + shift]),
    line(['不予公开', 0], ['1', AT[4] + shift], ['6', AT[5] + shift], ['7', AT[6] + shift]),
  ];
  const columnsAt = (shift: number) =>
    columnsByRow(tableRows(textTable([...LINES.slice(0, 2), ...body(shift)])), columns, 7, { totalLast: true }).get(2)
      ?.centres;

  test('within two characters of each other, the numbers give where the columns stand (the totals: their median)', () => {
    expect(columnsAt(1)).toEqual([22, 27.5, 33.5, 39.5, 45.5, 51.5, 57.5]);
  });

  test('further apart, the header stays', () => {
    expect(columnsAt(4)).toEqual(AT.map((x) => x + 0.5));
  });
});

const generated = resolve(process.cwd(), 'samples/generated');

describe('a character of a vertical group label on a line of numbers, no header read', () => {
  // （四）无法提供 printed one character per line at column 5: its 无 reads as a blank mark
  const rows = tableRows(
    textTable([
      line(['1.本机关不掌握相关政府信息', 8], ['2', AT[0]], ['2', AT[6]]),
      line(['、', 0], ['无', 5], ['5', AT[0]], ['1', AT[2]], ['1', AT[5]], ['7', AT[6]]),
      line(['3.补正后申请内容仍不明确', 8], ['—', AT[0]], ['1', AT[1]], ['1', AT[6]]),
    ]),
  );
  // the cells after the label (or after 、 of the group label)
  const values = (i: number) => rows[i].cells.slice(1);

  test('left of every number of the table, it is no value', () => {
    expect(numbersStart(rows)).toBe(AT[0]);
    expect(dropLabelMarks(values(1), [numbersStart(rows)]).map((v) => v.raw)).toEqual(['5', '1', '1', '7']);
  });

  test('a blank mark under the first column stays a value', () => {
    expect(dropLabelMarks(values(2), [numbersStart(rows)])).toEqual(values(2));
  });
});

describe('generated pdftotext -layout text with zeros printed blank', () => {
  test('gen-007: part 三 rows short of numbers are placed by column, no silent error', async () => {
    const file = resolve(generated, 'gen-007-2021.txt');
    const record = await extract(readFileSync(file), { file: 'gen-007-2021.txt' });
    const truthFile = resolve(generated, 'gen-007-2021.truth.json');
    const score = scoreDocument(parseTruth(readFileSync(truthFile, 'utf8'), truthFile), record);
    const requests = record.facts.filter((f) => f.table === 'requests');
    const truth = JSON.parse(readFileSync(truthFile, 'utf8')).cells as Record<string, number>;
    const right = requests.filter((f) => truth[`${f.table}.${f.row}.${f.col}`] === f.value);
    // Before placement by column only the few rows printing all seven numbers were read.
    expect(right.length).toBeGreaterThanOrEqual(160);
    expect(score.silent).toBe(0);
  });
});

const truthOf = (name: string) =>
  JSON.parse(readFileSync(resolve(generated, `${name}.truth.json`), 'utf8')).cells as Record<string, number>;
const recordOf = (name: string) => extract(readFileSync(resolve(generated, `${name}.txt`)), { file: `${name}.txt` });

describe('part 二 in fixed-width text with zeros printed blank', () => {
  test.each(['gen-011-2020', 'gen-035-2022'])(
    '%s: rows short of numbers are put under the header, and no number is split or moved unflagged',
    async (name) => {
      const record = await recordOf(name);
      const truth = truthOf(name);
      const active = record.facts.filter((f) => f.table === 'active');
      const wrongUnflagged = active.filter(
        (f) => f.flags.length === 0 && truth[`active.${f.row}.${f.col}`] !== f.value,
      );
      expect(wrongUnflagged).toEqual([]);
      // A row printing one number of three: placed under its column, the other two blanks.
      const placed = active.filter((f) => f.value !== null && truth[`active.${f.row}.${f.col}`] === f.value);
      expect(placed.length).toBeGreaterThanOrEqual(6);
    },
  );
});

describe('part 四 in fixed-width text with zeros printed blank', () => {
  test('gen-007: the eight printed numbers are put under their header columns, the other seven are blanks', async () => {
    const record = await recordOf('gen-007-2021');
    const truth = truthOf('gen-007-2021');
    const facts = record.facts.filter((f) => f.table === 'review_litigation');
    expect(facts).toHaveLength(15);
    for (const f of facts)
      expect([`${f.row}.${f.col}`, f.value]).toEqual([
        `${f.row}.${f.col}`,
        truth[`review_litigation.${f.row}.${f.col}`],
      ]);
    expect(record.checks.filter((c) => c.rule === '4' && !c.ok)).toEqual([]);
  });

  test('gen-016: numbers near more than one column: the cells every near placement agrees on are read, the rest flagged', async () => {
    // 2 stands between 其他结果 and 尚未审结 of 复议后起诉: the rows whose numbers may sit in two
    // columns stay open; the blank row and both totals settle
    const record = await recordOf('gen-016-2023');
    const truth = truthOf('gen-016-2023');
    const facts = record.facts.filter((f) => f.table === 'review_litigation');
    const wrongUnflagged = facts.filter(
      (f) => f.flags.length === 0 && truth[`review_litigation.${f.row}.${f.col}`] !== f.value,
    );
    expect(wrongUnflagged).toEqual([]);
    const read = facts
      .filter((f) => f.value === truth[`review_litigation.${f.row}.${f.col}`])
      .map((f) => `${f.row}.${f.col}`);
    expect(read).toEqual(
      expect.arrayContaining([
        'review.total',
        'litigation_direct.upheld',
        'litigation_direct.total',
        'litigation_after_review.total',
      ]),
    );
  });

  test('gen-035: a table without row labels keeps the first column, whose header words stand left of its centred numbers', async () => {
    const record = await recordOf('gen-035-2022');
    const truth = truthOf('gen-035-2022');
    const facts = record.facts.filter((f) => f.table === 'review_litigation');
    expect(facts).toHaveLength(15);
    for (const f of facts)
      expect([`${f.row}.${f.col}`, f.value, f.flags]).toEqual([
        `${f.row}.${f.col}`,
        truth[`review_litigation.${f.row}.${f.col}`],
        [],
      ]);
  });
});
