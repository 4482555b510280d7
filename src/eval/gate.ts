/**
 * The pass mark (issue 3): every enforced document at 100 % cell accuracy, 0 silent errors,
 * 0 extra facts, the right template, every broken cell caught, every must_flag cell flagged, no
 * failed check on a document without broken cells;
 * and the false-flag rate over the enforced set below 1 %. Says why, cell by cell.
 */
import type { EvaluatedDoc } from './evaluate.js';
import type { Problem } from './score.js';
import { falseFlagRate, MAX_FALSE_FLAG_RATE, sumScores } from './totals.js';

const shown = (v: number | null | undefined): string => (v === undefined ? 'no fact' : v === null ? 'null' : String(v));

function evidence(p: Problem): string {
  if (p.flags.length > 0) return `flagged: ${p.flags.join(', ')}`;
  if (p.inFailedCheck) return 'in a failed check, no flag';
  return 'no flag';
}

export function describeProblem(p: Problem): string {
  switch (p.kind) {
    case 'wrong':
    case 'missing':
      return `${p.cell} expected ${p.expected} got ${shown(p.got)} (${evidence(p)})`;
    case 'broken_uncaught':
      return `${p.cell} is broken in the source (printed ${p.expected}) but no check failed on it and it has no flag`;
    case 'must_flag_unflagged':
      return `${p.cell} must be flagged, got ${shown(p.got)} (no flag)`;
    case 'extra':
      return `${p.cell} is not in the truth file but has value ${shown(p.got)} (${evidence(p)})`;
    case 'false_flag':
      return `${p.cell} is right (${p.expected}) but flagged: ${p.flags.join(', ')}`;
  }
}

/** Why one document misses the pass mark; empty when it meets it. */
export function docFailures(doc: EvaluatedDoc): string[] {
  const out: string[] = [];
  const s = doc.score;
  if (doc.failure) out.push(doc.failure);
  if (doc.recordError) out.push(`record error ${doc.recordError}`);
  if (s.templateGot !== s.templateExpected)
    out.push(`template expected ${s.templateExpected} got ${s.templateGot ?? 'no record'}`);
  for (const p of s.problems) if (p.kind !== 'false_flag') out.push(describeProblem(p));
  for (const c of s.falseChecks)
    out.push(`check failed although the truth lists no broken cell and its cells read right: ${c}`);
  return out;
}

/** The one measure judged over the set rather than per document. */
export function falseFlagFailure(docs: EvaluatedDoc[]): string | null {
  const rate = falseFlagRate(sumScores(docs.map((d) => d.score)));
  if (rate === null || rate < MAX_FALSE_FLAG_RATE) return null;
  return `false-flag rate ${(rate * 100).toFixed(2)} % is not below ${MAX_FALSE_FLAG_RATE * 100} %`;
}
