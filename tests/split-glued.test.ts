import type { GluedRun, MappedReport } from '../src/map/types.js';
import { report, requestsRun } from './helpers/mapped-report.js';
import type { SplitCell } from '../src/split/types.js';
import { splitGluedRuns } from '../src/split/index.js';
import { enumerateReadings, pairsDashes } from '../src/split/tokens.js';

/** The solver's cells, where these tests look. */
const cellsOf = (r: MappedReport) => ({ value: splitGluedRuns(r).value.cells });

const byCol = (cells: SplitCell[], row: string) =>
  Object.fromEntries(cells.filter((c) => c.row === row).map((c) => [c.col, c]));
const raws = (cells: SplitCell[], row: string) =>
  cells.filter((c) => c.row === row).map((c) => (c.flags.length ? c.flags[0] : c.raw));

describe('readings of one run', () => {
  test('no leading zeros, decimals only in decimal columns, a minus only in signed ones', () => {
    expect(enumerateReadings('1002', ['count', 'signed'], 100).readings.map((r) => r.tokens)).toEqual([['100', '2']]);
    expect(enumerateReadings('72.5', ['count', 'decimal'], 100).readings.map((r) => r.tokens)).toEqual([['7', '2.5']]);
    expect(enumerateReadings('1.52', ['count', 'count'], 100).readings).toEqual([]);
    expect(enumerateReadings('46-50', ['count', 'signed', 'count'], 100).readings.map((r) => r.values)).toEqual([
      [46, -5, 0],
    ]);
    expect(enumerateReadings('5-3', ['count', 'count', 'count'], 100).readings.map((r) => r.values)).toEqual([
      [5, 0, 3],
    ]);
  });

  test('a space kept by the source is a cut; full-width digits read as digits', () => {
    expect(enumerateReadings('12 3', ['count', 'count'], 100).readings.map((r) => r.tokens)).toEqual([['12', '3']]);
    expect(enumerateReadings('１２３', ['count', 'count'], 100).readings.map((r) => r.tokens)).toEqual([
      ['1', '23'],
      ['12', '3'],
    ]);
  });
});

