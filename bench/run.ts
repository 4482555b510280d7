/**
 * One bench run: per format, memory passes of `extract` (the first doubles as its warm-up), a
 * warm-up pass of each baseline, then repetitions that time ours and every baseline in turn, so
 * that load from other users of the machine falls on both sides of each ratio.
 */
import { cpus, loadavg } from 'node:os';
import { extract } from '../src/pipeline.js';
import { baselinesFor, type Baseline } from './baselines.js';
import { benchFiles, type BenchFile, type BenchFormat } from './corpus.js';
import { heapUsedMB, median, RssPeak, timePass } from './measure.js';

export interface BenchOptions {
  formats: BenchFormat[];
  dirs: string[];
  limit: number;
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

export interface BenchResult {
  machine: { node: string; cpus: number; loadBefore: number[]; loadAfter: number[] };
  options: { formats: BenchFormat[]; limit: number | null; reps: number; passes: number };
  formats: FormatResult[];
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
async function oursPass(files: BenchFile[], rss?: RssPeak): Promise<OursPass> {
  let pages: number | null = null;
  let errorRecords = 0;
  for (const { path, bytes } of files) {
    const record = await extract(bytes, { file: path });
    if (record.source.pages !== null) pages = (pages ?? 0) + record.source.pages;
    if (record.error) errorRecords++;
    rss?.note();
  }
  return { pages, errorRecords };
}

async function measureMemory(files: BenchFile[], passes: number): Promise<{ memory: MemoryResult; pass: OursPass }> {
  const heapBeforeMB = heapUsedMB();
  const rss = new RssPeak();
  const heapAfterPassMB: number[] = [];
  let pass: OursPass = { pages: null, errorRecords: 0 };
  for (let p = 0; p < passes; p++) {
    pass = await oursPass(files, rss);
    heapAfterPassMB.push(round(heapUsedMB(), 1));
  }
  const memory = {
    passes,
    heapBeforeMB: round(heapBeforeMB, 1),
    heapAfterPassMB,
    heapGrowthMB: round(heapAfterPassMB[heapAfterPassMB.length - 1] - heapAfterPassMB[0], 1),
    peakRssMB: round(rss.stop(), 1),
  };
  return { memory, pass };
}

async function benchFormat(format: BenchFormat, options: BenchOptions): Promise<FormatResult> {
  const files = benchFiles(options.dirs, format, options.limit);
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

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const loadBefore = loadavg().map((l) => round(l, 2));
  const formats: FormatResult[] = [];
  for (const format of options.formats) formats.push(await benchFormat(format, options));
  return {
    machine: { node: process.version, cpus: cpus().length, loadBefore, loadAfter: loadavg().map((l) => round(l, 2)) },
    options: { formats: options.formats, limit: Number.isFinite(options.limit) ? options.limit : null, reps: options.reps, passes: options.passes },
    formats,
  };
}
