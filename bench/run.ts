/** A bench run: each group of files measured in a fresh child process (./child.ts), one after another. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { BenchGroup } from './corpus.js';
import { notMeasured, type FormatOptions, type FormatResult } from './format.js';

export interface BenchOptions extends Omit<FormatOptions, 'group'> {
  groups: BenchGroup[];
}

export interface BenchResult {
  machine: { node: string; cpus: number; loadBefore: number[]; loadAfter: number[] };
  options: { groups: string[]; limit: number | null; reps: number; passes: number };
  groups: FormatResult[];
}

const execFileAsync = promisify(execFile);
const CHILD = join(import.meta.dirname, 'child.ts');
const RUN_TS = join(import.meta.dirname, '../bin/run-ts.js');
const load = () => loadavg().map((l) => Number(l.toFixed(2)));

/** A group whose process fails (say a half-edited module in the working tree) is reported, and the others still run. */
async function benchInChild(options: FormatOptions, dir: string): Promise<FormatResult> {
  const out = join(dir, `${options.group.name.replace(/\W/g, '-')}.json`);
  try {
    await execFileAsync(process.execPath, [RUN_TS, CHILD, JSON.stringify(options), out], {
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    return notMeasured(options.group, ((err as { stderr?: string }).stderr || String(err)).trim());
  }
  return JSON.parse(readFileSync(out, 'utf8')) as FormatResult;
}

export async function runBench({ groups, ...rest }: BenchOptions): Promise<BenchResult> {
  const loadBefore = load();
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  try {
    const results: FormatResult[] = [];
    for (const group of groups) results.push(await benchInChild({ group, ...rest }, dir));
    return {
      machine: { node: process.version, cpus: cpus().length, loadBefore, loadAfter: load() },
      options: { groups: groups.map((g) => g.name), limit: rest.limit, reps: rest.reps, passes: rest.passes },
      groups: results,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
