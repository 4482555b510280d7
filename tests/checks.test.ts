import { runChecks, type CellValues } from '../src/checks/index.js';
import { cellId, layoutCells, type Layout } from '../src/template/index.js';

const layout: Layout = { version: '2021', other: 'split' };
const cells = layoutCells(layout);

/** A consistent table: every cell 0 except one request handled and one review pending. */
function consistent(): CellValues {
  const v: CellValues = new Map(cells.map((c) => [cellId(c), 0]));
  for (const row of ['new_received', 'granted', 'total']) {
    v.set(`requests.${row}.natural_person`, 1);
    v.set(`requests.${row}.total`, 1);
  }
  v.set('review_litigation.review.pending', 11);
  v.set('review_litigation.review.total', 11);
  return v;
}

describe('runChecks', () => {
  test('a consistent table passes every check of rules 1–5', () => {
    const {
      value: { checks },
      warnings,
    } = runChecks(layout, cells, consistent());
    expect(warnings).toEqual([]);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(new Set(checks.map((c) => c.rule))).toEqual(new Set(['1', '2', '3', '4', '5']));
  });

  test('a total printed 0 fails rule 4 with every cell listed and a sentence', () => {
    const v = consistent();
    v.set('review_litigation.review.total', 0);
    const failed = runChecks(layout, cells, v).value.checks.filter((c) => !c.ok);
    expect(failed).toHaveLength(1);
    expect(failed[0].rule).toBe('4');
    expect(failed[0].message).toBe('行政复议 总计 printed 0, parts sum to 11');
    expect(failed[0].cells.sort()).toEqual(
      ['total', 'upheld', 'corrected', 'other', 'pending'].map((c) => `review_litigation.review.${c}`).sort(),
    );
  });

  test('one wrong request total fails rules 1, 2 and 3 along its row and column', () => {
    const v = consistent();
    v.set('requests.total.natural_person', 2);
    const failed = runChecks(layout, cells, v).value.checks.filter((c) => !c.ok);
    expect(failed.map((c) => c.rule).sort()).toEqual(['1', '2', '3']);
    for (const c of failed) expect(c.cells).toContain('requests.total.natural_person');
    expect(failed.find((c) => c.rule === '3')!.message).toBe('自然人 总计 printed 2, parts sum to 1');
    expect(failed.find((c) => c.rule === '1')!.message).toContain('= 1, but');
  });

  test('a check with a null cell is not evaluated: a warning, not a failed check', () => {
    const v = consistent();
    v.set('review_litigation.review.upheld', null);
    const {
      value: { checks },
      warnings,
    } = runChecks(layout, cells, v);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.some((c) => c.rule === '4' && c.cells.includes('review_litigation.review.upheld'))).toBe(false);
    expect(warnings.map((w) => w.code)).toEqual(['check_not_evaluated']);
    expect(warnings[0].message).toContain('review_litigation.review.upheld');
  });

  test('rule 5 fails a negative count and a fractional count, allows a negative change', () => {
    const v = consistent();
    v.set('active.licensing.decisions', -1);
    v.set('active.punishment.decisions', 1.5);
    const failed = runChecks(layout, cells, v).value.checks.filter((c) => !c.ok);
    expect(failed.map((c) => c.cells)).toEqual([['active.licensing.decisions'], ['active.punishment.decisions']]);

    const l2019: Layout = { version: '2019', other: 'single' };
    const c2019 = layoutCells(l2019);
    const v2019: CellValues = new Map(c2019.map((c) => [cellId(c), 0]));
    v2019.set('active.licensing.change', -4);
    expect(runChecks(l2019, c2019, v2019).value.checks.filter((c) => !c.ok)).toEqual([]);
  });

  test('values are never changed by checking', () => {
    const v = consistent();
    v.set('review_litigation.review.total', 0);
    const before = [...v];
    runChecks(layout, cells, v);
    expect([...v]).toEqual(before);
  });
});
