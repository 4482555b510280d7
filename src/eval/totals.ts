/** Sums document scores into the corpus measures of FORMAT.md §6. */
import type { DocScore } from './score.js';

export interface Measures {
  documents: number;
  truthCells: number;
  correct: number;
  silent: number;
  extra: number;
  broken: number;
  brokenCaught: number;
  mustFlag: number;
  mustFlagFlagged: number;
  /** Over documents whose truth has no broken cells only. */
  cleanRightFacts: number;
  cleanRightFlagged: number;
  /** Failed checks on documents whose truth has no broken cells: each is a false alarm. */
  falseChecks: number;
  templateRight: number;
}

export function sumScores(scores: DocScore[]): Measures {
  const m: Measures = {
    documents: 0,
    truthCells: 0,
    correct: 0,
    silent: 0,
    extra: 0,
    broken: 0,
    brokenCaught: 0,
    mustFlag: 0,
    mustFlagFlagged: 0,
    cleanRightFacts: 0,
    cleanRightFlagged: 0,
    falseChecks: 0,
    templateRight: 0,
  };
  for (const s of scores) {
    m.documents++;
    m.truthCells += s.truthCells;
    m.correct += s.correct;
    m.silent += s.silent;
    m.extra += s.extra;
    m.broken += s.broken;
    m.brokenCaught += s.brokenCaught;
    m.mustFlag += s.mustFlag;
    m.mustFlagFlagged += s.mustFlagFlagged;
    if (!s.hasBroken) {
      m.cleanRightFacts += s.correct;
      m.cleanRightFlagged += s.rightFlagged;
      m.falseChecks += s.falseChecks.length;
    }
    if (s.templateGot === s.templateExpected) m.templateRight++;
  }
  return m;
}

/** A ratio that reads as "nothing to measure" (null) rather than 0/0. */
export const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

export const cellAccuracy = (m: Measures) => ratio(m.correct, m.truthCells);
export const falseFlagRate = (m: Measures) => ratio(m.cleanRightFlagged, m.cleanRightFacts);

/** The false-flag rate must stay below this over the enforced set. */
export const MAX_FALSE_FLAG_RATE = 0.01;
