/**
 * Limits every parser enforces where it parses (so they hold in a worker as in one process).
 * Past one, the file gets a `TOO_LARGE` record: no annual report comes near any of them.
 */
import { ExtractionError } from '../src/core/index.js';

export const LIMITS = {
  /** Bytes of one input file. */
  bytes: 200 * 1024 * 1024,
  /** Pages of one PDF (reports run to a few dozen). */
  pages: 500,
  /** Width or height of a PDF page in points (PDF's own maximum user space is 14 400). */
  pageSide: 14_400,
  /** Entries in a zip package (DOCX). */
  zipEntries: 5_000,
  /** Uncompressed bytes of all entries of a zip package together. */
  zipBytes: 256 * 1024 * 1024,
  /** Uncompressed to compressed size of one entry (XML compresses ~10–30×; bombs 1000×). */
  zipRatio: 200,
} as const;

export function tooLarge(file: string, what: string): ExtractionError {
  return new ExtractionError('TOO_LARGE', `${file}: ${what}; not read`);
}
