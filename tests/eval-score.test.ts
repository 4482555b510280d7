/** The scoring of FORMAT.md §6 on hand-built records and truths, one measure at a time. */
import { docFailures, falseFlagFailure } from '../src/eval/gate.js';
import type { EvaluatedDoc } from '../src/eval/evaluate.js';
import { NO_RECORD, scoreDocument } from '../src/eval/score.js';
import { cellAccuracy, falseFlagRate, sumScores } from '../src/eval/totals.js';
import { parseTruth, type Truth } from '../src/eval/truth.js';
import { factAt, perfectRecord } from './helpers/eval-records.js';

const truth = (extra: Partial<Truth> = {}): Truth =>
  parseTruth(
    JSON.stringify({
      name: 't',
      template: '2021',
      cells: {
        'review_litigation.review.upheld': 3,
        'review_litigation.review.corrected': 1,
        'review_litigation.review.other': 0,
        'review_litigation.review.pending': 0,
        'review_litigation.review.total': 4,
        'active.fees.amount_wan': 7730.28,
      },
      ...extra,
    }),
    't.truth.json',
  );

const setFact = (rec: ReturnType<typeof perfectRecord>, cell: string, value: number | null, flags: string[] = []) => {
  rec.facts = rec.facts.map((f) => (`${f.table}.${f.row}.${f.col}` === cell ? factAt(cell, value, flags) : f));
  return rec;
};

const asDoc = (score: ReturnType<typeof scoreDocument>): EvaluatedDoc => ({
  path: 'x.pdf',
  format: 'pdf',
  enforcedBy: 'test',
  ms: 0,
  score,
});

describe('scoreDocument', () => {
  test('a perfect record meets every measure', () => {
    const t = truth();
    const s = scoreDocument(t, perfectRecord(t));
    expect(s).toMatchObject({ truthCells: 6, correct: 6, silent: 0, extra: 0, rightFlagged: 0 });
    expect(s.templateGot).toBe('2021');
    expect(docFailures(asDoc(s))).toEqual([]);
  });

  test('a wrong unflagged value is a silent error named with both values', () => {
    const t = truth();
    const s = scoreDocument(t, setFact(perfectRecord(t), 'review_litigation.review.upheld', 5));
    expect(s.correct).toBe(5);
    expect(s.silent).toBe(1);
    expect(docFailures(asDoc(s))).toEqual(['review_litigation.review.upheld expected 3 got 5 (no flag)']);
  });

  test('a wrong value that is flagged or in a failed check costs accuracy but is not silent', () => {
    const t = truth();
    const flagged = scoreDocument(
      t,
      setFact(perfectRecord(t), 'review_litigation.review.upheld', 5, ['low_confidence']),
    );
    expect(flagged).toMatchObject({ correct: 5, silent: 0 });
    const rec = setFact(perfectRecord(t), 'review_litigation.review.upheld', 5);
    rec.checks.push({
      rule: '4',
      ok: false,
      cells: ['review_litigation.review.upheld', 'review_litigation.review.total'],
      message: '',
    });
    const inCheck = scoreDocument(t, rec);
    expect(inCheck).toMatchObject({ correct: 5, silent: 0 });
    expect(docFailures(asDoc(inCheck))).toEqual([
      'review_litigation.review.upheld expected 3 got 5 (in a failed check, no flag)',
    ]);
  });

  test('a passing check does not excuse a wrong value', () => {
    const t = truth();
    const rec = setFact(perfectRecord(t), 'review_litigation.review.upheld', 5);
    rec.checks.push({ rule: '4', ok: true, cells: ['review_litigation.review.upheld'], message: '' });
    expect(scoreDocument(t, rec).silent).toBe(1);
  });

  test('a missing fact is wrong, and silent without a failed check', () => {
    const t = truth();
    const rec = perfectRecord(t);
    rec.facts = rec.facts.filter((f) => f.col !== 'pending');
    const s = scoreDocument(t, rec);
    expect(s).toMatchObject({ correct: 5, silent: 1 });
    expect(docFailures(asDoc(s))).toEqual(['review_litigation.review.pending expected 0 got no fact (no flag)']);
  });

  test('decimals compare by value', () => {
    const t = truth();
    expect(scoreDocument(t, setFact(perfectRecord(t), 'active.fees.amount_wan', 7730.28)).correct).toBe(6);
    expect(scoreDocument(t, setFact(perfectRecord(t), 'active.fees.amount_wan', 7730.2)).correct).toBe(5);
  });

  test('no record at all: every cell missing and the template wrong', () => {
    const s = scoreDocument(truth(), NO_RECORD);
    expect(s).toMatchObject({ correct: 0, silent: 6, templateGot: null });
    expect(docFailures(asDoc(s))[0]).toBe('template expected 2021 got no record');
  });

  test('template right only when the record says the truth version', () => {
    const t = truth();
    const rec = perfectRecord(t);
    rec.report.template = '2019';
    expect(docFailures(asDoc(scoreDocument(t, rec)))).toEqual(['template expected 2021 got 2019']);
    expect(sumScores([scoreDocument(t, rec), scoreDocument(t, perfectRecord(t))]).templateRight).toBe(1);
  });

  test('extra facts: non-null values for unlisted cells count, silent only without a flag', () => {
    const t = truth();
    const rec = perfectRecord(t);
    rec.facts.push(
      factAt('active.licensing.decisions', 2),
      factAt('active.punishment.decisions', 1, ['ambiguous_split']),
    );
    rec.facts.push(factAt('active.coercion.decisions', null, ['cell_missing']));
    const s = scoreDocument(t, rec);
    expect(s).toMatchObject({ extra: 2, silent: 1 });
    expect(docFailures(asDoc(s))).toEqual([
      'active.licensing.decisions is not in the truth file but has value 2 (no flag)',
      'active.punishment.decisions is not in the truth file but has value 1 (flagged: ambiguous_split)',
    ]);
  });

  test('a second fact for a cell counts as extra', () => {
    const t = truth();
    const rec = perfectRecord(t);
    rec.facts.push(factAt('review_litigation.review.upheld', 3));
    expect(scoreDocument(t, rec)).toMatchObject({ correct: 6, extra: 1, silent: 1 });
  });

  test('broken cells: caught by a failed check or a flag, uncaught otherwise', () => {
    const t = truth({ broken: ['review_litigation.review.total'] });
    expect(scoreDocument(t, perfectRecord(t))).toMatchObject({ broken: 1, brokenCaught: 1, silent: 0, correct: 6 });
    const flaggedOnly = perfectRecord(t);
    flaggedOnly.checks = [];
    setFact(flaggedOnly, 'review_litigation.review.total', 4, ['check_failed']);
    expect(scoreDocument(t, flaggedOnly).brokenCaught).toBe(1);
    const uncaught = perfectRecord(t);
    uncaught.checks = [];
    const s = scoreDocument(t, uncaught);
    expect(s).toMatchObject({ brokenCaught: 0, correct: 6 });
    expect(docFailures(asDoc(s))).toEqual([
      'review_litigation.review.total is broken in the source (printed 4) but no check failed on it and it has no flag',
    ]);
  });

  test('a failed check on a document whose truth lists no broken cell fails it, and counts as a false check', () => {
    const t = truth();
    const alarmed = perfectRecord(t);
    alarmed.checks = [
      {
        rule: '4',
        ok: false,
        cells: ['review_litigation.review.total'],
        message: '行政复议 总计 printed 4, parts sum to 5',
      },
    ];
    const s = scoreDocument(t, alarmed);
    expect(docFailures(asDoc(s))).toEqual([
      'check failed although the truth lists no broken cell and its cells read right: rule 4: 行政复议 总计 printed 4, parts sum to 5',
    ]);
    expect(sumScores([s]).falseChecks).toBe(1);
    const withBroken = truth({ broken: ['review_litigation.review.total'] });
    expect(sumScores([scoreDocument(withBroken, perfectRecord(withBroken))]).falseChecks).toBe(0);
  });

  test('must_flag cells: flagged counts, unflagged or absent is silent', () => {
    const t = truth({ must_flag: ['active.normative_docs.issued', 'active.normative_docs.repealed'] });
    expect(scoreDocument(t, perfectRecord(t))).toMatchObject({ mustFlag: 2, mustFlagFlagged: 2, silent: 0, extra: 0 });
    const rec = setFact(perfectRecord(t), 'active.normative_docs.issued', 62, []);
    rec.facts = rec.facts.filter((f) => !(f.row === 'normative_docs' && f.col === 'repealed'));
    const s = scoreDocument(t, rec);
    expect(s).toMatchObject({ mustFlagFlagged: 0, silent: 2, extra: 0 });
    expect(docFailures(asDoc(s))).toEqual([
      'active.normative_docs.issued must be flagged, got 62 (no flag)',
      'active.normative_docs.repealed must be flagged, got no fact (no flag)',
    ]);
  });

  test('must_flag in cells or broken outside cells is a bad truth file', () => {
    expect(() => truth({ must_flag: ['review_litigation.review.total'] })).toThrow(/also in cells/);
    expect(() => truth({ broken: ['requests.total.total'] })).toThrow(/not in cells/);
  });
});

