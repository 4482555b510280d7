/**
 * One format measured in this process (a fresh one: see ./run.ts): memory passes of `extract`
 * (the first doubles as its warm-up), a warm-up pass of each baseline, then repetitions that time
 * ours and every baseline in turn, so that load from other users of the machine falls on both
 * sides of each ratio.
 */
import { extract } from '../src/pipeline.js';
import { baselinesFor, type Baseline } from './baselines.js';
import { benchFiles, type BenchFile, type BenchFormat } from './corpus.js';
import { heapUsedMB, median, peakRssMB, rssMB, timePass } from './measure.js';

export interface FormatOptions {
  format: BenchFormat;
  dirs: string[];
  /** At most this many files; null for all. */
  limit: number | null;
  /** Timed repetitions; the median is reported. */
  reps: number;
  /** Passes of `extract` over the same files while heap and RSS are watched. */
  passes: number;
}

export interface Speed {
  medianSeconds: number;
  runsSeconds: number[];
  docsPerSecond: number;
  /** Null where the format has no pages (DOCX, HTML, text). */
  pagesPerSecond: number | null;
}

export interface BaselineResult {
  name: string;
  available: boolean;
  note: string | null;
  speed: Speed | null;
  /** Our median time divided by the baseline's: 3 means ours takes three times as long. */
  oursTimesSlower: number | null;
}

export interface MemoryResult {
  passes: number;
  heapBeforeMB: number;
  heapAfterPassMB: number[];
  /** Heap after the last pass minus after the first: what a leak would add. */
  heapGrowthMB: number;
  /** Resident set after loading the modules, and after each pass (native memory shows here, not in the heap). */
  rssBeforeMB: number;
  rssAfterPassMB: number[];
  /** The process's peak resident set up to the end of the memory passes. */
  peakRssMB: number;
}

export interface FormatResult {
  format: BenchFormat;
  files: number;
  pages: number | null;
  errorRecords: number;
  ours: Speed | null;
  baselines: BaselineResult[];
  memory: MemoryResult | null;
}

const round = (n: number, digits = 3) => Number(n.toFixed(digits));

function speedOf(runs: number[], files: number, pages: number | null): Speed {
  const seconds = median(runs);
  return {
    medianSeconds: round(seconds, 4),
    runsSeconds: runs.map((r) => round(r, 4)),
    docsPerSecond: round(files / seconds),
    pagesPerSecond: pages === null ? null : round(pages / seconds),
  };
}

interface OursPass {
  pages: number | null;
  errorRecords: number;
}

/** One pass of the pipeline; the page count comes from the records (pdf.js's count for PDFs). */
async function oursPass(files: BenchFile[]): Promise<OursPass> {
  let pages: number | null = null;
  let errorRecords = 0;
  for (const { path, bytes } of files) {
    const record = await extract(bytes, { file: path });
    if (record.source.pages !== null) pages = (pages ?? 0) + record.source.pages;
    if (record.error) errorRecords++;
  }
  return { pages, errorRecords };
}

async function measureMemory(files: BenchFile[], passes: number): Promise<{ memory: MemoryResult; pass: OursPass }> {
  const heapBeforeMB = heapUsedMB();
  const rssBeforeMB = rssMB();
  const heapAfterPassMB: number[] = [];
  const rssAfterPassMB: number[] = [];
  let pass: OursPass = { pages: null, errorRecords: 0 };
  for (let p = 0; p < passes; p++) {
    pass = await oursPass(files);
    heapAfterPassMB.push(round(heapUsedMB(), 1));
    rssAfterPassMB.push(round(rssMB(), 1));
  }
  const memory = {
    passes,
    heapBeforeMB: round(heapBeforeMB, 1),
    heapAfterPassMB,
    heapGrowthMB: round(heapAfterPassMB[heapAfterPassMB.length - 1] - heapAfterPassMB[0], 1),
    rssBeforeMB: round(rssBeforeMB, 1),
    rssAfterPassMB,
    peakRssMB: round(peakRssMB(), 1),
  };
  return { memory, pass };
}

export async function benchFormat(options: FormatOptions): Promise<FormatResult> {
  const { format } = options;
  const files = benchFiles(options.dirs, format, options.limit ?? Infinity);
  const baselines = baselinesFor(format);
  if (files.length === 0) {
    const none = baselines.map((b) => ({ name: b.name, available: false, note: 'no files', speed: null, oursTimesSlower: null }));
    return { format, files: 0, pages: null, errorRecords: 0, ours: null, baselines: none, memory: null };
  }
  const { memory, pass } = await measureMemory(files, Math.max(1, options.passes));
  const runnable = baselines.filter((b) => !b.missing);
  for (const b of runnable) await timePass(files, b.run);

  const oursRuns: number[] = [];
  const baselineRuns = new Map<Baseline, number[]>(runnable.map((b) => [b, []]));
  for (let r = 0; r < options.reps; r++) {
    oursRuns.push(await timePass(files, (f) => extract(f.bytes, { file: f.path })));
    for (const b of runnable) baselineRuns.get(b)!.push(await timePass(files, b.run));
  }
  const ours = speedOf(oursRuns, files.length, pass.pages);
  return {
    format,
    files: files.length,
    pages: pass.pages,
    errorRecords: pass.errorRecords,
    ours,
    baselines: baselines.map((b) => {
      const runs = baselineRuns.get(b);
      if (!runs) return { name: b.name, available: false, note: b.missing ?? null, speed: null, oursTimesSlower: null };
      const speed = speedOf(runs, files.length, pass.pages);
      return { name: b.name, available: true, note: null, speed, oursTimesSlower: round(median(oursRuns) / median(runs), 2) };
    }),
    memory,
  };
}
