/** The bench result as lines for people; the JSON file carries the same figures in full. */
import type { BaselineResult, FormatResult } from './format.js';
import type { BenchResult } from './run.js';
import type { Ratio, Speed } from './speed.js';

const fixed = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const rate = (s: Speed) =>
  `${fixed(s.docsPerSecond)} docs/s` + (s.pagesPerSecond === null ? '' : `, ${fixed(s.pagesPerSecond)} pages/s`);
const cpu = (s: Speed) => (s.medianCpuSeconds === null ? '' : `, ${fixed(s.medianCpuSeconds)} s CPU`);
const ms = (seconds: number) => `${fixed(seconds * 1000)} ms`;

/** Time per document and per page: what compares producers whose files differ in number and length. */
function perItem(f: FormatResult): string {
  const s = f.ours!;
  const cpuPer = (n: number) => (s.medianCpuSeconds === null ? '' : ` (${ms(s.medianCpuSeconds / n)} CPU)`);
  const doc = `${ms(s.medianSeconds / f.files)} per doc${cpuPer(f.files)}`;
  return f.pages ? `${doc}, ${ms(s.medianSeconds / f.pages)} per page${cpuPer(f.pages)}` : doc;
}

function ratioText(r: Ratio): string {
  const range = r.wallRange[0] === r.wallRange[1] ? '' : ` (${fixed(r.wallRange[0])}–${fixed(r.wallRange[1])})`;
  return `ours takes ${fixed(r.wall)}× its time${range}` + (r.cpu === null ? '' : `, ${fixed(r.cpu)}× its CPU`);
}

function baselineLine(b: BaselineResult): string {
  if (!b.speed || !b.oursTimes) return `  ${b.name}: not run (${b.note ?? 'unavailable'})`;
  return `  ${b.name}: ${rate(b.speed)} → ${ratioText(b.oursTimes)}`;
}

/** The first lines of a failed child's stderr say what broke. */
const failed = (f: FormatResult) =>
  `${f.group}: FAILED, not measured: ${f.failure!.split('\n').slice(0, 4).join(' | ')}`;

function formatLines(f: FormatResult): string[] {
  if (f.failure) return [failed(f)];
  if (!f.ours || !f.memory) return [`${f.group}: no files`];
  const m = f.memory;
  return [
    `${f.group} (${f.producer}): ${f.files} file${f.files === 1 ? '' : 's'}` +
      (f.pages === null ? '' : `, ${f.pages} pages`) +
      `, ${f.errorRecords} error records`,
    `  ours: ${rate(f.ours)}, ${perItem(f)} (median of ${f.ours.runsSeconds.length} passes, ${fixed(f.ours.medianSeconds)} s wall${cpu(f.ours)} each)`,
    ...f.baselines.map(baselineLine),
    `  heap after GC: ${fixed(m.heapBeforeMB)} MB before, ${m.heapAfterPassMB.map(fixed).join(' / ')} MB after each of ${m.passes} passes ` +
      `(first→last ${m.heapGrowthMB >= 0 ? '+' : ''}${fixed(m.heapGrowthMB)} MB)`,
    `  RSS: ${fixed(m.rssBeforeMB)} MB before, ${m.rssAfterPassMB.map(fixed).join(' / ')} MB after each pass, peak ${fixed(m.peakRssMB)} MB`,
  ];
}

/** "pdf/real: 0.41 docs/s, 2.5 s per doc, 410 ms per page, 3.2× pdf.js text-only (CPU 2.9×)" */
function summaryLine(f: FormatResult): string {
  if (f.failure) return `${f.group}: FAILED`;
  if (!f.ours) return `${f.group}: no files`;
  const ratios = f.baselines.flatMap((b) =>
    b.oursTimes
      ? [
          `${fixed(b.oursTimes.wall)}× ${b.name}` +
            (b.oursTimes.cpu === null ? '' : ` (CPU ${fixed(b.oursTimes.cpu)}×)`),
        ]
      : [],
  );
  // An error record is cheap to make: say so beside the figure it flatters.
  const errors = f.errorRecords ? ` (${f.errorRecords} of ${f.files} files became error records)` : '';
  return [`${f.group}: ${fixed(f.ours.docsPerSecond)} docs/s, ${perItem(f)}`, ...ratios].join(', ') + errors;
}

export function reportLines(result: BenchResult): string[] {
  const { machine, options } = result;
  return [
    `nianbao bench: node ${machine.node}, ${machine.cpus} cpus, load ${machine.loadBefore[0]} at start, ${machine.loadAfter[0]} at end; ` +
      `${options.reps} timed passes, ${options.passes} memory passes` +
      (options.limit === null ? '' : `, at most ${options.limit} files per group`),
    ...result.groups.flatMap(formatLines),
    'summary per producer (wall time; ratios to baselines timed in the same passes, CPU ratio in brackets):',
    ...result.groups.map((f) => `  ${summaryLine(f)}`),
  ];
}
