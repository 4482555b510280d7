/**
 * OUT/manifest.jsonl: which record in OUT was made from which input bytes by which nianbao.
 * One JSON line is appended after each record is written, so a run killed half-way keeps what
 * it finished (a torn last line is ignored); the end of a run rewrites it sorted, one line per
 * record, so an interrupted and an uninterrupted run leave the same file.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorCode } from '../core/index.js';
import { writeAtomic } from './atomic.js';

export interface ManifestEntry {
  /** The input's path relative to the root: the record is OUT/<output>.json. */
  output: string;
  /** The record's source.file. */
  file: string;
  sha256: string;
  version: string;
  error: ErrorCode | null;
  review: boolean;
}

export const MANIFEST = 'manifest.jsonl';

function parseLine(line: string): ManifestEntry | undefined {
  try {
    const entry = JSON.parse(line) as ManifestEntry;
    return typeof entry.output === 'string' && typeof entry.sha256 === 'string' ? entry : undefined;
  } catch {
    return undefined;
  }
}

export class Manifest {
  private readonly entries = new Map<string, ManifestEntry>();
  private readonly path: string;

  constructor(private readonly out: string) {
    this.path = join(out, MANIFEST);
    if (!existsSync(this.path)) return;
    const text = readFileSync(this.path, 'utf8');
    for (const line of text.split('\n')) {
      const entry = parseLine(line);
      if (entry) this.entries.set(entry.output, entry);
    }
    // A line torn by a kill would swallow the next one appended after it.
    if (text && !text.endsWith('\n')) this.compact();
  }

  /** The entry that makes parsing this input again unnecessary, if there is one. */
  current(output: string, file: string, sha256: string, version: string): ManifestEntry | undefined {
    const entry = this.entries.get(output);
    if (!entry || entry.file !== file || entry.sha256 !== sha256 || entry.version !== version) return undefined;
    return existsSync(join(this.out, `${output}.json`)) ? entry : undefined;
  }

  /** Call after the record is in place. */
  add(entry: ManifestEntry): void {
    this.entries.set(entry.output, entry);
    appendFileSync(this.path, JSON.stringify(entry) + '\n');
  }

  /** Every record in OUT, sorted by output path. */
  all(): ManifestEntry[] {
    return [...this.entries.values()].sort((a, b) => (a.output < b.output ? -1 : a.output > b.output ? 1 : 0));
  }

  compact(): void {
    writeAtomic(
      this.path,
      this.all()
        .map((e) => JSON.stringify(e) + '\n')
        .join(''),
    );
  }
}
