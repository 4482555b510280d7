/** The file-reading wrapper around the pure core. */
import { readFile } from 'node:fs/promises';
import { extract } from './pipeline.js';
import type { NianbaoRecord } from './record/schema.js';

/** Reads `path` and extracts its record; `source.file` is `options.file` or the path as given. */
export async function extractFile(path: string, options: { file?: string } = {}): Promise<NianbaoRecord> {
  return extract(new Uint8Array(await readFile(path)), { file: options.file ?? path });
}
