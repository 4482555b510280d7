/**
 * `npm run eval [DIR...]`: runs the pipeline over every input with a truth file and prints the
 * measures of FORMAT.md §6 per document and in total. Exit 0 when every enforced document
 * (eval/enforced.json) meets the pass mark, 1 when one does not, 2 on a usage error.
 */
import { Command } from 'commander';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discover } from './discover.js';
import { parseEnforced, unmatchedEntries } from './enforced.js';
import { evaluateAll } from './evaluate.js';
import { docFailures, falseFlagFailure } from './gate.js';
import { renderJson, renderText } from './report.js';
import { byCodePoint } from './score.js';
import { pipelineSource, recordsSource, unavailableSource, type RecordSource } from './source.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const SHARED = resolve(ROOT, '../shared/samples');

interface Options {
  json?: string;
  records?: string;
  enforced: string;
  limit: string;
  timeout: string;
  verbose?: boolean;
}

const displayPath = (abs: string): string => relative(ROOT, abs).split(sep).join('/');

/** The project's samples and ../shared/samples; the latter's absence is said, and fails under CI. */
function defaultDirs(setFailures: string[]): string[] {
  const dirs = [resolve(ROOT, 'samples')].filter(existsSync);
  if (existsSync(SHARED)) dirs.push(SHARED);
  else if (process.env.CI === 'true') setFailures.push(`${SHARED} is absent; CI must provide ../shared/samples`);
  else console.log(`NOTE: ${SHARED} is absent: the shared real samples are not evaluated`);
  return dirs;
}

async function recordSource(opts: Options): Promise<RecordSource> {
  if (opts.records) return recordsSource(resolve(opts.records));
  const source = await pipelineSource();
  if (typeof source === 'function') return source;
  console.log(`NOTE: ${source.unavailable}: every document is scored as having no record`);
  return unavailableSource(source.unavailable);
}

async function main(dirArgs: string[], opts: Options): Promise<number> {
  const setFailures: string[] = [];
  const missing = dirArgs.filter((d) => !existsSync(d));
  if (missing.length > 0) {
    console.error(`nianbao-eval: no such directory: ${missing.join(', ')}`);
    return 2;
  }
  const dirs = dirArgs.length > 0 ? dirArgs.map((d) => resolve(d)) : defaultDirs(setFailures);
  const enforced = parseEnforced(readFileSync(opts.enforced, 'utf8'), opts.enforced);
  const found = discover(dirs);
  for (const t of found.orphanTruths) console.log(`NOTE: ${displayPath(t)} has no input beside it`);
  const inputs = found.samples
    .map((sample) => ({ sample, path: displayPath(sample.input) }))
    .sort((a, b) => byCodePoint(a.path, b.path));
  console.log(
    `Evaluating ${inputs.length} documents with truth files under ${dirs.map(displayPath).join(', ') || '(none)'}`,
  );

  const source = await recordSource(opts);
  const docs = await evaluateAll(inputs, source, enforced, Number(opts.timeout), (d) => {
    const why = d.failure ?? (d.recordError && `error ${d.recordError}`);
    process.stderr.write(`  ${d.path}  ${d.ms} ms${why ? `  (${why.split('\n')[0]})` : ''}\n`);
  });

  const enforcedDocs = docs.filter((d) => d.enforcedBy);
  const rate = falseFlagFailure(enforcedDocs);
  if (rate) setFailures.push(rate);
  // Only a run over the default directories sees every document an entry can name.
  if (dirArgs.length === 0)
    setFailures.push(
      ...unmatchedEntries(enforced, new Set(enforcedDocs.map((d) => d.enforcedBy!)), existsSync(SHARED)),
    );
  const failing = enforcedDocs.filter((d) => docFailures(d).length > 0);
  const pass = failing.length === 0 && setFailures.length === 0;

  console.log(renderText(docs, setFailures, { limit: Number(opts.limit), verbose: !!opts.verbose }));
  if (opts.json) writeFileSync(opts.json, renderJson(docs, setFailures, pass));
  console.log(
    pass
      ? `PASS: ${enforcedDocs.length} enforced documents meet the pass mark (${docs.length - enforcedDocs.length} measured, not enforced)`
      : `FAIL: ${failing.length} of ${enforcedDocs.length} enforced documents miss the pass mark${setFailures.length ? `; ${setFailures.length} set-level failure(s)` : ''}`,
  );
  return pass ? 0 : 1;
}

const program = new Command('nianbao-eval')
  .description('Measure the pipeline against every input with a truth file (FORMAT.md §6)')
  .argument('[dirs...]', 'directories to search (default: samples/ and ../shared/samples)')
  .option('--json <file>', 'also write the measures as JSON')
  .option(
    '--records <dir>',
    'score records already written by `nianbao extract DIR --out <dir>` instead of running the pipeline',
  )
  .option('--enforced <file>', 'the list of enforced documents', resolve(ROOT, 'eval/enforced.json'))
  .option('--limit <n>', 'problems listed per document', '15')
  .option('--timeout <seconds>', 'time allowed per document', '120')
  .option('--verbose', 'list the problems of documents that are not enforced too')
  .action(async (dirs: string[], opts: Options) => {
    process.exitCode = await main(dirs, opts);
  });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  console.error(`nianbao-eval: ${(e as Error).message}`);
  process.exitCode = 2;
}
// A document that timed out may still hold the event loop: the verdict is in, so leave.
process.exit();
