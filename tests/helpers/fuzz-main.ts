/**
 * `npm run fuzz -- N [SEED]`: N mutated inputs (tests/helpers/fuzz.ts) through the pipeline; prints
 * count, time, peak memory, outcomes by error code, silent values, and every problem with the
 * case that caused it. Exits 1 when any input crashed, hung the run or gave an invalid record.
 */
import { fuzzCases, fuzzTruths, runFuzzCase } from './fuzz.js';

const count = Number(process.argv[2] ?? 2000);
const seed = Number(process.argv[3] ?? 1);
const truthOf = fuzzTruths();
const started = performance.now();
const codes = new Map<string, number>();
let problems = 0;
let silentDocs = 0;
let slowest = { ms: 0, id: -1 };
process.on('unhandledRejection', (reason) => {
  problems++;
  console.log(`unhandled rejection: ${String(reason)}`);
});
for (const c of fuzzCases(count, seed)) {
  const o = await runFuzzCase(c, truthOf);
  const code =
    o.record.error?.code ??
    (o.record.review.reasons.some((r) => r.startsWith('damaged:')) ? 'record (damage named)' : 'record');
  codes.set(code, (codes.get(code) ?? 0) + 1);
  if (o.silent.length) silentDocs++;
  if (o.ms > slowest.ms) slowest = { ms: o.ms, id: c.id };
  for (const p of o.problems) console.log(`case ${c.id} (${c.kind} of ${c.base}): ${p}`);
  problems += o.problems.length;
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `fuzz seed ${seed}: ${count} inputs in ${seconds.toFixed(1)} s, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB, slowest input ${Math.round(slowest.ms)} ms (case ${slowest.id})`,
);
console.log(
  `outcomes: ${[...codes]
    .sort()
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}`,
);
console.log(
  `records with a value unlike the original's and no flag or failed check: ${silentDocs} (a mutation can change a printed number itself)`,
);
console.log(problems ? `FAIL: ${problems} problems` : 'PASS: every input ended in a valid record or a clean error');
process.exitCode = problems ? 1 : 0;
