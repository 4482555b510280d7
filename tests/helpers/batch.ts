/** Running the CLI over copies of the generated samples, for the batch tests. */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const BIN = resolve('bin/nianbao.js');
export const GENERATED = resolve('samples/generated');

export const nianbao = (cwd: string, ...args: string[]): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });

export const nianbaoAsync = (cwd: string, ...args: string[]) =>
  spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });

/** The generated samples of these extensions (sorted), e.g. ['.txt', '.html']. */
export function generated(...extensions: string[]): string[] {
  return readdirSync(GENERATED)
    .filter((n) => extensions.some((e) => n.endsWith(e)) && !n.endsWith('.truth.json'))
    .sort();
}

/** Copies `names` from samples/generated into `dir`, `copies` times under copy-N/ folders. */
export function corpus(dir: string, names: string[], copies = 1): number {
  for (let c = 0; c < copies; c++) {
    const to = join(dir, `copy-${String(c).padStart(2, '0')}`);
    mkdirSync(to, { recursive: true });
    for (const n of names) copyFileSync(join(GENERATED, n), join(to, n));
  }
  return names.length * copies;
}

/** Every file under `dir` but the dataset (SQLite is not byte-stable), by relative path. */
export function outputs(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && !e.name.startsWith('nianbao.sqlite'),
  );
  return new Map(
    files.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8')]),
  );
}

export interface LogLine {
  file?: string;
  status?: string;
  error?: string | null | number;
  skipped?: boolean;
  summary?: boolean;
  files?: number;
  parsed?: number;
}

export const logLines = (stderr: string): LogLine[] =>
  stderr
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as LogLine);
