/**
 * `npm run bench` end to end on one file per format: the output has every field, with figures
 * that are measurements (positive, finite). Timings are never asserted: the machine is shared.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliResult } from '../bench/cli.js';
import type { FormatResult } from '../bench/format.js';
import type { BenchResult } from '../bench/run.js';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function bench(args: string[]): { stdout: string; result: BenchResult } {
  const json = join(dir, `${args.join('_').replace(/\W/g, '')}.json`);
  const stdout = execFileSync('node', ['bin/run-ts.js', 'bench/main.ts', ...args, '--json', json], {
    encoding: 'utf8',
  });
  return { stdout, result: JSON.parse(readFileSync(json, 'utf8')) as BenchResult };
}

const measured = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n > 0;

function expectMeasuredFormat(f: FormatResult, passes: number) {
  expect(f.failure).toBeNull();
  expect(f.files).toBe(1);
  expect(measured(f.ours?.docsPerSecond)).toBe(true);
  expect(measured(f.ours?.medianSeconds) && measured(f.ours?.medianCpuSeconds)).toBe(true);
  expect(f.memory?.heapAfterPassMB).toHaveLength(passes);
  expect(f.memory?.rssAfterPassMB).toHaveLength(passes);
  expect(measured(f.memory?.rssBeforeMB)).toBe(true);
  // The peak is the kernel's high-water mark: never below a resident size sampled before it.
  expect(f.memory!.peakRssMB).toBeGreaterThanOrEqual(Math.max(...f.memory!.rssAfterPassMB));
  expect(f.memory!.peakRssMB).toBeGreaterThan(f.memory!.heapAfterPassMB[0]);
  for (const b of f.baselines) {
    if (!b.available) {
      expect(b.note).toEqual(expect.any(String));
      continue;
    }
    expect(measured(b.oursTimes?.wall) && measured(b.speed?.docsPerSecond)).toBe(true);
    const [low, high] = b.oursTimes!.wallRange;
    expect(low <= b.oursTimes!.wall && b.oursTimes!.wall <= high).toBe(true);
    // CPU time covers child processes too (Linux reports theirs, in 10 ms ticks: one short run may read 0).
    if (b.name === 'pdftotext -layout') expect(b.speed!.medianCpuSeconds).toBeGreaterThanOrEqual(0);
    else expect(measured(b.speed!.medianCpuSeconds) && measured(b.oursTimes!.cpu)).toBe(true);
  }
}

test('--limit 1 measures one file of every format against its baselines', () => {
  const { stdout, result } = bench(['--limit', '1', '--reps', '1', '--passes', '2']);
  expect(result.formats.map((f) => f.format)).toEqual(['pdf', 'docx', 'html', 'txt']);
  for (const f of result.formats) expectMeasuredFormat(f, 2);

  const [pdf, docx] = result.formats;
  expect(measured(pdf.pages) && measured(pdf.ours?.pagesPerSecond)).toBe(true);
  expect(docx.pages).toBeNull();
  expect(pdf.baselines.map((b) => b.name)).toEqual(['pdf.js text-only', 'pdftotext -layout', 'our extractor alone']);
  expect(pdf.baselines[0].available).toBe(true);
  expect(docx.baselines.map((b) => [b.name, b.available])).toEqual([
    ['mammoth.convertToHtml', true],
    ['our extractor alone', true],
  ]);
  for (const f of result.formats)
    expect(f.baselines.find((b) => b.name === 'our extractor alone')?.available).toBe(true);
  expect(result.machine.cpus).toBeGreaterThan(0);
  expect(result.options).toEqual({ formats: ['pdf', 'docx', 'html', 'txt'], limit: 1, reps: 1, passes: 2 });

  expect(stdout).toMatch(/^summary \(wall-time ratios\):$/m);
  expect(stdout).toMatch(/^ {2}pdf: [\d.]+ docs\/s, [\d.]+× pdf\.js text-only/m);
  expect(stdout).toMatch(/^ {2}docx: [\d.]+ docs\/s, [\d.]+× mammoth\.convertToHtml/m);
});

test('--format keeps to one format', () => {
  const { stdout, result } = bench(['--format', 'txt', '--limit', '1', '--reps', '1', '--passes', '1']);
  expect(result.formats.map((f) => f.format)).toEqual(['txt']);
  expectMeasuredFormat(result.formats[0], 1);
  expect(stdout).not.toMatch(/^pdf:/m);
});

test('--cli runs nianbao extract with --jobs 1 and --jobs N and reports what it measured', () => {
  const json = join(dir, 'cli.json');
  const stdout = execFileSync(
    'node',
    ['bin/run-ts.js', 'bench/main.ts', '--cli', '--format', 'pdf', '--limit', '2', '--docs', '4', '--json', json],
    { encoding: 'utf8' },
  );
  const [pdf] = JSON.parse(readFileSync(json, 'utf8')) as CliResult[];
  expect(pdf.format).toBe('pdf');
  expect(pdf.runs[0].jobs).toBe(1);
  expect(pdf.runs.slice(1).map((r) => r.jobs)).toEqual(availableParallelism() > 1 ? [availableParallelism()] : []);
  for (const run of pdf.runs) {
    expect(run.docs).toBe(4);
    expect(
      measured(run.wallSeconds) && measured(run.warmDocsPerSecond) && measured(run.pages) && measured(run.peakRssMB),
    ).toBe(true);
    expect(run.peakRssMB).toBeGreaterThanOrEqual(run.rssLastQuarterMB);
  }
  expect(pdf.baselines.map((b) => b.name)).toEqual(['pdf.js text-only', 'pdftotext -layout']);
  for (const b of pdf.baselines) expect(measured(b.wallSeconds)).toBe(true);
  expect(stdout).toMatch(/^ {2}pdf --jobs 1: 4 docs in [\d.]+ s = [\d.]+ docs\/s, [\d.]+ pages\/s; warm/m);
}, 600_000);
