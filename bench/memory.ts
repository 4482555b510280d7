/** Repeated passes over the same files while heap and resident set are read: a leak shows as growth. */
import type { BenchFile } from './corpus.js';
import { heapUsedMB, peakRssMB, rssMB } from './measure.js';
import { oursPass, type OursPass } from './ours.js';

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

const mb = (n: number) => Number(n.toFixed(1));

/** The passes also warm the pipeline up; the last one's counts are returned beside the figures. */
export async function measureMemory(
  files: BenchFile[],
  passes: number,
): Promise<{ memory: MemoryResult; pass: OursPass }> {
  const heapBeforeMB = heapUsedMB();
  const rssBeforeMB = rssMB();
  const heapAfterPassMB: number[] = [];
  const rssAfterPassMB: number[] = [];
  let pass: OursPass = { pages: null, errorRecords: 0 };
  for (let p = 0; p < passes; p++) {
    pass = await oursPass(files);
    heapAfterPassMB.push(mb(heapUsedMB()));
    rssAfterPassMB.push(mb(rssMB()));
  }
  const memory = {
    passes,
    heapBeforeMB: mb(heapBeforeMB),
    heapAfterPassMB,
    heapGrowthMB: mb(heapAfterPassMB[heapAfterPassMB.length - 1] - heapAfterPassMB[0]),
    rssBeforeMB: mb(rssBeforeMB),
    rssAfterPassMB,
    peakRssMB: mb(peakRssMB()),
  };
  return { memory, pass };
}
