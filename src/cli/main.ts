/**
 * The `nianbao` command (bin/nianbao.js loads this file). Each command imports its module (the
 * pipeline, the worker pool, the dataset, pdf.js…) when it runs, so `--help` and usage errors
 * start in a fraction of a second.
 */
import { Command, CommanderError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import type { BatchOptions } from './batch-setup.js';
import { DEFAULT_MEMORY_MB, EXIT } from './exit-codes.js';
import type { ExportOptions } from './export-command.js';
import type { SeriesOptions } from './series-command.js';
import type { WatchOptions } from './watch.js';
import { logUnhandledRejections } from './unhandled.js';

logUnhandledRejections();

const log = (line: string) => process.stderr.write(line + '\n');
const number = (value: string) => Number(value);

/** The options `extract` and `watch` share. */
function batchOptions(command: Command): Command {
  return command
    .requiredOption('--out <dir>', 'output directory; a record goes to OUT/<path relative to the root>.json')
    .option('--review', 'also write OUT/<path relative to the root>.review.html, the HTML review page of each record')
    .option(
      '--jobs <n>',
      `worker threads parsing in parallel (default: the machine's cores, here ${availableParallelism()})`,
      number,
    )
    .option(
      '--timeout <seconds>',
      'time limit per file; a file over it gets an error record TIMEOUT (default: none)',
      number,
    )
    .option(
      '--memory <mb>',
      `heap limit per worker; a file over it gets an error record TOO_LARGE (default: ${DEFAULT_MEMORY_MB})`,
      number,
    )
    .option('--force', 'parse every file again, even those whose records are current in the manifest')
    .option('--verbose', "log every warning of every file with its message (a bug's stack is always logged)")
    .addOption(
      new Option('--log <format>', 'log format on stderr (default: text on a terminal, json otherwise)').choices([
        'json',
        'text',
      ]),
    );
}

/** Commander's options as the batch takes them; the progress line only on a terminal. */
const batchOf = (options: BatchOptions): BatchOptions => ({
  ...options,
  ...(process.stderr.isTTY ? { progress: (text: string) => process.stderr.write(text) } : {}),
});

const program = new Command()
  .name('nianbao')
  .description('Turns 政府信息公开工作年度报告 (PDF, DOCX, DOC, HTML, Markdown, text) into checked JSON records')
  .exitOverride();

batchOptions(
  program
    .command('extract')
    .description('write one JSON record per accepted input file under --out')
    .argument('<inputs...>', 'files or directories (searched recursively; hidden files and *.truth.json skipped)'),
)
  .addHelpText(
    'after',
    `
Accepted files: .pdf .docx .doc .html .htm .txt .md in any case; the parser is chosen by content
(a .txt whose tables are Markdown pipe tables is read as Markdown).
The root is the one directory argument when it is the only argument, otherwise the deepest
directory containing all arguments: "extract in/ --out out" writes out/2023/a.pdf.json for
in/2023/a.pdf. Inputs are processed in sorted order; one bad file never stops the batch.
No accepted files at all is not an error: nothing is written and the exit code is 0.

Incremental: OUT/manifest.jsonl records each input's sha256 and nianbao's version; a file whose
record is current is skipped (--force parses it again). Every output is written atomically, so
a run killed half-way and run again ends with the outputs of an uninterrupted run.
OUT/nianbao.sqlite is the dataset (reports, facts, checks, flags); see "nianbao export".
Logs: one JSON object per file on stderr when it is not a terminal (or --log json), then a summary.

Exit codes: 0 every record written without error; 1 at least one error record (the others
are still written); 2 usage error or OUT not writable.

OUT/review.csv lists what a reviewer must look at, worst first: error records, flagged cells and
cells of failed checks (lowest confidence first), unmapped entries. See docs/review.md.`,
  )
  .action(async (inputs: string[], options: BatchOptions & { out: string }) => {
    const { runExtract } = await import('./extract-command.js');
    process.exitCode = await runExtract(inputs, options.out, log, batchOf(options));
  });

batchOptions(
  program
    .command('watch')
    .description('process files as they arrive in INBOX, until SIGTERM or SIGINT')
    .argument('<inbox>', 'the folder a crawler drops files into (searched recursively, hidden files skipped)'),
)
  .option('--settle <ms>', 'a file is taken once its size and mtime have not changed for this long', number, 2000)
  .addHelpText(
    'after',
    `
Polls INBOX (no fs.watch: it misses events on network file systems). Records, manifest,
review.csv and the dataset are those of "nianbao extract INBOX --out OUT", kept current file by
file; a restart skips what is done. SIGTERM or SIGINT: stops polling, abandons the files being
parsed (nothing half-written; the next start takes them), exits 0, or 1 if any record it wrote
is an error record.`,
  )
  .action(async (inbox: string, options: WatchOptions & { out: string; settle: number }) => {
    const stop = new AbortController();
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => stop.abort());
    const { runWatch } = await import('./watch.js');
    process.exitCode = await runWatch(
      inbox,
      options.out,
      log,
      { ...batchOf(options), settleMs: options.settle },
      stop.signal,
    );
  });

