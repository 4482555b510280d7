/**
 * The corpus plan: which reports `npm run samples` writes. 3 in 10 use the 2019 version
 * (years 2019–2020), the rest the 2021 version (2021–2025), a few of those with （六）
 * printed as one row; 1 in 5 carries injected errors, the first a 总计 printed as 0.
 */
import type { ReportPlan } from './report.js';
import { createRng } from './prng.js';

export const DEFAULT_SEED = 20240601;
export const DEFAULT_COUNT = 40;

export function planCorpus(seed = DEFAULT_SEED, count = DEFAULT_COUNT): ReportPlan[] {
  const rng = createRng(seed);
  let brokenSoFar = 0;
  return Array.from({ length: count }, (_, i) => {
    const version = i % 10 < 3 ? '2019' : '2021';
    const year = version === '2019' ? rng.int(2019, 2020) : rng.int(2021, 2025);
    const other = version === '2019' || i % 7 === 3 ? 'single' : 'split';
    const broken = i % 5 === 2;
    const inject = broken ? (brokenSoFar++ % 2 === 0 ? 'total_zero' : 'typo') : undefined;
    const name = `gen-${String(i + 1).padStart(3, '0')}-${year}`;
    // The committed corpus predates prose figures and stays byte-identical; every other seed (holdout) states them.
    const proseFigures = seed !== DEFAULT_SEED;
    return {
      name,
      seed: rng.int(1, 2 ** 31 - 1),
      year,
      layout: { version, other },
      ...(inject ? { inject } : {}),
      ...(proseFigures ? { proseFigures } : {}),
    };
  });
}
