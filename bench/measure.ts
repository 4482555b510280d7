/** Clocks and memory probes for the bench: wall and CPU time of whole passes, heap after a full GC, RSS. */
import { existsSync, readFileSync } from 'node:fs';
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

/** Linux reports the CPU time of finished child processes in /proc/self/stat; elsewhere it is unknown. */
export const CHILD_CPU_READABLE = existsSync('/proc/self/stat');
/** USER_HZ, the unit of those fields: fixed at 100 in the Linux ABI. */
const TICKS_PER_SECOND = 100;

/** CPU seconds of this process's children that have exited (cutime + cstime), 0 where unknown. */
export function childCpuSeconds(): number {
  if (!CHILD_CPU_READABLE) return 0;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // Fields after the parenthesised command name start at field 3; cutime and cstime are 16 and 17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}

function cpuSeconds(): number {
  const own = process.cpuUsage();
  return (own.user + own.system) / 1e6 + childCpuSeconds();
}

export interface PassTime {
  wallSeconds: number;
  /** CPU time of this process (all its threads) and of the children it ran: other users of the machine barely change it. */
  cpuSeconds: number;
}

/** Time of one pass of `run` over every item, in order. */
export async function timePass<T>(items: T[], run: (item: T) => Promise<unknown>): Promise<PassTime> {
  const cpuStart = cpuSeconds();
  const start = performance.now();
  for (const item of items) await run(item);
  return { wallSeconds: (performance.now() - start) / 1000, cpuSeconds: cpuSeconds() - cpuStart };
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
