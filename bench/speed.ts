/** Timed passes summed up as rates, and ours compared with a baseline timed in the same repetitions. */
import { CHILD_CPU_READABLE, median, type PassTime } from './measure.js';

export interface Speed {
  medianSeconds: number;
  runsSeconds: number[];
  /** Null when the work runs in child processes whose CPU time this system does not report. */
  medianCpuSeconds: number | null;
  docsPerSecond: number;
  /** Null where the format has no pages (DOCX, HTML, text). */
  pagesPerSecond: number | null;
}

/** How many times a baseline's time ours takes: 3 means ours takes three times as long. */
export interface Ratio {
  /** Median over repetitions of ours / baseline, each pair timed one right after the other. */
  wall: number;
  /** Lowest and highest of those per-repetition ratios. */
  wallRange: [number, number];
  /** Median CPU time of ours / of the baseline; null when the baseline's CPU time is unknown or below the clock's tick. */
  cpu: number | null;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

export function speedOf(runs: PassTime[], files: number, pages: number | null, inProcess: boolean): Speed {
  const cpuKnown = inProcess || CHILD_CPU_READABLE;
  const seconds = median(runs.map((r) => r.wallSeconds));
  return {
    medianSeconds: round(seconds, 4),
    runsSeconds: runs.map((r) => round(r.wallSeconds, 4)),
    medianCpuSeconds: cpuKnown ? round(median(runs.map((r) => r.cpuSeconds)), 4) : null,
    docsPerSecond: round(files / seconds, 3),
    pagesPerSecond: pages === null ? null : round(pages / seconds, 3),
  };
}

export function ratioOf(ours: PassTime[], baseline: PassTime[], inProcess: boolean): Ratio {
  const paired = ours.map((o, i) => o.wallSeconds / baseline[i].wallSeconds);
  const cpu = (runs: PassTime[]) => median(runs.map((r) => r.cpuSeconds));
  // Children's CPU comes in 10 ms ticks: a very short baseline pass can read as 0.
  const cpuKnown = (inProcess || CHILD_CPU_READABLE) && cpu(baseline) > 0;
  return {
    wall: round(median(paired), 2),
    wallRange: [round(Math.min(...paired), 2), round(Math.max(...paired), 2)],
    cpu: cpuKnown ? round(cpu(ours) / cpu(baseline), 2) : null,
  };
}
