/**
 * `npm run bench` end to end on one file per group (a format from one producer): the output has
 * every field, with figures that are measurements (positive, finite). Timings are never asserted:
 * the machine is shared.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliResult } from '../bench/cli.js';
import type { StartupResult } from '../bench/startup.js';
import { benchGroups, selectGroups } from '../bench/corpus.js';
import type { FormatResult } from '../bench/format.js';
import type { BenchResult } from '../bench/run.js';
import { hasShared } from './helpers/shared.js';

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

test('the groups put every generated sample under its producer, Chromium PDFs per border style', () => {
  const groups = benchGroups(process.cwd());
  const names = groups.map((g) => g.name);
  expect(names).toEqual(
    expect.arrayContaining([
      'pdf/libreoffice',
      'pdf/chromium-collapse',
      'pdf/chromium-spaced',
      'pdf/chromium-widths',
      'docx',
      'html',
      'txt',
      'md/clean',
      'md/broken',
    ]),
  );
  expect(names.includes('pdf/real')).toBe(hasShared);
  for (const style of ['collapse', 'spaced', 'widths']) {
    const paths = groups.find((g) => g.name === `pdf/chromium-${style}`)!.paths;
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => p.includes('/printed/') && p.endsWith(`-${style}.pdf`))).toBe(true);
  }
  // No file in two groups, and each group of one format.
  const all = groups.flatMap((g) => g.paths);
  expect(new Set(all).size).toBe(all.length);
  for (const g of groups) expect(g.paths.every((p) => p.endsWith(`.${g.format}`))).toBe(true);

  expect(selectGroups(groups, { format: 'pdf' }).every((g) => g.format === 'pdf')).toBe(true);
  expect(selectGroups(groups, { group: 'md/broken' }).map((g) => g.name)).toEqual(['md/broken']);
  expect(() => selectGroups(groups, { group: 'pdf/nobody' })).toThrow(/no bench group pdf\/nobody/);
});

test('--format pdf measures one file of every PDF producer against its baselines', () => {
  const { stdout, result } = bench(['--format', 'pdf', '--limit', '1', '--reps', '1', '--passes', '2']);
  const names = result.groups.map((f) => f.group);
  expect(names).toEqual(selectGroups(benchGroups(process.cwd()), { format: 'pdf' }).map((g) => g.name));
  for (const f of result.groups) {
    expectMeasuredFormat(f, 2);
    expect(f.format).toBe('pdf');
    expect(measured(f.pages) && measured(f.ours?.pagesPerSecond)).toBe(true);
    expect(f.baselines.map((b) => b.name)).toEqual(['pdf.js text-only', 'pdftotext -layout', 'our extractor alone']);
    expect(f.baselines[0].available).toBe(true);
    expect(f.baselines[2].available).toBe(true);
    // The summary gives each producer's time per page and its ratio to pdftotext on the same files.
    const line = stdout.split('\n').find((l) => l.startsWith(`  ${f.group}: `));
    expect(line).toMatch(/ per doc .*, [\d.]+ ms per page \([\d.]+ ms CPU\), [\d.]+× pdf\.js text-only/);
    if (f.baselines[1].available) expect(line).toMatch(/[\d.]+× pdftotext -layout/);
  }
  expect(result.machine.cpus).toBeGreaterThan(0);
  expect(result.options).toEqual({ groups: names, limit: 1, reps: 1, passes: 2 });
  expect(stdout).toMatch(/^summary per producer/m);
}, 600_000);

test('--group keeps to one group; DOCX against mammoth, Markdown against its extractor', () => {
  const docx = bench(['--group', 'docx', '--limit', '1', '--reps', '1', '--passes', '1']);
  expect(docx.result.groups.map((f) => f.group)).toEqual(['docx']);
  expectMeasuredFormat(docx.result.groups[0], 1);
  expect(docx.result.groups[0].pages).toBeNull();
  expect(docx.result.groups[0].baselines.map((b) => [b.name, b.available])).toEqual([
    ['mammoth.convertToHtml', true],
    ['our extractor alone', true],
  ]);
  expect(docx.stdout).toMatch(/^ {2}docx: [\d.]+ docs\/s, [\d.]+ ms per doc .*[\d.]+× mammoth\.convertToHtml/m);
  expect(docx.stdout).not.toMatch(/^pdf/m);

  const md = bench(['--group', 'md/broken', '--limit', '1', '--reps', '1', '--passes', '1']);
  expect(md.result.groups.map((f) => [f.group, f.format])).toEqual([['md/broken', 'md']]);
  expectMeasuredFormat(md.result.groups[0], 1);
}, 300_000);

test('--cli runs nianbao extract with --jobs 1 and --jobs N and reports what it measured', () => {
  const json = join(dir, 'cli.json');
  const stdout = execFileSync(
    'node',
    [
      'bin/run-ts.js',
      'bench/main.ts',
      '--cli',
      '--group',
      'pdf/libreoffice',
      '--limit',
      '2',
      '--docs',
      '4',
      '--json',
      json,
    ],
    { encoding: 'utf8' },
  );
  const results = JSON.parse(readFileSync(json, 'utf8')) as CliResult[];
  expect(results.map((r) => r.group)).toEqual(['pdf/libreoffice']);
  const [pdf] = results;
  expect(pdf.format).toBe('pdf');
  expect(pdf.runs[0].jobs).toBe(1);
  expect(pdf.runs.slice(1).map((r) => r.jobs)).toEqual(availableParallelism() > 1 ? [availableParallelism()] : []);
  for (const run of pdf.runs) {
    expect(run.docs).toBe(4);
    expect(
      measured(run.wallSeconds) && measured(run.warmDocsPerSecond) && measured(run.pages) && measured(run.peakRssMB),
    ).toBe(true);
    expect(run.peakRssMB).toBeGreaterThanOrEqual(run.rssLastQuarterMB);
    // Linux: the main thread's CPU apart from the workers' (and V8's helpers').
    expect(measured(run.mainCpuSeconds) && measured(run.otherThreadsCpuSeconds)).toBe(true);
  }
  // The rerun finds every record current: no worker, so its peak is the main process alone.
  expect(pdf.skipRun.docs).toBe(4);
  expect(measured(pdf.skipRun.peakRssMB)).toBe(true);
  expect(pdf.skipRun.peakRssMB).toBeLessThan(Math.min(...pdf.runs.map((r) => r.peakRssMB)));
  expect(pdf.baselines.map((b) => b.name)).toEqual(['pdf.js text-only', 'pdftotext -layout']);
  for (const b of pdf.baselines) expect(measured(b.wallSeconds)).toBe(true);
  expect(stdout).toMatch(
    /^ {2}pdf\/libreoffice --jobs 1: 4 docs in [\d.]+ s = [\d.]+ docs\/s, [\d.]+ pages\/s; warm .* per worker -?\d+ MB/m,
  );
  expect(stdout).toMatch(/^ {2}pdf\/libreoffice rerun, every record current: .* main process alone RSS peak \d+ MB/m);
}, 600_000);

test('--startup times --help and a one-file extract in fresh processes, wall and CPU', () => {
  const json = join(dir, 'startup.json');
  const stdout = execFileSync(
    'node',
    ['bin/run-ts.js', 'bench/main.ts', '--startup', '--group', 'md/clean', '--reps', '2', '--json', json],
    { encoding: 'utf8' },
  );
  const results = JSON.parse(readFileSync(json, 'utf8')) as StartupResult[];
  expect(results.map((r) => r.what)).toEqual(['--help', 'md/clean']);
  expect(results[1].file).toMatch(/-md-clean\.md$/);
  for (const r of results) {
    expect(measured(r.medianWallSeconds) && measured(r.medianCpuSeconds)).toBe(true);
    expect(r.wallRange[0] <= r.medianWallSeconds && r.medianWallSeconds <= r.wallRange[1]).toBe(true);
  }
  // Parsing a file loads the pipeline in a worker: it costs more CPU than printing the help.
  expect(results[1].medianCpuSeconds!).toBeGreaterThan(results[0].medianCpuSeconds!);
  expect(stdout).toMatch(/^ {2}extract md\/clean \(.*\): [\d.]+ s wall \([\d.]+ s–[\d.]+ s\), [\d.]+ s CPU$/m);
}, 120_000);