describe('false-flag rate', () => {
  test('flagged right values over right values, only on documents without broken cells', () => {
    const clean = truth();
    const flaggedRight = setFact(perfectRecord(clean), 'review_litigation.review.other', 0, ['blank_inferred']);
    const brokenTruth = truth({ broken: ['review_litigation.review.total'] });
    const brokenRec = setFact(perfectRecord(brokenTruth), 'review_litigation.review.upheld', 3, ['low_confidence']);
    const scores = [scoreDocument(clean, flaggedRight), scoreDocument(brokenTruth, brokenRec)];
    const m = sumScores(scores);
    expect(m).toMatchObject({ cleanRightFacts: 6, cleanRightFlagged: 1 });
    expect(falseFlagRate(m)).toBeCloseTo(1 / 6);
    expect(falseFlagFailure(scores.map(asDoc))).toMatch(/false-flag rate 16\.67 %/);
    expect(docFailures(asDoc(scores[0]))).toEqual([]);
  });

  test('below 1 % passes', () => {
    const cells = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`requests.r${i}.total`, i]));
    const t = truth({ cells });
    const s = scoreDocument(t, setFact(perfectRecord(t), 'requests.r1.total', 1, ['x']));
    expect(falseFlagRate(sumScores([s]))).toBeCloseTo(0.005);
    expect(falseFlagFailure([asDoc(s)])).toBeNull();
  });
});

describe('corpus totals', () => {
  test('cell accuracy is over all truth cells of the corpus', () => {
    const t = truth();
    const a = scoreDocument(t, perfectRecord(t));
    const b = scoreDocument(t, setFact(perfectRecord(t), 'review_litigation.review.upheld', 9));
    const m = sumScores([a, b]);
    expect(m).toMatchObject({ documents: 2, truthCells: 12, correct: 11, silent: 1 });
    expect(cellAccuracy(m)).toBeCloseTo(11 / 12);
  });
});
