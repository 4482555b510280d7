/**
 * The reports a series command reads: records written by `nianbao extract` (any *.json that is
 * one), or source files, extracted in memory. A directory holding records is read as records
 * only (its review pages are not reports).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractFile } from '../extract-file.js';
import { collectInputs } from '../cli/inputs.js';
import { RecordSchema, type NianbaoRecord } from '../record/schema.js';

export interface Loaded {
  /** Where it was read: the record file, or the source file extracted. */
  path: string;
  record: NianbaoRecord;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) =>
      e.isDirectory()
        ? jsonFiles(join(dir, e.name))
        : e.name.endsWith('.json') && !e.name.endsWith('.truth.json')
          ? [join(dir, e.name)]
          : [],
    )
    .sort();
}

/** The record in a JSON file, or null when the file is some other JSON. */
function readRecord(path: string): NianbaoRecord | null {
  try {
    const parsed = RecordSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function fromSources(args: string[]): Promise<Loaded[]> {
  const out: Loaded[] = [];
  for (const input of collectInputs(args))
    out.push({ path: input.file, record: await extractFile(input.path, { file: input.file }) });
  return out;
}

/** Throws (a usage error) for a path that does not exist. */
export async function loadReports(args: string[]): Promise<Loaded[]> {
  const out: Loaded[] = [];
  for (const arg of args) {
    if (!statSync(arg, { throwIfNoEntry: false })) throw new Error(`no such file or directory: ${arg}`);
    const files = statSync(arg).isDirectory() ? jsonFiles(arg) : arg.endsWith('.json') ? [arg] : [];
    const records = files.flatMap((path) => {
      const record = readRecord(path);
      return record ? [{ path, record }] : [];
    });
    out.push(...(records.length ? records : await fromSources([arg])));
  }
  return out;
}
