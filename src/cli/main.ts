/**
 * The `nianbao` command (bin/nianbao.js loads this file). Each command imports its module (the
 * pipeline, pdf.js…) when it runs, so `--help` and usage errors start in a fraction of a second.
 */
import { Command, CommanderError } from 'commander';
import { EXIT } from './exit-codes.js';
import { registerSeriesCommands } from './series-command.js';

// pdf.js runs its worker in this thread and, on some damaged files, leaves a promise of its own
// rejected with no handler; that must not end the batch. Logged, never silent.
process.on('unhandledRejection', (reason) =>
  process.stderr.write(`nianbao: a parser left an error unhandled (ignored): ${String(reason)}\n`),
);

const program = new Command()
  .name('nianbao')
  .description('Turns 政府信息公开工作年度报告 (PDF, DOCX, DOC, HTML, text) into checked JSON records')
  .exitOverride();

program
  .command('extract')
  .description('write one JSON record per accepted input file under --out')
  .argument('<inputs...>', 'files or directories (searched recursively; hidden files and *.truth.json skipped)')
  .requiredOption('--out <dir>', 'output directory; a record goes to OUT/<path relative to the root>.json')
  .option('--review', 'also write OUT/<path relative to the root>.review.html, the HTML review page of each record')
  .option('--verbose', "log every warning of every file with its message (a bug's stack is always logged)")
  .addHelpText(
    'after',
    `
Accepted files: .pdf .docx .doc .html .htm .txt .md in any case; the parser is chosen by content
(a .txt whose tables are Markdown pipe tables is read as Markdown).
The root is the one directory argument when it is the only argument, otherwise the deepest
directory containing all arguments: "extract in/ --out out" writes out/2023/a.pdf.json for
in/2023/a.pdf. Inputs are processed in sorted order; one bad file never stops the batch.
No accepted files at all is not an error: nothing is written and the exit code is 0.

Exit codes: 0 every record written without error; 1 at least one error record (the others
are still written); 2 usage error or OUT not writable.

OUT/review.csv lists what a reviewer must look at, worst first: error records, flagged cells and
cells of failed checks (lowest confidence first), unmapped entries. See docs/review.md.`,
  )
  .action(async (inputs: string[], options: { out: string; review?: boolean; verbose?: boolean }) => {
    const { runExtract } = await import('./extract-command.js');
    process.exitCode = await runExtract(inputs, options.out, (line) => process.stderr.write(line + '\n'), {
      review: options.review,
      verbose: options.verbose,
    });
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
    process.exitCode = await runReview(record, options, (line) => process.stderr.write(line + '\n'));
  });

registerSeriesCommands(program, (line) => process.stderr.write(line + '\n'));

try {
  await program.parseAsync();
} catch (err) {
  if (!(err instanceof CommanderError)) throw err;
  // --help and --version end through here too, with exit code 0.
  process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
}
