/** Sums document scores into the corpus measures of FORMAT.md §6. */
import { COUNTS, type Counts, type DocScore } from './score.js';

export interface Measures extends Counts {
  documents: number;
  /** Over documents whose truth has no broken cells only. */
  cleanRightFacts: number;
  cleanRightFlagged: number;
  /** Failed checks on documents whose truth has no broken cells: each is a false alarm. */
  falseChecks: number;
  templateRight: number;
  /** Documents whose agency and year equal the truth's, of those whose truth names both. */
  identityRight: number;
  identityKnown: number;
}

export function sumScores(scores: DocScore[]): Measures {
  const m: Measures = {
    ...(Object.fromEntries(COUNTS.map((k) => [k, 0])) as Counts),
    documents: 0,
    cleanRightFacts: 0,
    cleanRightFlagged: 0,
    falseChecks: 0,
    templateRight: 0,
    identityRight: 0,
    identityKnown: 0,
  };
  for (const s of scores) {
    m.documents++;
    for (const k of COUNTS) m[k] += s[k];
    if (!s.hasBroken) {
      m.cleanRightFacts += s.correct;
      m.cleanRightFlagged += s.rightFlagged;
      m.falseChecks += s.falseChecks.length;
    }
    if (s.templateGot === s.templateExpected) m.templateRight++;
    if (s.identityRight !== null) m.identityKnown++;
    if (s.identityRight) m.identityRight++;
  }
  return m;
}

/** A ratio that reads as "nothing to measure" (null) rather than 0/0. */
export const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

export const cellAccuracy = (m: Measures) => ratio(m.correct, m.truthCells);
export const falseFlagRate = (m: Measures) => ratio(m.cleanRightFlagged, m.cleanRightFacts);

/** The false-flag rate must stay below this over the enforced set. */
export const MAX_FALSE_FLAG_RATE = 0.01;
