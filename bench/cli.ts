/**
 * `npm run bench -- --cli`: `nianbao extract` as a user runs it, per group of files, with --jobs 1
 * and --jobs N over `--docs` files (the samples cycled under distinct names): docs/s and pages/s
 * with startup included and warm (from the first record's log line to the last), against
 * pdftotext and the pdf.js floor timed in this process on the same files; the process's resident
 * set sampled over the run (peak, and first vs last quarter, which a leak would set apart) and
 * the CPU time of its main thread (what the workers may wait on) apart from all its other threads.
 * A third run over the same OUT finds every record current and starts no worker: its peak is the
 * main process alone, and what a run's peak holds above it is its workers'.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { baselinesFor } from './baselines.js';
import type { BenchFile, BenchFormat, BenchGroup } from './corpus.js';
import { timePass } from './measure.js';

const BIN = join(import.meta.dirname, '../bin/nianbao.js');

export interface CliRun {
  jobs: number;
  docs: number;
  pages: number;
  wallSeconds: number;
  /** From the first file's log line to the last: without startup and the first file. */
  warmDocsPerSecond: number;
  /** The kernel's high-water mark (VmHWM) as last read, ≤ 100 ms before the end. */
  peakRssMB: number;
  /** Highest RSS sampled in the first and in the last quarter of the run. */
  rssFirstQuarterMB: number;
  rssLastQuarterMB: number;
  /** CPU seconds of the main thread (reading, hashing, writing, the dataset, logs) and of every other thread. */
  mainCpuSeconds: number;
  otherThreadsCpuSeconds: number;
}

/** The resident set now and its high-water mark so far (the kernel's, so no peak falls between samples). */
function rssMB(pid: number): { now: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const mb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
    return { now: mb('VmRSS'), peak: mb('VmHWM') };
  } catch {
    return { now: 0, peak: 0 };
  }
}

/** USER_HZ: the unit of the CPU fields of /proc stat files, 100 in the Linux ABI. */
const TICKS_PER_SECOND = 100;

/** CPU seconds so far of each live thread of `pid` (Linux; none elsewhere). Ended threads are gone. */
function threadCpu(pid: number, into: Map<number, number>): void {
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // Fields after the parenthesised name start at field 3; utime and stime are 14 and 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      into.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
    }
  } catch {
    // The process (or a thread) ended between two reads: keep the last figures.
  }
}

