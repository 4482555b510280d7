/** What a worker does with one file: bytes in, the record's JSON (and review page) out. */
import { extractWithWarnings } from '../pipeline.js';
import { reviewPage } from '../review/index.js';

export interface ParseTask {
  bytes: Uint8Array;
  /** `source.file` of the record. */
  file: string;
  /** Where the source lies, for the review page's notes. */
  path: string;
  /** Also make the HTML review page. */
  review: boolean;
}

export interface Parsed {
  /** The record exactly as written to OUT/<relative>.json. */
  json: string;
  warnings: number;
  page?: string;
}

export async function parseTask(task: ParseTask): Promise<Parsed> {
  const { value: record, warnings } = await extractWithWarnings(task.bytes, { file: task.file });
  const json = JSON.stringify(record, null, 2) + '\n';
  if (!task.review) return { json, warnings: warnings.length };
  const page = await reviewPage(record, { status: 'found', path: task.path, bytes: task.bytes });
  return { json, warnings: warnings.length + page.warnings.length, page: page.value };
}
