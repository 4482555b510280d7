/**
 * The generator's own split enumeration (samples/generator/splits.ts), which decides `must_flag`
 * for glued text variants: small hand-made runs whose valid splits are worked out by hand here;
 * then what a glued run covers in text (samples/generator/glue.ts) and the committed variants.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  alignRuns,
  digitRuns,
  gluedVariant,
  glueText,
  printedGroups,
  truthLayout,
  type Truth,
} from '../samples/generator/glue.js';
import {
  enumerateSplits,
  isValidNumber,
  segmentSplits,
  SplitError,
  type Segment,
} from '../samples/generator/splits.js';

const counts = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, kind: 'count' as const }));

describe('valid numbers', () => {
  test('no leading zero but 0 itself; decimals and signs only where the kind allows', () => {
    expect(isValidNumber('0', 'count')).toBe(true);
    expect(isValidNumber('01', 'count')).toBe(false);
    expect(isValidNumber('10', 'count')).toBe(true);
    expect(isValidNumber('2.5', 'count')).toBe(false);
    expect(isValidNumber('-3', 'count')).toBe(false);
    expect(isValidNumber('-3', 'signed')).toBe(true);
    expect(isValidNumber('-0', 'signed')).toBe(false);
    expect(isValidNumber('-03', 'signed')).toBe(false);
    expect(isValidNumber('2.5', 'decimal')).toBe(true);
    expect(isValidNumber('02.5', 'decimal')).toBe(false);
    expect(isValidNumber('0.75', 'decimal')).toBe(true);
    expect(isValidNumber('2.', 'decimal')).toBe(false);
    expect(isValidNumber('—', 'count')).toBe(true);
    expect(isValidNumber('—5', 'count')).toBe(false);
  });
});

describe('one run', () => {
  test('a part 三 row 217 1 0 0 0 0 218 glued to 21710000218 splits one way under its row total', () => {
    const cells = counts('c', 7);
    const rowTotal = { lhs: ['c6'], rhs: ['c0', 'c1', 'c2', 'c3', 'c4', 'c5'] };
    const out = enumerateSplits([{ text: '21710000218', cells }], [rowTotal]);
    expect(out.ambiguous).toEqual([]);
    expect(cells.map((c) => out.values.get(c.id))).toEqual([['217'], ['1'], ['0'], ['0'], ['0'], ['0'], ['218']]);
  });

  test('without the row total the same run has many splits', () => {
    const cells = counts('c', 7);
    expect(segmentSplits({ text: '21710000218', cells }, []).length).toBeGreaterThan(1);
  });

  test('part 二 has no sums: 行政规范性文件6233440 leaves all three cells open', () => {
    const out = enumerateSplits([{ text: '6233440', cells: counts('n', 3) }], []);
    expect(out.ambiguous).toEqual(['n0', 'n1', 'n2']);
    // The last cell is any suffix that leaves two digits for the others: 0, 40, 440, 3440, 33440.
    expect([...out.values.get('n2')!].sort((a, b) => a.length - b.length)).toEqual(['0', '40', '440', '3440', '33440']);
    // Likewise the first cell is any prefix that leaves two digits for the others.
    expect(out.values.get('n0')).toEqual(['6', '62', '623', '6233', '62334']);
  });

  test('a cell that is the same in every valid split stays certain', () => {
    // 5|0|12 and 50|1|2: no cell agrees. 90|0|7 is the only split of 9007 (0 cannot lead).
    expect(enumerateSplits([{ text: '5012', cells: counts('a', 3) }], []).ambiguous).toEqual(['a0', 'a1', 'a2']);
    const fixed = enumerateSplits([{ text: '9007', cells: counts('b', 3) }], []);
    expect(fixed.ambiguous).toEqual([]);
    expect(fixed.values.get('b0')).toEqual(['90']);
  });

  test('negatives only in a signed column: 12-34 over prev_count, change, decisions', () => {
    const cells = [
      { id: 'prev', kind: 'count' as const },
      { id: 'change', kind: 'signed' as const },
      { id: 'decisions', kind: 'count' as const },
    ];
    const out = enumerateSplits([{ text: '12-34', cells }], []);
    expect(out.ambiguous).toEqual([]);
    expect([...out.values.values()]).toEqual([['12'], ['-3'], ['4']]);
  });

  test('decimals only in the amount column: 312.5 over items, amount_wan', () => {
    const cells = [
      { id: 'items', kind: 'count' as const },
      { id: 'amount', kind: 'decimal' as const },
    ];
    const out = enumerateSplits([{ text: '312.5', cells }], []);
    expect(out.ambiguous).toEqual(['items', 'amount']);
    expect(out.values.get('items')).toEqual(['3', '31']);
    expect(out.values.get('amount')).toEqual(['12.5', '2.5']);
  });

  test('a zero printed as — fills exactly one cell and the run goes on around it', () => {
    const cells = [
      { id: 'prev', kind: 'count' as const },
      { id: 'change', kind: 'signed' as const },
      { id: 'decisions', kind: 'count' as const },
    ];
    // 行政许可 — -27 7 glued: — is the 0, then -2|77 or -27|7.
    const out = enumerateSplits([{ text: '—-277', cells }], []);
    expect(out.values.get('prev')).toEqual(['0']);
    expect(out.ambiguous).toEqual(['change', 'decisions']);
    // 复议后起诉 19 — 33 1 53: 33|1 and 3|31 both make 53.
    const row = counts('q', 5);
    const review = enumerateSplits(
      [{ text: '19—33153', cells: row }],
      [{ lhs: ['q4'], rhs: ['q0', 'q1', 'q2', 'q3'] }],
    );
    expect(review.ambiguous).toEqual(['q2', 'q3']);
    expect(review.values.get('q1')).toEqual(['0']);
  });

  test('part 四: fifteen numbers in one run, split by the three row totals', () => {
    const cells = counts('r', 15);
    const row = (k: number) => ({ lhs: [`r${k * 5 + 4}`], rhs: [0, 1, 2, 3].map((j) => `r${k * 5 + j}`) });
    // 1 0 0 0 1 | 2 0 0 0 2 | 3 0 0 0 3
    const out = enumerateSplits([{ text: '100012000230003', cells }], [row(0), row(1), row(2)]);
    expect(out.ambiguous).toEqual([]);
    expect(cells.map((c) => out.values.get(c.id)![0]).join(' ')).toBe('1 0 0 0 1 2 0 0 0 2 3 0 0 0 3');
  });

  test('part 四: a split the row total cannot settle leaves exactly the differing cells open', () => {
    const cells = counts('r', 5);
    // 1 10 0 0 11 and 11 0 0 0 11 both add up; 结果维持 and 结果纠正 differ, the rest agree.
    const out = enumerateSplits([{ text: '1100011', cells }], [{ lhs: ['r4'], rhs: ['r0', 'r1', 'r2', 'r3'] }]);
    expect(out.ambiguous).toEqual(['r0', 'r1']);
    expect(out.values.get('r0')).toEqual(['1', '11']);
    expect(out.values.get('r4')).toEqual(['11']);
  });
});

describe('runs tied by column sums', () => {
  test('a column rule across two runs settles a split neither run settles alone', () => {
    const a: Segment = { text: '123', cells: counts('x', 2) }; // 1|23 or 12|3
    const b: Segment = { text: '24', cells: [{ id: 'z', kind: 'count' }] };
    const out = enumerateSplits([a, b], [{ lhs: ['x0', 'x1'], rhs: ['z'] }]);
    expect(out.ambiguous).toEqual([]);
    expect(out.values.get('x0')).toEqual(['1']);
    expect(out.values.get('x1')).toEqual(['23']);
  });

  test('where the column rules allow several joint splits, every differing cell is open', () => {
    const a: Segment = { text: '2112', cells: counts('x', 2) };
    const b: Segment = { text: '2112', cells: counts('y', 2) };
    const out = enumerateSplits(
      [a, b],
      [
        { lhs: ['x0'], rhs: ['y0'] },
        { lhs: ['x1'], rhs: ['y1'] },
      ],
    );
    expect(out.ambiguous).toEqual(['x0', 'x1', 'y0', 'y1']);
    expect(out.values.get('x0')).toEqual(['2', '21', '211']);
  });

  test('a third run that fixes one column narrows the joint splits', () => {
    const a: Segment = { text: '2112', cells: counts('x', 2) };
    const b: Segment = { text: '2112', cells: counts('y', 2) };
    const c: Segment = { text: '42', cells: [{ id: 's', kind: 'count' }] };
    // x0 + y0 = 42 forces 21 and 21.
    const out = enumerateSplits(
      [a, b, c],
      [
        { lhs: ['x0', 'y0'], rhs: ['s'] },
        { lhs: ['x1'], rhs: ['y1'] },
      ],
    );
    expect(out.ambiguous).toEqual([]);
    expect(out.values.get('y1')).toEqual(['12']);
  });
});

describe('bounds', () => {
  test('a run with no valid split and an oversized enumeration are reported, not guessed', () => {
    expect(() => enumerateSplits([{ text: '0012', cells: counts('z', 2) }], [])).toThrow(SplitError);
    const long = { text: '123456789123456789123456789', cells: counts('l', 8) };
    expect(() => enumerateSplits([long], [], { perSegment: 100, states: 1000 })).toThrow(SplitError);
  });
});

describe('what a glued run covers (as pdftotext prints LibreOffice tables)', () => {
  test("runs end at labels; the next label's item number sticks on; signs and decimals stay inside", () => {
    const text = '（二）部分公开（区分处理的，只计这一情形，不计其他0061029情形）1.属于国家秘密00020132.其他法律';
    expect(digitRuns(text)).toEqual([
      { text: '0061029', itemFollows: false },
      { text: '1', itemFollows: true },
      { text: '00020132', itemFollows: true },
    ]);
    expect(digitRuns('行政许可247-364390行政处罚0行政事业性收费425.14')).toEqual([
      { text: '247-364390', itemFollows: false },
      { text: '0', itemFollows: false },
      { text: '425.14', itemFollows: false },
    ]);
  });

  test('the item number is cut off, but a 、 of a vertical group label (三、本年度…) cuts nothing', () => {
    const rows = ['denied.process_info', 'denied.enforcement_file', 'denied.query_item'].map((row) =>
      ['a', 'b', 'c', 'd', 'e', 'f', 'total'].map((col) => ({ id: `requests.${row}.${col}`, kind: 'count' as const })),
    );
    const truth = Object.fromEntries([
      ...rows[0].map((c) => [c.id, 0]),
      ...rows[1].map((c, i) => [c.id, i === 5 || i === 6 ? 3 : 0]),
      ...rows[2].map((c, i) => [c.id, i === 0 || i === 6 ? 15 : 0]),
    ]);
    // Row 8's numbers printed above its label, as pdftotext puts a row whose label wraps: 8. sticks.
    const block = '6.属于四类过程性信息0000000、本7.属于行政执法案卷0000033年1500000158.属于行政查询事项';
    expect(alignRuns(block, rows, truth).map((s) => s.text)).toEqual(['0000000', '0000033', '150000015']);
    expect(() => alignRuns('6.属于四类过程性信息000000、本', rows.slice(0, 1), truth)).toThrow(/does not print/);
  });
});

/**
 * The glued variants in samples/generated, checked against the pdftotext text they came from.
 * Part 二 has no sums, so its cells are re-enumerated here naively (every cut of the run) as an
 * independent check of which cells must be flagged.
 */
