/** The `nianbao` command (bin/nianbao.js loads this file). */
import { Command, CommanderError } from 'commander';
import { EXIT, runExtract } from './extract-command.js';

const program = new Command()
  .name('nianbao')
  .description('Turns 政府信息公开工作年度报告 (PDF, DOCX, DOC, HTML, text) into checked JSON records')
  .exitOverride();

program
  .command('extract')
  .description('write one JSON record per accepted input file under --out')
  .argument('<inputs...>', 'files or directories (searched recursively; hidden files and *.truth.json skipped)')
  .requiredOption('--out <dir>', 'output directory; a record goes to OUT/<path relative to the root>.json')
  .addHelpText(
    'after',
    `
Accepted files: .pdf .docx .doc .html .htm .txt in any case; the parser is chosen by content.
The root is the one directory argument when it is the only argument, otherwise the deepest
directory containing all arguments: "extract in/ --out out" writes out/2023/a.pdf.json for
in/2023/a.pdf. Inputs are processed in sorted order; one bad file never stops the batch.
No accepted files at all is not an error: nothing is written and the exit code is 0.

Exit codes: 0 every record written without error; 1 at least one error record (the others
are still written); 2 usage error or OUT not writable.`,
  )
  .action(async (inputs: string[], options: { out: string }) => {
    process.exitCode = await runExtract(inputs, options.out, (line) => process.stderr.write(line + '\n'));
  });

try {
  await program.parseAsync();
} catch (err) {
  if (!(err instanceof CommanderError)) throw err;
  // --help and --version end through here too, with exit code 0.
  process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
}
