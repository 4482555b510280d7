/**
 * `npm run bench -- --cli`: `nianbao extract` as a user runs it, per format, with --jobs 1 and
 * --jobs N over `--docs` files (the samples cycled under distinct names): docs/s and pages/s with
 * startup included and warm (from the first record's log line to the last), against pdftotext
 * and the pdf.js floor timed in this process on the same files, and the process's resident set
 * sampled over the run (peak, and first vs last quarter, which a leak would set apart).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { baselinesFor } from './baselines.js';
import type { BenchFile, BenchFormat } from './corpus.js';
import { timePass } from './measure.js';

const BIN = join(import.meta.dirname, '../bin/nianbao.js');

export interface CliRun {
  jobs: number;
  docs: number;
  pages: number;
  wallSeconds: number;
  /** From the first file's log line to the last: without startup and the first file. */
  warmDocsPerSecond: number;
  peakRssMB: number;
  /** Highest RSS sampled in the first and in the last quarter of the run. */
  rssFirstQuarterMB: number;
  rssLastQuarterMB: number;
}

function rssMB(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}

async function runCli(dir: string, jobs: number, docs: number): Promise<CliRun> {
  const out = join(dir, `out-${jobs}`);
  rmSync(out, { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [BIN, 'extract', join(dir, 'in'), '--out', out, '--jobs', String(jobs), '--log', 'json'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const lineTimes: number[] = [];
  let pages = 0;
  let buffered = '';
  child.stderr.on('data', (chunk: Buffer) => {
    const lines = (buffered + chunk.toString()).split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      const entry = JSON.parse(line) as { output?: string };
      if (!entry.output) continue;
      lineTimes.push(performance.now());
      pages +=
        (JSON.parse(readFileSync(entry.output, 'utf8')) as { source: { pages: number | null } }).source.pages ?? 0;
    }
  });
  const samples: number[] = [];
  const poll = setInterval(() => samples.push(rssMB(child.pid!)), 200);
  await new Promise((resolve) => child.once('exit', resolve));
  clearInterval(poll);
  const quarter = Math.max(1, Math.floor(samples.length / 4));
  const warm = lineTimes.length > 1 ? (lineTimes.length - 1) / ((lineTimes.at(-1)! - lineTimes[0]) / 1000) : 0;
  return {
    jobs,
    docs,
    pages,
    wallSeconds: (performance.now() - started) / 1000,
    warmDocsPerSecond: warm,
    peakRssMB: Math.max(0, ...samples),
    rssFirstQuarterMB: Math.max(0, ...samples.slice(0, quarter)),
    rssLastQuarterMB: Math.max(0, ...samples.slice(-quarter)),
  };
}

export interface CliResult {
  format: BenchFormat;
  runs: CliRun[];
  /** Seconds for one pass of each baseline over the same `docs` files. */
  baselines: { name: string; wallSeconds: number }[];
}

export async function benchCli(format: BenchFormat, files: BenchFile[], docs: number): Promise<CliResult> {
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
    const baselines = [];
    for (const b of baselinesFor(format).filter((x) => !x.missing && x.name !== 'our extractor alone')) {
      baselines.push({ name: b.name, wallSeconds: (await timePass(cycled, b.run)).wallSeconds });
    }
    return { format, runs, baselines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function cliReportLines(results: CliResult[]): string[] {
  const lines = ['CLI (nianbao extract as a user runs it; startup included unless "warm")'];
  for (const r of results) {
    for (const run of r.runs) {
      const vs = r.baselines
        .map((b) => `${((run.wallSeconds * run.jobs) / b.wallSeconds).toFixed(1)}× ${b.name} per core`)
        .join(', ');
      lines.push(
        `  ${r.format} --jobs ${run.jobs}: ${run.docs} docs in ${run.wallSeconds.toFixed(1)} s = ${(run.docs / run.wallSeconds).toFixed(2)} docs/s` +
          (run.pages ? `, ${(run.pages / run.wallSeconds).toFixed(1)} pages/s` : '') +
          `; warm ${run.warmDocsPerSecond.toFixed(2)} docs/s; RSS peak ${run.peakRssMB.toFixed(0)} MB (first quarter ${run.rssFirstQuarterMB.toFixed(0)}, last ${run.rssLastQuarterMB.toFixed(0)})` +
          (vs ? `; ${vs}` : ''),
      );
    }
    for (const b of r.baselines)
      lines.push(`  ${r.format} baseline ${b.name}: ${(r.runs[0].docs / b.wallSeconds).toFixed(2)} docs/s`);
  }
  return lines;
}
