/**
 * Where the records under evaluation come from: the pipeline run on the input
 * (`extract(bytes, { file })` of src/pipeline.ts), or records already written by
 * `nianbao extract --out DIR` (`--records DIR`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { RecordSchema, type NianbaoRecord } from '../record/schema.js';
import type { Sample } from './discover.js';

export type Extract = (bytes: Uint8Array, opts: { file: string }) => Promise<NianbaoRecord>;

/** A record, or why there is none. */
export type Obtained = { record: NianbaoRecord } | { failure: string };

export type RecordSource = (sample: Sample, file: string) => Promise<Obtained>;

/** Records are checked against the published schema before scoring: a malformed one scores nothing. */
function validated(json: unknown): Obtained {
  const parsed = RecordSchema.safeParse(json);
  if (parsed.success) return { record: parsed.data };
  return {
    failure: `record does not match the schema: ${z.prettifyError(parsed.error).split('\n').slice(0, 4).join('; ')}`,
  };
}

/**
 * src/pipeline.ts is written in parallel with the eval: it is imported by URL so the eval
 * typechecks and runs (reporting every document as failed) before it exists.
 */
export async function pipelineSource(): Promise<RecordSource | { unavailable: string }> {
  const url = new URL('../pipeline.ts', import.meta.url);
  if (!existsSync(url)) return { unavailable: 'src/pipeline.ts does not exist yet' };
  const mod = (await import(url.href)) as { extract?: unknown };
  if (typeof mod.extract !== 'function') return { unavailable: 'src/pipeline.ts exports no extract(bytes, { file })' };
  const extract = mod.extract as Extract;
  return async (sample, file) => {
    const bytes = new Uint8Array(readFileSync(sample.input));
    try {
      return validated(await extract(bytes, { file }));
    } catch (e) {
      return { failure: `pipeline threw: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ') ?? String(e)}` };
    }
  };
}

/** Records as `nianbao extract ROOT --out DIR` writes them: DIR/<path relative to ROOT>.json. */
export function recordsSource(dir: string): RecordSource {
  return async (sample) => {
    const path = join(dir, `${relative(sample.root, sample.input)}.json`);
    if (!existsSync(path)) return { failure: `no record at ${path}` };
    try {
      return validated(JSON.parse(readFileSync(path, 'utf8')));
    } catch (e) {
      return { failure: `${path}: ${(e as Error).message}` };
    }
  };
}

/** Stands in for every record when the pipeline cannot be loaded, so the run still reports. */
export const unavailableSource =
  (reason: string): RecordSource =>
  async () => ({ failure: `no pipeline: ${reason}` });
