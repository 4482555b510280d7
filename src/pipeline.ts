/**
 * The pure core: bytes in, record out (FORMAT.md §5). No I/O and no global state, so it can run
 * in a worker. Whatever goes wrong with one file becomes that file's error record.
 */
import { createHash } from 'node:crypto';
import { detectFormat } from '../extractors/detect.js';
import { ExtractionError, type Result, type SourceDocument, type Warning } from '../extractors/model.js';
import { buildRecord } from './record/build.js';
import { errorRecord, type SourceInfo } from './record/error.js';
import { RecordSchema, type NianbaoRecord } from './record/schema.js';
import { STAGES, type Stages } from './stages.js';

export interface ExtractInput {
  /** The path as given, joined with the relative path (FORMAT.md §5 `source.file`). */
  file: string;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The record and the warnings gathered while making it (the CLI logs them). */
export async function extractWithWarnings(
  bytes: Uint8Array,
  { file }: ExtractInput,
  stages: Stages = STAGES,
): Promise<Result<NianbaoRecord>> {
  const format = detectFormat(bytes);
  const source: SourceInfo = { file, sha256: sha256(bytes), format, pages: null };
  if (!format)
    return { value: errorRecord(source, 'UNSUPPORTED_FORMAT', 'not a PDF, Word, HTML or text file'), warnings: [] };
  const extractor = stages.extractors[format];
  if (!extractor)
    return {
      value: errorRecord(source, 'UNSUPPORTED_FORMAT', `no reader for ${format} files in this build`),
      warnings: [],
    };
  try {
    const doc = await extractor(bytes, { file });
    const record = recordFromDocument(doc.value, source, stages);
    return { value: record.value, warnings: [...doc.warnings, ...record.warnings] };
  } catch (err) {
    if (err instanceof ExtractionError) return { value: errorRecord(source, err.code, err.message), warnings: [] };
    // A bug or a file no extractor foresaw: this file gets an error record, the batch goes on.
    return {
      value: errorRecord(source, 'UNREADABLE', `could not be read: ${(err as Error).message ?? String(err)}`),
      warnings: [],
    };
  }
}

/**
 * Everything after the extractor: a document model to its record. Also the entry point for
 * tests that perturb a document model and run the rest of the chain (tests/mutation.test.ts).
 */
export function recordFromDocument(
  doc: SourceDocument,
  source: SourceInfo,
  stages: Stages = STAGES,
): Result<NianbaoRecord> {
  const read: SourceInfo = {
    ...source,
    format: doc.format,
    pages: doc.pageCount,
    ...(doc.convertedFrom ? { convertedFrom: doc.convertedFrom } : {}),
  };
  const mapped = stages.mapDocument(doc);
  const record = buildRecord(mapped.value, read);
  const warnings: Warning[] = [...mapped.warnings, ...record.warnings];
  return { value: RecordSchema.parse(record.value), warnings };
}

export async function extract(bytes: Uint8Array, input: ExtractInput, stages: Stages = STAGES): Promise<NianbaoRecord> {
  return (await extractWithWarnings(bytes, input, stages)).value;
}
