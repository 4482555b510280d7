/**
 * The files a bench run reads: every sample of each format, in a stable order, read into memory
 * once so that disk reads never count in a timing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

export const BENCH_FORMATS = ['pdf', 'docx', 'html', 'txt'] as const;
export type BenchFormat = (typeof BENCH_FORMATS)[number];

export interface BenchFile {
  path: string;
  bytes: Uint8Array;
}

/** The generated corpus, then the real published samples beside the project when present. */
export function sampleDirs(root: string): string[] {
  const dirs = [
    join(root, 'samples/generated'),
    resolve(root, '../shared/samples/real'),
    resolve(root, '../shared/samples/text'),
  ];
  return dirs.filter((d) => existsSync(d));
}

/** Up to `limit` files of one format from the sample folders, sorted by path. */
export function benchFiles(dirs: string[], format: BenchFormat, limit = Infinity): BenchFile[] {
  const paths = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => extname(name) === `.${format}`)
      .sort()
      .map((name) => join(dir, name)),
  );
  return paths.slice(0, limit).map((path) => ({ path, bytes: readFileSync(path) }));
}
