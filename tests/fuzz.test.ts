/**
 * Fuzz (issue 15): 500 mutated generated samples — bit flips, truncations, splices, duplicated
 * parts, garbled PDF cross-reference tables and zip central directories — across PDF, DOCX, HTML
 * and text. Each must end in a schema-valid record or a clean error record: no crash, no hang,
 * no unhandled rejection, no INTERNAL, no lone surrogate. Seeded: the same 500 inputs every run.
 * Longer runs: `npm run fuzz -- N [SEED]`.
 */
import { fuzzCases, fuzzTruths, runFuzzCase, type FuzzOutcome } from './helpers/fuzz.js';

const COUNT = 500;
const SEED = 15;
/** Far above any one input's time here: a hang, not slowness, trips it. */
const MAX_MS_PER_INPUT = 20_000;

describe('fuzz', () => {
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  beforeAll(() => process.on('unhandledRejection', onRejection));
  afterAll(() => process.off('unhandledRejection', onRejection));

  test(`${COUNT} mutated inputs each end in a valid record or a clean error`, async () => {
    const truthOf = fuzzTruths();
    const outcomes: FuzzOutcome[] = [];
    for (const c of fuzzCases(COUNT, SEED)) outcomes.push(await runFuzzCase(c, truthOf));
    const problems = outcomes.flatMap((o) =>
      o.problems.map((p) => `case ${o.case.id} (${o.case.kind} of ${o.case.base}): ${p}`),
    );
    expect(problems).toEqual([]);
    expect(outcomes.filter((o) => o.ms > MAX_MS_PER_INPUT).map((o) => o.case.id)).toEqual([]);
    expect(rejections).toEqual([]);
    // Every format and every kind of mutation was exercised, and some inputs still read as reports.
    expect(new Set(outcomes.map((o) => o.record.source.format ?? 'none'))).toEqual(
      new Set(['pdf', 'docx', 'html', 'txt', 'none']),
    );
    expect(new Set(outcomes.map((o) => o.case.kind)).size).toBe(5);
    expect(outcomes.filter((o) => !o.record.error).length).toBeGreaterThan(COUNT / 4);
  }, 600_000);
});
