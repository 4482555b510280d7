/**
 * `npm run bench`: speed and memory of `extract` per format and producer, as ratios to baselines measured in
 * the same run on the same files. See bench/README.md for how to read the figures.
 */
import { writeFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { benchCli, cliReportLines, type CliResult } from './cli.js';
import { BENCH_FORMATS, benchFiles, benchGroups, selectGroups, type BenchFormat } from './corpus.js';
import { reportLines } from './report.js';
import { runBench } from './run.js';
import { benchStartup, startupReportLines } from './startup.js';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

const program = new Command('bench')
  .addOption(new Option('--format <format>', "one format only (all of its producers' groups)").choices(BENCH_FORMATS))
  .option('--group <name>', 'one group only (pdf/libreoffice, pdf/chromium-spaced, md/clean…)')
  .option('--limit <n>', 'at most N files per group', positiveInt)
  .option('--reps <n>', 'timed passes per group (median reported)', positiveInt, 3)
  .option('--passes <n>', 'passes over the same files while watching memory', positiveInt, 3)
  .option('--json <file>', 'also write the full result as JSON')
  .option('--cli', 'measure nianbao extract through the CLI instead (--jobs 1 and --jobs N)')
  .option('--startup', 'measure single-file runs instead: --help and extract of one file per group, --reps times each')
  .option('--docs <n>', 'with --cli: documents per group, the samples cycled (1000 for the long run)', positiveInt, 40)
  .parse();

const opts = program.opts<{
  format?: BenchFormat;
  group?: string;
  limit?: number;
  reps: number;
  passes: number;
  json?: string;
  cli?: boolean;
  startup?: boolean;
  docs: number;
}>();
const groups = (() => {
  try {
    return selectGroups(benchGroups(process.cwd()), opts);
  } catch (err) {
    return program.error((err as Error).message);
  }
})();
if (opts.startup) {
  const results = benchStartup(groups, opts.reps);
  console.log(startupReportLines(results, opts.reps).join('\n'));
  if (opts.json) writeFileSync(opts.json, JSON.stringify(results, null, 2) + '\n');
  process.exit();
}
if (opts.cli) {
  const results: CliResult[] = [];
  for (const group of groups) results.push(await benchCli(group, benchFiles(group, opts.limit), opts.docs));
  console.log(cliReportLines(results).join('\n'));
  if (opts.json) writeFileSync(opts.json, JSON.stringify(results, null, 2) + '\n');
  process.exit();
}
const result = await runBench({
  groups,
  limit: opts.limit ?? null,
  reps: opts.reps,
  passes: opts.passes,
});
console.log(reportLines(result).join('\n'));
if (opts.json) writeFileSync(opts.json, JSON.stringify(result, null, 2) + '\n');
if (result.groups.some((f) => f.failure)) process.exitCode = 1;
