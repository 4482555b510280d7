/**
 * Every threshold of the solver (./index.ts) in one place. The bounds keep time and memory in
 * check; where one is hit the cells concerned are flagged, never guessed.
 */
export const SOLVER = {
  /** Readings kept per slot: beyond this a run is too long to settle and its cells are flagged. */
  readingsPerSlot: 20000,
  /** Search steps per group of tied slots, over every count of broken rules tried. */
  jointSteps: 500000,
  /**
   * Most rule instances a report may break and still be read: a report that breaks more is
   * taken as misread, not as contradicting itself, and its slots are flagged.
   */
  maxBroken: 4,
  /**
   * Readings within this much offset (character columns, summed over a slot's numbers) of the
   * best stay candidates: where numbers stand tells two placements apart only by a clear margin.
   */
  costMargin: 2,
  /** Candidates listed in a note. */
  noteCandidates: 8,
} as const;