/** `fresh`: start from an empty OUT; otherwise reuse the last run's (every record current). */
async function runCli(dir: string, jobs: number, docs: number, fresh = true): Promise<CliRun> {
  const out = join(dir, 'out');
  if (fresh) rmSync(out, { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [BIN, 'extract', join(dir, 'in'), '--out', out, '--jobs', String(jobs), '--log', 'json'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const lineTimes: number[] = [];
  let pages = 0;
  // The CLI's own count from its summary: a run shorter than one poll still has a peak.
  let reportedPeak = 0;
  let buffered = '';
  child.stderr.on('data', (chunk: Buffer) => {
    const lines = (buffered + chunk.toString()).split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      const entry = JSON.parse(line) as { output?: string; summary?: boolean; peakRssMB?: number };
      if (entry.summary) reportedPeak = entry.peakRssMB ?? 0;
      if (!entry.output) continue;
      lineTimes.push(performance.now());
      pages +=
        (JSON.parse(readFileSync(entry.output, 'utf8')) as { source: { pages: number | null } }).source.pages ?? 0;
    }
  });
  const samples: number[] = [];
  let peak = 0;
  const threads = new Map<number, number>();
  const poll = setInterval(() => {
    const rss = rssMB(child.pid!);
    samples.push(rss.now);
    peak = Math.max(peak, rss.peak);
    threadCpu(child.pid!, threads);
  }, 100);
  await new Promise((resolve) => child.once('exit', resolve));
  clearInterval(poll);
  const mainCpu = threads.get(child.pid!) ?? 0;
  const quarter = Math.max(1, Math.floor(samples.length / 4));
  const warm = lineTimes.length > 1 ? (lineTimes.length - 1) / ((lineTimes.at(-1)! - lineTimes[0]) / 1000) : 0;
  return {
    jobs,
    docs,
    pages,
    wallSeconds: (performance.now() - started) / 1000,
    warmDocsPerSecond: warm,
    peakRssMB: Math.max(peak, reportedPeak, ...samples),
    rssFirstQuarterMB: Math.max(0, ...samples.slice(0, quarter)),
    rssLastQuarterMB: Math.max(0, ...samples.slice(-quarter)),
    mainCpuSeconds: mainCpu,
    otherThreadsCpuSeconds: [...threads.values()].reduce((a, b) => a + b, 0) - mainCpu,
  };
}

export interface CliResult {
  group: string;
  format: BenchFormat;
  runs: CliRun[];
  /** The run over an OUT where every record is current: no worker starts, the main process alone. */
  skipRun: CliRun;
  /** Seconds for one pass of each baseline over the same `docs` files. */
  baselines: { name: string; wallSeconds: number }[];
}

export async function benchCli(group: BenchGroup, files: BenchFile[], docs: number): Promise<CliResult> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-cli-'));
  try {
    mkdirSync(join(dir, 'in'));
    const cycled = Array.from({ length: docs }, (_, i) => files[i % files.length]);
    cycled.forEach((f, i) =>
      copyFileSync(f.path, join(dir, 'in', `${String(i).padStart(5, '0')}-${basename(f.path)}`)),
    );
    const runs = [await runCli(dir, 1, docs)];
    const n = availableParallelism();
    if (n > 1) runs.push(await runCli(dir, n, docs));
    const skipRun = await runCli(dir, n, docs, false);
    const baselines = [];
    for (const b of baselinesFor(group.format).filter((x) => !x.missing && x.name !== 'our extractor alone')) {
      baselines.push({ name: b.name, wallSeconds: (await timePass(cycled, b.run)).wallSeconds });
    }
    return { group: group.name, format: group.format, runs, skipRun, baselines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const f1 = (n: number) => n.toFixed(1);

export function cliReportLines(results: CliResult[]): string[] {
  const lines = [
    'CLI (nianbao extract as a user runs it; startup included unless "warm"; CPU of the main thread apart from',
    'all other threads; "per worker" is the peak RSS above the main process alone (a rerun that skips every',
    'file and starts no worker), divided by the jobs)',
  ];
  for (const r of results) {
    const alone = r.skipRun.peakRssMB;
    for (const run of r.runs) {
      const vs = r.baselines
        .map((b) => `${f1((run.wallSeconds * run.jobs) / b.wallSeconds)}× ${b.name} per core`)
        .join(', ');
      const speedup = run.jobs > 1 ? `, ${(r.runs[0].wallSeconds / run.wallSeconds).toFixed(2)}× --jobs 1` : '';
      lines.push(
        `  ${r.group} --jobs ${run.jobs}: ${run.docs} docs in ${f1(run.wallSeconds)} s = ${(run.docs / run.wallSeconds).toFixed(2)} docs/s` +
          (run.pages ? `, ${f1(run.pages / run.wallSeconds)} pages/s` : '') +
          `${speedup}; warm ${run.warmDocsPerSecond.toFixed(2)} docs/s; CPU main thread ${f1(run.mainCpuSeconds)} s, other threads ${f1(run.otherThreadsCpuSeconds)} s` +
          `; RSS peak ${run.peakRssMB.toFixed(0)} MB (first quarter ${run.rssFirstQuarterMB.toFixed(0)}, last ${run.rssLastQuarterMB.toFixed(0)}), per worker ${((run.peakRssMB - alone) / run.jobs).toFixed(0)} MB` +
          (vs ? `; ${vs}` : ''),
      );
    }
    lines.push(
      `  ${r.group} rerun, every record current: ${f1(r.skipRun.wallSeconds)} s, main process alone RSS peak ${alone.toFixed(0)} MB, CPU ${f1(r.skipRun.mainCpuSeconds)} s`,
    );
    for (const b of r.baselines)
      lines.push(`  ${r.group} baseline ${b.name}: ${(r.runs[0].docs / b.wallSeconds).toFixed(2)} docs/s`);
  }
  return lines;
}