describe('glued variants of the rendered samples', () => {
  const dir = resolve(process.cwd(), 'samples/generated');
  const glued = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('-glued.truth.json')) : [];

  test('there are glued variants of both template versions', () => {
    const versions = new Set(glued.map((f) => readTruth(join(dir, f)).template));
    expect(glued.length).toBeGreaterThanOrEqual(10);
    expect([...versions].sort()).toEqual(['2019', '2021']);
  });

  test.each(glued)('%s is reproduced from its pdftotext text and its source truth', (file) => {
    const name = file.replace(/\.truth\.json$/, '');
    const source = name.replace(/-glued$/, '');
    const out = gluedVariant(
      readFileSync(join(dir, `${source}.txt`), 'utf8'),
      readTruth(join(dir, `${source}.truth.json`)),
      name,
    );
    expect(out.text).toBe(readFileSync(join(dir, `${name}.txt`), 'utf8'));
    expect(out.truth).toEqual(readTruth(join(dir, file)));
  });

  test.each(glued)('%s: part 二 cells are in must_flag exactly when a naive enumeration finds two readings', (file) => {
    const truth = readTruth(join(dir, file));
    const source = readTruth(join(dir, file.replace('-glued', '')));
    const layout = truthLayout(source);
    const block = glueText(readFileSync(join(dir, file.replace('.truth.json', '.txt')), 'utf8')).blocks.get('active')!;
    const segments = alignRuns(block, printedGroups(layout, 'active'), source.cells);
    const open = segments.flatMap((seg) => naiveOpenCells(seg));
    expect(truth.must_flag!.filter((id) => id.startsWith('active.'))).toEqual(open);
    for (const id of Object.keys(source.cells)) expect(id in truth.cells).toBe(!truth.must_flag!.includes(id));
  });
});

