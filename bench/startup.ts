/**
 * `npm run bench -- --startup`: what a crawler's single-file run costs, startup included:
 * `nianbao --help` and `nianbao extract FILE --out OUT` on the first file of each chosen group,
 * each run `--reps` times in a fresh process; median wall time and median CPU time (user + system
 * of the process and its threads, from /proc/self/stat of the bench once the child has exited).
 * On a shared machine CPU time is the steadier figure: wall time moves with other users' load.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchGroup } from './corpus.js';
import { CHILD_CPU_READABLE, childCpuSeconds, median } from './measure.js';

const BIN = join(import.meta.dirname, '../bin/nianbao.js');

export interface StartupResult {
  /** `--help`, or the group whose first file was extracted. */
  what: string;
  file: string | null;
  medianWallSeconds: number;
  wallRange: [number, number];
  /** Null where the CPU time of finished children is not reported (not Linux). */
  medianCpuSeconds: number | null;
}

function timeRuns(args: string[], reps: number, before: () => void): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < reps; i++) {
    before();
    const cpuStart = childCpuSeconds();
    const start = performance.now();
    execFileSync(process.execPath, [BIN, ...args], { stdio: 'ignore' });
    wall.push((performance.now() - start) / 1000);
    cpu.push(childCpuSeconds() - cpuStart);
  }
  return { wall, cpu };
}

function result(what: string, file: string | null, { wall, cpu }: { wall: number[]; cpu: number[] }): StartupResult {
  const round = (n: number) => Number(n.toFixed(3));
  return {
    what,
    file,
    medianWallSeconds: round(median(wall)),
    wallRange: [round(Math.min(...wall)), round(Math.max(...wall))],
    medianCpuSeconds: CHILD_CPU_READABLE ? round(median(cpu)) : null,
  };
}

export function benchStartup(groups: BenchGroup[], reps: number): StartupResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-startup-'));
  const out = join(dir, 'out');
  // A fresh OUT each time: the file is parsed, not skipped as current.
  const fresh = () => rmSync(out, { recursive: true, force: true });
  try {
    const results = [
      result(
        '--help',
        null,
        timeRuns(['--help'], reps, () => {}),
      ),
    ];
    for (const g of groups) {
      const file = g.paths[0];
      results.push(result(g.name, file, timeRuns(['extract', file, '--out', out, '--log', 'json'], reps, fresh)));
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function startupReportLines(results: StartupResult[], reps: number): string[] {
  const s = (n: number) => `${n.toFixed(2)} s`;
  return [
    `startup: one process per run, median of ${reps} (wall range in brackets); CPU = user + system, the steadier figure on a shared machine`,
    ...results.map(
      (r) =>
        `  ${r.file ? `extract ${r.what} (${r.file})` : r.what}: ${s(r.medianWallSeconds)} wall (${s(r.wallRange[0])}–${s(r.wallRange[1])})` +
        (r.medianCpuSeconds === null ? '' : `, ${s(r.medianCpuSeconds)} CPU`),
    ),
  ];
}
