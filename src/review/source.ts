/** Finds a record's source file and checks it is the file the record was made from (sha256). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NianbaoRecord } from '../record/schema.js';

export type SourceStatus =
  | { status: 'found'; path: string; bytes: Uint8Array }
  | { status: 'absent'; path: string }
  | { status: 'mismatch'; path: string; sha256: string };

/** `given` (--source) or else `source.file` relative to `cwd`. */
export function locateSource(record: NianbaoRecord, given: string | undefined, cwd: string): SourceStatus {
  const path = resolve(cwd, given ?? record.source.file);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch {
    return { status: 'absent', path };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return sha256 === record.source.sha256 ? { status: 'found', path, bytes } : { status: 'mismatch', path, sha256 };
}

/** What the page says about its source images when it has none, or null when it has them. */
export function sourceNote(source: SourceStatus, format: NianbaoRecord['source']['format']): string | null {
  if (source.status === 'absent')
    return `Source file not found at ${source.path}: page images are left out. Pass --source FILE to add them.`;
  if (source.status === 'mismatch') {
    return `Source file at ${source.path} is not the file this record was made from (sha256 ${source.sha256}, record says otherwise): page images are left out.`;
  }
  if (format !== 'pdf')
    return `The source is ${format ?? 'of an unknown format'}, not PDF: there are no page images to show.`;
  return null;
}