function readTruth(path: string): Truth {
  return JSON.parse(readFileSync(path, 'utf8')) as Truth;
}

/** Every way to cut the run into as many pieces as cells, kept when each piece is a valid number. */
function naiveOpenCells(seg: Segment): string[] {
  const n = seg.cells.length;
  const readings: string[][] = [];
  const cuts = (from: number, left: number): number[][] =>
    left === 0
      ? [[]]
      : Array.from({ length: seg.text.length - from - left + 1 }, (_, k) => from + k + 1).flatMap((c) =>
          cuts(c, left - 1).map((rest) => [c, ...rest]),
        );
  for (const inner of cuts(0, n - 1)) {
    const bounds = [0, ...inner, seg.text.length];
    const pieces = seg.cells.map((_, i) => seg.text.slice(bounds[i], bounds[i + 1]));
    if (pieces.every((p, i) => p !== '' && isValidNumber(p, seg.cells[i].kind)))
      readings.push(pieces.map((p) => String(Number(p))));
  }
  return seg.cells.filter((_, i) => new Set(readings.map((r) => r[i])).size > 1).map((c) => c.id);
}

/** The rendered corpus as files.json lists it: what the evaluator reads to pick formats and variants. */
describe('files.json', () => {
  const dir = resolve(process.cwd(), 'samples/generated');
  const list = JSON.parse(readFileSync(join(dir, 'files.json'), 'utf8')) as {
    files: { file: string; truth: string; report: string; format: string; variant: string }[];
  };

  test('lists at least 60 input files from at least 30 reports in every format, each with its truth beside it', () => {
    expect(list.files.length).toBeGreaterThanOrEqual(60);
    expect(new Set(list.files.map((f) => f.report)).size).toBeGreaterThanOrEqual(30);
    expect([...new Set(list.files.map((f) => f.format))].sort()).toEqual(['docx', 'html', 'pdf', 'txt']);
    for (const f of list.files) {
      expect(existsSync(join(dir, f.file))).toBe(true);
      expect(f.truth).toBe(f.file.replace(/\.[a-z]+$/, '.truth.json'));
      expect(existsSync(join(dir, f.truth))).toBe(true);
    }
  });

  test('renderings are what the outside tools make: PDFs, UTF-8 HTML without images, text with the Chinese title', () => {
    for (const f of list.files.filter((x) => x.variant !== 'generated')) {
      const bytes = readFileSync(join(dir, f.file));
      const agency = readTruth(join(dir, f.truth)).agency;
      if (f.format === 'pdf') expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (f.format === 'html') {
        expect(bytes.toString('utf8')).toMatch(/charset=utf-8/i);
        expect(bytes.toString('utf8')).not.toMatch(/<img\b/i);
      }
      if (f.format === 'txt') expect(bytes.toString('utf8')).toContain(agency);
    }
  });
});
