/**
 * `npm run samples [-- SEED [COUNT]]`: writes samples/generated/NAME.docx and
 * NAME.truth.json for every planned report, and samples/generated/manifest.json.
 * Removes generated reports of an earlier plan that the current one no longer has.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_COUNT, DEFAULT_SEED, planCorpus } from './corpus.js';
import { generateReport } from './report.js';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../generated');
const OWN_FILE = /^gen-\d{3}-\d{4}\.(docx|truth\.json)$/;

const seed = Number(process.argv[2] ?? DEFAULT_SEED);
const count = Number(process.argv[3] ?? DEFAULT_COUNT);
const json = (x: unknown): string => `${JSON.stringify(x, null, 2)}\n`;

mkdirSync(OUT, { recursive: true });
const reports = planCorpus(seed, count).map(generateReport);
const keep = new Set(reports.flatMap((r) => [r.manifest.docx, r.manifest.truth]));
for (const f of readdirSync(OUT)) if (OWN_FILE.test(f) && !keep.has(f)) rmSync(join(OUT, f));
for (const r of reports) {
  writeFileSync(join(OUT, r.manifest.docx), r.docx);
  writeFileSync(join(OUT, r.manifest.truth), json(r.truth));
}
writeFileSync(
  join(OUT, 'manifest.json'),
  json({ generator: 'samples/generator (npm run samples)', seed, reports: reports.map((r) => r.manifest) }),
);
const broken = reports.filter((r) => r.manifest.broken).length;
console.log(`wrote ${reports.length} reports (${broken} with injected errors) to ${OUT}`);
