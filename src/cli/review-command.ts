/** `nianbao review RECORD.json`: the static HTML review page of one record. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { RecordSchema, type NianbaoRecord } from '../record/schema.js';
import { locateSource, reviewPage } from '../review/index.js';
import { EXIT, type Log } from './exit-codes.js';

export interface ReviewOptions {
  source?: string;
  out?: string;
}

/** RECORD.json → RECORD.review.html beside it. */
const defaultPagePath = (recordPath: string): string => recordPath.replace(/(\.json)?$/i, '.review.html');

function readRecord(path: string): NianbaoRecord {
  return RecordSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export async function runReview(recordPath: string, options: ReviewOptions, log: Log): Promise<number> {
  let record: NianbaoRecord;
  try {
    record = readRecord(recordPath);
  } catch (err) {
    log(`nianbao review: ${recordPath} is not a readable nianbao record: ${(err as Error).message}`);
    return EXIT.usage;
  }
  const source = locateSource(record, options.source, process.cwd());
  if (source.status === 'absent') log(`${recordPath}: source not found at ${source.path}; the page has no page images`);
  if (source.status === 'mismatch')
    log(
      `${recordPath}: ${source.path} has sha256 ${source.sha256}, the record says ${record.source.sha256}; the page has no page images`,
    );
  const page = await reviewPage(record, source);
  for (const w of page.warnings) log(`${recordPath}: ${w.message}`);
  const out = options.out ?? defaultPagePath(recordPath);
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, page.value);
  } catch (err) {
    log(`nianbao review: cannot write ${out}: ${(err as Error).message}`);
    return EXIT.usage;
  }
  log(`${recordPath} -> ${out}`);
  return record.error ? EXIT.errorRecords : EXIT.ok;
}
