/**
 * One input file through a batch, for `extract` and `watch` alike: skip it when the manifest
 * says its record is current, otherwise parse it in the pool, write the record (and review
 * page) atomically, then the manifest line and the dataset.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { NianbaoRecord } from '../record/schema.js';
import { reviewCsv } from '../review/csv.js';
import { reviewItems, type ReviewItem } from '../review/items.js';
import type { ErrorCode } from '../core/index.js';
import type { Store } from '../store/store.js';
import { writeAtomic } from './atomic.js';
import type { InputFile } from './inputs.js';
import { Manifest, type ManifestEntry } from './manifest.js';
import type { WorkerPool } from './pool.js';

export type Status = 'ok' | 'review' | 'error';

/** What the log says about one file. */
export interface FileResult {
  file: string;
  output: string;
  status: Status;
  skipped: boolean;
  error: string | null;
  facts: number;
  flagged: number;
  failedChecks: number;
  warnings: number;
  ms: number;
  /** A worker's stack for INTERNAL: log only. */
  detail?: string;
}

export interface RunnerOptions {
  out: string;
  version: string;
  review: boolean;
  verbose: boolean;
  force: boolean;
}

const statusOf = (r: NianbaoRecord): Status => (r.error ? 'error' : r.review.required ? 'review' : 'ok');

const readRecord = (path: string): NianbaoRecord => JSON.parse(readFileSync(path, 'utf8')) as NianbaoRecord;

/**
 * The error record of a file the pool failed on. Imported then: the main thread of a batch
 * otherwise never loads the record schema (zod) or format detection.
 */
async function failureJson(bytes: Uint8Array, file: string, sha256: string, code: ErrorCode, message: string) {
  const [{ detectFormat }, { errorRecord }] = await Promise.all([
    import('../../extractors/detect.js'),
    import('../record/error.js'),
  ]);
  const record = errorRecord({ file, sha256, format: detectFormat(bytes), pages: null }, code, message);
  return JSON.stringify(record, null, 2) + '\n';
}

export class BatchRunner {
  readonly manifest: Manifest;
  /** Set when the run is stopping: results still coming back are not written. */
  stopping = false;
  /** Review items per output and the sha256 they came from, so finish() reads each record once. */
  private readonly reviews = new Map<string, { sha256: string; items: ReviewItem[] }>();

  constructor(
    private readonly pool: Pick<WorkerPool, 'run'>,
    private readonly store: Store,
    private readonly options: RunnerOptions,
  ) {
    this.manifest = new Manifest(options.out);
  }

  /** Undefined when the run stopped before this file's outputs were written. */
  async process(input: InputFile): Promise<FileResult | undefined> {
    const started = performance.now();
    const target = join(this.options.out, `${input.relative}.json`);
    const bytes = new Uint8Array(readFileSync(input.path));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const current = this.options.force
      ? undefined
      : this.manifest.current(input.relative, input.file, sha256, this.options.version);
    if (current) {
      const record = readRecord(target);
      if (!this.store.has(sha256)) this.store.upsert(record);
      this.reviews.set(input.relative, { sha256, items: reviewItems(record) });
      return this.result(input, target, record, { skipped: true, warnings: 0, started });
    }
    const { review, verbose } = this.options;
    const outcome = await this.pool.run({ bytes, file: input.file, path: input.path, review, verbose });
    const json = outcome.ok
      ? outcome.json
      : await failureJson(bytes, input.file, sha256, outcome.code, outcome.message);
    if (this.stopping) return undefined;
    const record = JSON.parse(json) as NianbaoRecord;
    if (outcome.ok && outcome.page !== undefined)
      writeAtomic(join(this.options.out, `${input.relative}.review.html`), outcome.page);
    writeAtomic(target, json);
    const entry: ManifestEntry = {
      output: input.relative,
      file: input.file,
      sha256,
      version: this.options.version,
      error: record.error?.code ?? null,
      review: record.review.required,
    };
    this.manifest.add(entry);
    this.store.upsert(record);
    this.reviews.set(input.relative, { sha256, items: reviewItems(record) });
    return this.result(input, target, record, {
      skipped: false,
      warnings: outcome.ok ? outcome.warnings : 0,
      started,
      detail: outcome.detail,
    });
  }

  private result(
    input: InputFile,
    output: string,
    record: NianbaoRecord,
    how: { skipped: boolean; warnings: number; started: number; detail?: string },
  ): FileResult {
    return {
      file: input.file,
      output,
      status: statusOf(record),
      skipped: how.skipped,
      error: record.error?.code ?? null,
      facts: record.facts.length,
      flagged: record.facts.filter((f) => f.flags.length > 0).length,
      failedChecks: record.checks.filter((c) => !c.ok).length,
      warnings: how.warnings,
      ms: Math.round(performance.now() - how.started),
      ...(how.detail ? { detail: how.detail } : {}),
    };
  }

  /** review.csv over every record in OUT (this run's and earlier ones'), then the sorted manifest. */
  finish(): void {
    const items = this.manifest.all().flatMap((e) => {
      const known = this.reviews.get(e.output);
      if (known?.sha256 === e.sha256) return known.items;
      try {
        const own = reviewItems(readRecord(join(this.options.out, `${e.output}.json`)));
        this.reviews.set(e.output, { sha256: e.sha256, items: own });
        return own;
      } catch {
        return []; // removed by hand since: nothing to review
      }
    });
    writeAtomic(join(this.options.out, 'review.csv'), reviewCsv(items));
    this.manifest.compact();
  }
}