program
  .command('export')
  .description('write the dataset of OUT (OUT/nianbao.sqlite) as CSV or JSON lines')
  .argument('<out>', 'an output folder of nianbao extract or watch')
  .addOption(
    new Option('--format <format>', 'csv (UTF-8 with BOM) or jsonl').choices(['csv', 'jsonl']).makeOptionMandatory(),
  )
  .addOption(
    new Option('--shape <shape>', 'long: one row per fact; wide: one row per report, one column per canonical key')
      .choices(['long', 'wide'])
      .default('long'),
  )
  .option('--output <file>', 'where to write (default: standard output)')
  .action(async (out: string, options: ExportOptions) => {
    const { runExport } = await import('./export-command.js');
    process.exitCode = runExport(out, options, log);
  });

program
  .command('review')
  .description('write the static HTML review page of one record')
  .argument('<record>', 'a record written by nianbao extract (RECORD.json)')
  .option(
    '--source <file>',
    "the source document (default: the record's source.file, relative to the current directory)",
  )
  .option('--out <file>', 'where to write the page (default: RECORD.review.html beside the record)')
  .addHelpText(
    'after',
    `
The page shows the three tables as read, flagged cells and cells of failed checks highlighted
(reasons on hover and on keyboard focus), the failed checks, unmapped entries and review
reasons; for a PDF source, the page region of each table rendered beside it. When the source is
absent or its sha256 differs from the record's, the page says so and has no images.

Exit codes: 0 page written; 1 page written for an error record; 2 usage error, unreadable
record or unwritable --out.`,
  )
  .action(async (record: string, options: { source?: string; out?: string }) => {
    const { runReview } = await import('./review-command.js');
    process.exitCode = await runReview(record, options, log);
  });

const ALIASES_HELP =
  'alias file correcting the grouping: "A = B" merges, "!A" keeps A apart (or JSON {"merge":[[…]],"split":[…]}); see docs/series.md';

/** `agencies` and `diff`: their module (the whole pipeline, for source files) loads when one runs. */
function registerSeriesCommands(program: Command): void {
  program
    .command('agencies')
    .description("group reports by agency and list each group's years, for a person to check the grouping")
    .argument('<inputs...>', 'records written by nianbao extract (files or directories), or source files')
    .option('--aliases <file>', ALIASES_HELP)
    .option('--format <format>', 'text (default) or json')
    .action(async (inputs: string[], options: SeriesOptions) => {
      const { runAgencies } = await import('./series-command.js');
      process.exitCode = await runAgencies(inputs, options, log);
    });
  program
    .command('diff')
    .description(
      "compare one agency's reports year by year: nianbao diff A B (these files), nianbao diff DIR (every agency in it)",
    )
    .argument('<inputs...>', 'records or source files; a directory is grouped by agency')
    .option('--aliases <file>', ALIASES_HELP)
    .option(
      '--format <format>',
      'text (default), md, csv (UTF-8 with BOM), json or html (self-contained page with charts)',
    )
    .option('--out <file>', 'write there instead of standard output (the format follows the extension unless --format)')
    .addHelpText(
      'after',
      `
Per canonical cell: the value per year, the change and the percent change from the year
before. Across the 2019 → 2021 template change parts 三 and 四 are compared in full (（六） as
the sum of its items), part 二 only where the meaning is the same; the rest is "n/c". The
cross-year rule (this year's carried_over = last year's carried_forward) is checked column by
column; a failed check names both cells and both files. Values flagged in either record are
marked *. Exit codes: 0 written; 1 an input is an error record; 2 usage error.`,
    )
    .action(async (inputs: string[], options: SeriesOptions) => {
      const { runDiff } = await import('./series-command.js');
      process.exitCode = await runDiff(inputs, options, log);
    });
}

registerSeriesCommands(program);

try {
  await program.parseAsync();
} catch (err) {
  if (!(err instanceof CommanderError)) throw err;
  // --help and --version end through here too, with exit code 0.
  process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
}
