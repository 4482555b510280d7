/**
 * The pure core and its one orchestrator: bytes in, record out (FORMAT.md §5), no I/O and no
 * global state, so it can run in a worker. The stages, in order:
 *
 *   extract → normalise → layout → map → split → values → claims → checks → confidence → record
 *
 * Each takes the previous stage's value and returns a `Result`; warnings ride along and reach
 * the caller once. A parser's verdict on the file becomes its error record; any other exception
 * is a bug of nianbao's (`INTERNAL`), never blamed on the file.
 */
import { createHash } from 'node:crypto';
import { detectFormat } from '../extractors/detect.js';
import { LIMITS } from '../extractors/limits.js';
import type { SourceDocument } from '../extractors/model.js';
import { runChecks } from './checks/index.js';
import { proseEvidence } from './claims/index.js';
import { weighFacts } from './confidence/index.js';
import { cellId, ExtractionError, flatMap, map, ok, type Result } from './core/index.js';
import { withPrintedTitle } from './identity/index.js';
import type { MappedReport } from './map/types.js';
import { assembleRecord } from './record/assemble.js';
import { applyRepairs, repairWarnings } from './record/repairs.js';
import { wellFormed } from './record/well-formed.js';
import { errorRecord, type SourceInfo } from './record/error.js';
import { RecordSchema, type NianbaoRecord } from './record/schema.js';
import { STAGES, type Stages } from './stages.js';
import { layoutCells, TABLE_KEYS } from './template/index.js';
import { normalizeDocument } from './text/document.js';
import { readValues } from './values/read.js';

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
  const format = bytes.length > LIMITS.bytes ? null : detectFormat(bytes);
  const source: SourceInfo = { file, sha256: sha256(bytes), format, pages: null };
  if (bytes.length === 0) return ok(errorRecord(source, 'UNREADABLE', 'the file is empty (0 bytes)'));
  if (bytes.length > LIMITS.bytes)
    return ok(
      errorRecord(source, 'TOO_LARGE', `${bytes.length} bytes, more than the limit of ${LIMITS.bytes}; not read`),
    );
  if (!format) return ok(errorRecord(source, 'UNSUPPORTED_FORMAT', 'not a PDF, Word, HTML or text file'));
  const extractor = stages.extractors[format];
  if (!extractor) return ok(errorRecord(source, 'UNSUPPORTED_FORMAT', `no reader for ${format} files in this build`));
  try {
    const doc = await extractor(bytes, { file });
    return flatMap(doc, (d) => recordFromDocument(d, source, stages));
  } catch (err) {
    if (err instanceof ExtractionError) return ok(errorRecord(source, err.code, err.message));
    // A bug, not a broken file: the record says so, the log gets the stack, the batch goes on.
    const error = err instanceof Error ? err : new Error(String(err));
    return ok(errorRecord(source, 'INTERNAL', `nianbao failed on this file (a bug to report): ${error.message}`), [
      { code: 'INTERNAL', message: error.stack ?? error.message },
    ]);
  }
}

export async function extract(bytes: Uint8Array, input: ExtractInput, stages: Stages = STAGES): Promise<NianbaoRecord> {
  return (await extractWithWarnings(bytes, input, stages)).value;
}

/** Everything after the extractor. Also the entry point of tests that perturb a document model. */
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
  // Every text is normalised before anything reads it (radicals, widths); the title is kept as printed too.
  const clean = normalizeDocument(doc);
  const blocks = stages.layout(clean);
  const mapped = flatMap(blocks, (b) => stages.map(b, blocks.warnings, doc.pageFields));
  const titled =
    clean === doc ? mapped : map(mapped, (r) => withPrintedTitle(r, stages.layout(doc).value, doc.pageFields));
  const record = flatMap(titled, (report) => recordFromMapped(report, read, stages));
  // A repair the parser made is said, and the values it may have touched are flagged.
  const repaired = wellFormed(applyRepairs(record.value, doc.repairs));
  return ok(RecordSchema.parse(repaired), [...repairWarnings(doc.repairs), ...record.warnings]);
}

/** The stages after the mapper: split → values → prose claims → checks → confidence → record. */
export function recordFromMapped(
  mapped: MappedReport,
  source: SourceInfo,
  stages: Stages = STAGES,
): Result<NianbaoRecord> {
  if (!mapped.layout)
    return ok(errorRecord(source, 'NOT_A_REPORT', 'no table of the annual report template was found'));
  const layout = mapped.layout;
  const tables = TABLE_KEYS.filter((t) => mapped.tablesFound.includes(t));
  const cells = layoutCells(layout, tables);
  const split = stages.split(mapped);
  const read = flatMap(split, (s) => readValues(mapped, cells, s.cells));
  // The prose's figures weigh in before the checks: a split they settle is then checked like any value.
  const values = map(read, (r) => proseEvidence(mapped, r));
  const { drafts, stray } = values.value;
  const checked = flatMap(values, () =>
    runChecks(layout, cells, new Map(drafts.map((d) => [cellId(d.fact), d.fact.value])), split.value.failed),
  );
  const facts = flatMap(checked, (c) => weighFacts(drafts, c, layout));
  const missingTables = TABLE_KEYS.filter((t) => !tables.includes(t));
  return map(facts, (f) =>
    assembleRecord(mapped, source, { facts: f, checks: checked.value.checks, missingTables, stray }),
  );
}
