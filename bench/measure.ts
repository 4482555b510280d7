/** Clocks and memory probes for the bench: medians of whole passes, heap after a full GC, RSS. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const MB = 1024 * 1024;

/** A full garbage collection, so heap figures compare live objects rather than GC timing. */
export const collectGarbage: () => void = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  // `npm run bench` runs plain node: expose gc at run time instead of asking for a flag.
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Seconds taken by one pass of `run` over every item, in order. */
export async function timePass<T>(items: T[], run: (item: T) => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (const item of items) await run(item);
  return (performance.now() - start) / 1000;
}

export function heapUsedMB(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / MB;
}

export function rssMB(): number {
  return process.memoryUsage().rss / MB;
}

/** The highest resident set this process has had so far (the kernel's count, no polling gaps). */
export function peakRssMB(): number {
  return (process.resourceUsage().maxRSS * 1024) / MB;
}
