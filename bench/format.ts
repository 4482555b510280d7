/**
 * One group of files (a format from one producer) measured in this process (a fresh one: see ./run.ts): memory passes of `extract`
 * (the first doubles as its warm-up), a warm-up pass of each baseline, then repetitions that time
 * ours and every baseline in turn, so that load from other users of the machine falls on both
 * sides of each ratio.
 */
import { extract } from '../src/pipeline.js';
import { baselinesFor, type Baseline } from './baselines.js';
import { benchFiles, type BenchFile, type BenchFormat, type BenchGroup } from './corpus.js';
import { timePass, type PassTime } from './measure.js';
import { measureMemory, type MemoryResult } from './memory.js';
import { ratioOf, speedOf, type Ratio, type Speed } from './speed.js';

export interface FormatOptions {
  group: BenchGroup;
  /** At most this many files; null for all. */
  limit: number | null;
  /** Timed repetitions; medians are reported. */
  reps: number;
  /** Passes of `extract` over the same files while heap and RSS are watched. */
  passes: number;
}

export interface BaselineResult {
  name: string;
  available: boolean;
  note: string | null;
  speed: Speed | null;
  oursTimes: Ratio | null;
}

export interface FormatResult {
  /** The group's name (`pdf/chromium-spaced`), format and producer. */
  group: string;
  format: BenchFormat;
  producer: string;
  /** Why this format could not be measured (its process failed), or null. */
  failure: string | null;
  files: number;
  pages: number | null;
  errorRecords: number;
  ours: Speed | null;
  baselines: BaselineResult[];
  memory: MemoryResult | null;
}

/** The result of a group with no figures: no files, or a failed process. */
export function notMeasured(
  { name, format, producer }: BenchGroup,
  failure: string | null,
  baselines: BaselineResult[] = [],
): FormatResult {
  const none = { files: 0, pages: null, errorRecords: 0, ours: null, memory: null };
  return { group: name, format, producer, failure, ...none, baselines };
}

const notRun = (b: Baseline, note: string): BaselineResult => ({
  name: b.name,
  available: false,
  note,
  speed: null,
  oursTimes: null,
});

/** Ours and each baseline timed in turn, `reps` times. */
async function timeReps(files: BenchFile[], baselines: Baseline[], reps: number) {
  const ours: PassTime[] = [];
  const base = baselines.map(() => [] as PassTime[]);
  for (let r = 0; r < reps; r++) {
    ours.push(await timePass(files, (f) => extract(f.bytes, { file: f.path })));
    for (const [i, b] of baselines.entries()) base[i].push(await timePass(files, b.run));
  }
  return { ours, base };
}

export async function benchFormat(options: FormatOptions): Promise<FormatResult> {
  const { group } = options;
  const files = benchFiles(group, options.limit ?? Infinity);
  const baselines = baselinesFor(group.format);
  if (files.length === 0) {
    return notMeasured(
      group,
      null,
      baselines.map((b) => notRun(b, 'no files')),
    );
  }
  const { memory, pass } = await measureMemory(files, options.passes);
  const runnable = baselines.filter((b) => !b.missing);
  for (const b of runnable) await timePass(files, b.run);
  const times = await timeReps(files, runnable, options.reps);

  const rate = (runs: PassTime[], inProcess: boolean) => speedOf(runs, files.length, pass.pages, inProcess);
  return {
    group: group.name,
    format: group.format,
    producer: group.producer,
    failure: null,
    files: files.length,
    pages: pass.pages,
    errorRecords: pass.errorRecords,
    ours: rate(times.ours, true),
    baselines: baselines.map((b) => {
      const i = runnable.indexOf(b);
      if (i < 0) return notRun(b, b.missing ?? 'unavailable');
      const runs = times.base[i];
      return {
        name: b.name,
        available: true,
        note: null,
        speed: rate(runs, b.inProcess),
        oursTimes: ratioOf(times.ours, runs, b.inProcess),
      };
    }),
    memory,
  };
}
