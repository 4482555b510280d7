/** What a worker does with one file: bytes in, the record's JSON (and review page) out. */
import type { Warning } from '../core/index.js';
import { extractWithWarnings } from '../pipeline.js';
import { reviewPage } from '../review/index.js';
import { STAGES, type Stages } from '../stages.js';

export interface ParseTask {
  bytes: Uint8Array;
  /** `source.file` of the record. */
  file: string;
  /** Where the source lies, for the review page's notes. */
  path: string;
  /** Also make the HTML review page. */
  review: boolean;
  /** Log every warning, not only a bug's stack. */
  verbose: boolean;
}

export interface Parsed {
  /** The record exactly as written to OUT/<relative>.json. */
  json: string;
  warnings: number;
  page?: string;
  /** For the log only: a bug's stack (INTERNAL), and with `verbose` every warning. */
  detail?: string;
}

/** A warning's log line; a bug's stack is always logged (it belongs in the log, not the record). */
function logLines(warnings: Warning[], verbose: boolean): string | undefined {
  const lines = warnings
    .filter((w) => verbose || w.code === 'INTERNAL')
    .map((w) =>
      w.code === 'INTERNAL'
        ? `INTERNAL ${w.message}`
        : `warning ${w.code}${w.page ? ` (page ${w.page})` : ''}: ${w.message}`,
    );
  return lines.length ? lines.join('\n') : undefined;
}

/** `stages`: the pipeline's (tests replace one to make it throw). */
export async function parseTask(task: ParseTask, stages: Stages = STAGES): Promise<Parsed> {
  const { value: record, warnings } = await extractWithWarnings(task.bytes, { file: task.file }, stages);
  const json = JSON.stringify(record, null, 2) + '\n';
  const detail = logLines(warnings, task.verbose);
  const logged = detail ? { detail } : {};
  if (!task.review) return { json, warnings: warnings.length, ...logged };
  const page = await reviewPage(record, { status: 'found', path: task.path, bytes: task.bytes });
  return { json, warnings: warnings.length + page.warnings.length, page: page.value, ...logged };
}
