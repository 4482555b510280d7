/** `nianbao extract`: one record per accepted input, written under OUT; one log line per file. */
import { accessSync, constants, mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Warning } from '../core/index.js';
import { extractWithWarnings } from '../pipeline.js';
import type { NianbaoRecord } from '../record/schema.js';
import type { Stages } from '../stages.js';
import { reviewCsv, reviewItems, reviewPage, type ReviewItem } from '../review/index.js';
import { EXIT } from './exit-codes.js';
import { collectInputs, type InputFile } from './inputs.js';

export type Log = (line: string) => void;

function summary(record: NianbaoRecord): string {
  if (record.error) return `ERROR ${record.error.code}: ${record.error.message}`;
  const flagged = record.facts.filter((f) => f.flags.length > 0).length;
  const failed = record.checks.filter((c) => !c.ok).length;
  return `${record.facts.length} facts, ${flagged} flagged, ${failed} failed checks, template ${record.report.template}`;
}

/** Reads and extracts one file; only an unreadable file system entry escapes as an exception. */
async function recordOf(
  input: InputFile,
  stages?: Stages,
): Promise<{ record: NianbaoRecord; warnings: Warning[]; bytes: Uint8Array }> {
  const bytes = new Uint8Array(await readFile(input.path));
  const { value, warnings } = await extractWithWarnings(bytes, { file: input.file }, stages);
  return { record: value, warnings, bytes };
}

/** A warning's log line; a bug's stack is always logged (it belongs in the log, not the record), the rest with `--verbose`. */
const warningLines = (file: string, warnings: Warning[], verbose: boolean): string[] =>
  warnings
    .filter((w) => verbose || w.code === 'INTERNAL')
    .map((w) =>
      w.code === 'INTERNAL'
        ? `${file}: INTERNAL ${w.message}`
        : `${file}: warning ${w.code}${w.page ? ` (page ${w.page})` : ''}: ${w.message}`,
    );

/** `--review`: the record's HTML review page beside it, with the bytes just read as its source. */
async function writeReviewPage(
  record: NianbaoRecord,
  input: InputFile,
  bytes: Uint8Array,
  out: string,
): Promise<number> {
  const page = await reviewPage(record, { status: 'found', path: input.path, bytes });
  writeFileSync(join(out, `${input.relative}.review.html`), page.value);
  return page.warnings.length;
}

function ensureWritable(out: string): void {
  mkdirSync(out, { recursive: true });
  accessSync(out, constants.W_OK);
}

export interface ExtractOptions {
  /** Also write OUT/<relative path>.review.html per record. */
  review?: boolean;
  /** Log every warning of every file, with its message. */
  verbose?: boolean;
  /** The pipeline's stages (tests inject failing ones); the default reads every format. */
  stages?: Stages;
}

export async function runExtract(args: string[], out: string, log: Log, options: ExtractOptions = {}): Promise<number> {
  let inputs: InputFile[];
  try {
    inputs = collectInputs(args, log);
    ensureWritable(out);
  } catch (err) {
    log(`nianbao extract: ${(err as Error).message}`);
    return EXIT.usage;
  }
  if (inputs.length === 0) {
    log(
      `nianbao extract: no accepted files (.pdf .docx .doc .html .htm .txt) under ${args.join(' ')}; nothing written`,
    );
    return EXIT.ok;
  }
  let errors = 0;
  const toReview: ReviewItem[] = [];
  for (const input of inputs) {
    const started = performance.now();
    const target = join(out, `${input.relative}.json`);
    let line: string;
    try {
      const { record, warnings, bytes } = await recordOf(input, options.stages);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, JSON.stringify(record, null, 2) + '\n');
      if (record.error) errors++;
      toReview.push(...reviewItems(record));
      const pageWarnings = options.review ? await writeReviewPage(record, input, bytes, out) : 0;
      const count = warnings.length + pageWarnings;
      line = `${summary(record)}${count ? `, ${count} warnings` : ''}`;
      warningLines(input.file, warnings, options.verbose ?? false).forEach((w) => log(w));
    } catch (err) {
      // The file vanished or this one write failed: no record for it, but the batch goes on.
      log(`${input.file}: ERROR cannot read it or write its record: ${(err as Error).message}`);
      errors++;
      continue;
    }
    log(`${input.file} -> ${target}: ${line} (${Math.round(performance.now() - started)} ms)`);
  }
  try {
    writeFileSync(join(out, 'review.csv'), reviewCsv(toReview));
  } catch (err) {
    log(`nianbao extract: cannot write ${join(out, 'review.csv')}: ${(err as Error).message}`);
    return EXIT.usage;
  }
  return errors > 0 ? EXIT.errorRecords : EXIT.ok;
}
