/** Runs the record source over every sample, one document at a time, and scores each. */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Sample } from './discover.js';
import { enforcedBy, type Enforced } from './enforced.js';
import { NO_RECORD, scoreDocument, type DocScore } from './score.js';
import type { Obtained, RecordSource } from './source.js';
import { parseTruth } from './truth.js';

export interface EvaluatedDoc {
  /** Path as shown and matched against the enforced list. */
  path: string;
  format: string;
  /** The enforced-list entry that covers it, or null (measured, not enforced). */
  enforcedBy: string | null;
  ms: number;
  /** Why there is no record (pipeline threw, schema mismatch, no pipeline). */
  failure?: string;
  /** The record's own `error` (code: message). */
  recordError?: string;
  score: DocScore;
}

export interface EvalInput {
  sample: Sample;
  /** Display path: relative to the project root, '/'-separated. */
  path: string;
}

/** A document that hangs the pipeline fails on its own instead of stalling the whole run. */
function withTimeout(work: Promise<Obtained>, seconds: number): Promise<Obtained> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Obtained>((done) => {
    timer = setTimeout(() => done({ failure: `timed out after ${seconds} s` }), seconds * 1000);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Sequential on purpose: CI machines have two cores shared with the tests, and timings stay honest. */
export async function evaluateAll(
  inputs: EvalInput[],
  source: RecordSource,
  enforced: Enforced,
  timeoutSeconds: number,
  onDone: (doc: EvaluatedDoc) => void = () => {},
): Promise<EvaluatedDoc[]> {
  const out: EvaluatedDoc[] = [];
  for (const { sample, path } of inputs) {
    const truth = parseTruth(readFileSync(sample.truthFile, 'utf8'), sample.truthFile);
    const started = performance.now();
    const obtained = await withTimeout(source(sample, path), timeoutSeconds);
    const ms = Math.round(performance.now() - started);
    const record = 'record' in obtained ? obtained.record : NO_RECORD;
    const doc: EvaluatedDoc = {
      path,
      format: extname(sample.input).slice(1).toLowerCase(),
      enforcedBy: enforcedBy(enforced, path, truth.variant),
      ms,
      score: scoreDocument(truth, record),
    };
    if ('failure' in obtained) doc.failure = obtained.failure;
    if (record?.error) doc.recordError = `${record.error.code}: ${record.error.message}`;
    out.push(doc);
    onDone(doc);
  }
  return out;
}