describe('splitting glued runs with the template arithmetic', () => {
  test('a unique split by the row total (rule 2)', () => {
    // Printed zeros elsewhere would break rule 1 for this row: leave the row 结转下年度 unprinted.
    const r = report([requestsRun('new_received', '21710000218')]);
    r.cells = r.cells.filter((c) => c.row !== 'carried_forward');
    const { value } = cellsOf(r);
    expect(raws(value, 'new_received')).toEqual(['217', '1', '0', '0', '0', '0', '218']);
  });

  test("a split cell keeps its run's row label score (a row read on a guessed label must not count as exact)", () => {
    const run = { ...requestsRun('granted', '2103'), labelScore: 0.8 };
    const cells = cellsOf(report([run], {}, { version: '2021', other: 'single' })).value;
    expect(cells.map((c) => c.labelScore)).toEqual(new Array(7).fill(0.8));
  });

  test('two readings that agree on the total: the cells that differ are ambiguous, with the candidates', () => {
    // Rule 1 would tie the row to others: keep it out by leaving carried_forward unprinted.
    const r = report([requestsRun('new_received', '110000011')]);
    r.cells = r.cells.filter((c) => c.row !== 'carried_forward');
    const cols = byCol(cellsOf(r).value, 'new_received');
    expect(cols.natural_person).toMatchObject({ raw: '110000011', flags: ['ambiguous_split'] });
    expect(cols.natural_person.note).toContain('1|10|0|0|0|0|11');
    expect(cols.natural_person.note).toContain('11|0|0|0|0|0|11');
    expect(cols.commercial.flags).toEqual(['ambiguous_split']);
    expect(cols.research).toMatchObject({ raw: '0', flags: [] });
    expect(cols.total).toMatchObject({ raw: '11', flags: [] });
  });

  test('column sums settle runs jointly: rule 3 fixes the total row, rule 1 then the new requests', () => {
    const printed = { 'requests.granted.natural_person': '11', 'requests.granted.total': '11' };
    const { value } = cellsOf(
      report([requestsRun('new_received', '110000011'), requestsRun('total', '110000011')], printed),
    );
    expect(raws(value, 'total')).toEqual(['11', '0', '0', '0', '0', '0', '11']);
    expect(raws(value, 'new_received')).toEqual(['11', '0', '0', '0', '0', '0', '11']);
  });

  test('no reading satisfies the rules: every cell of the run is no_valid_split', () => {
    const { value } = cellsOf(report([requestsRun('granted', '1111111')]));
    expect(value).toHaveLength(7);
    expect(value.every((c) => c.flags[0] === 'no_valid_split' && c.raw === '1111111')).toBe(true);
    expect(value[0].note).toMatch(/no reading of 1111111/);
  });

  test('part 二 has no sums: several readings leave every differing cell ambiguous', () => {
    const run: GluedRun = {
      table: 'active',
      row: 'normative_docs',
      cols: ['new_made', 'new_published', 'total_published'],
      raw: '6233440',
      geometry: 'text',
    };
    const cells = cellsOf(report([run])).value;
    expect(cells.map((c) => c.flags)).toEqual([['ambiguous_split'], ['ambiguous_split'], ['ambiguous_split']]);
    expect(cells[0].note).toMatch(/^6233440 reads \d+ ways: 6\|2\|33440/);
  });

  test('part 二 with one reading: a signed change and a decimal amount', () => {
    const runs: GluedRun[] = [
      {
        table: 'active',
        row: 'licensing',
        cols: ['prev_count', 'change', 'decisions'],
        raw: '46-50',
        geometry: 'text',
      },
      { table: 'active', row: 'procurement', cols: ['items', 'amount_wan'], raw: '72.5', geometry: 'text' },
    ];
    const cells = cellsOf(report(runs)).value;
    expect(cells.map((c) => c.raw)).toEqual(['46', '-5', '0', '7', '2.5']);
    expect(cells.every((c) => c.flags.length === 0)).toBe(true);
  });

  /** Part 四's 15 numbers printed as one run across its three rows. */
  const reviewRun = (raw: string): GluedRun => {
    const cols = ['upheld', 'corrected', 'other', 'pending', 'total'];
    const rows = ['review', 'litigation_direct', 'litigation_after_review'];
    return {
      table: 'review_litigation',
      row: 'review',
      rows: rows.flatMap((r) => cols.map(() => r)),
      cols: rows.flatMap(() => cols),
      raw,
      geometry: 'text',
    };
  };

  test('part 四: one run across the three rows, split by the row totals (rule 4)', () => {
    const run = reviewRun('14409100010000');
    // 1+4+4+0 = 9 | 1+0+0+0 = 1 | 0+0+0+0 = 0; with a digit short, no reading holds.
    expect(cellsOf(report([{ ...run, raw: '144091000100000' }])).value.map((c) => c.raw)).toEqual([
      '1',
      '4',
      '4',
      '0',
      '9',
      '1',
      '0',
      '0',
      '0',
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(cellsOf(report([run])).value.every((c) => c.flags[0] === 'no_valid_split')).toBe(true);
  });

  test('part 四 with two-digit counts (25 digits, about a million cuts): cut only where the group totals can hold, and settled', () => {
    const cells = cellsOf(report([reviewRun('1318703801903049181430062')])).value;
    expect(cells.map((c) => c.raw)).toEqual([
      '13',
      '18',
      '7',
      '0',
      '38',
      '0',
      '19',
      '0',
      '30',
      '49',
      '18',
      '14',
      '30',
      '0',
      '62',
    ]);
    expect(cells.every((c) => c.flags.length === 0)).toBe(true);
  });
});

describe('a zero printed as dashes', () => {
  const active = (raw: string): GluedRun => ({
    table: 'active',
    row: 'regulations',
    cols: ['issued', 'repealed', 'in_force'],
    raw,
    geometry: 'text',
  });

  test('a report printing single dashes (an odd run of them somewhere) reads —— as two blank cells', () => {
    expect(pairsDashes([], ['——15', '———7'])).toBe(false);
    const cells = cellsOf(report([active('——15'), { ...active('———'), row: 'normative_docs' }])).value;
    expect(cells.filter((c) => c.row === 'regulations').map((c) => c.raw)).toEqual(['—', '—', '15']);
  });

  test('where the report prints —— in a cell of its own, or nothing tells, —— may be one cell: both cuts stay candidates', () => {
    expect(pairsDashes(['——'], ['———1'])).toBe(true);
    expect(pairsDashes([], ['——15'])).toBe(true);
    const cells = cellsOf(report([active('——15')])).value;
    // Issued is blank either way; 1|5 or 0|15 after it.
    expect(cells.map((c) => c.flags[0])).toEqual([undefined, 'ambiguous_split', 'ambiguous_split']);
  });
});
