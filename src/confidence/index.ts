/**
 * The confidence stage: each draft fact weighed against the checks (FORMAT.md §5). A sum that
 * holds vouches for its cells; a blank on an inferred grid that no sum vouches for, a row read
 * in doubt, or a score below the line gets a flag, so no value in doubt passes quietly.
 */
import { cellId, ok, type Result } from '../core/index.js';
import type { Checked } from '../checks/index.js';
import type { Check, Fact } from '../record/schema.js';
import type { Draft } from '../values/read.js';
import { isBlankMark } from '../lexicon/index.js';
import type { Layout } from '../template/index.js';
import { besideLostColumns } from './lost-columns.js';
import { confidence, FLAG_BELOW } from './score.js';

function checkedCells(checks: Check[]): { confirmed: Set<string>; failed: Set<string> } {
  const confirmed = new Set<string>();
  const failed = new Set<string>();
  for (const check of checks) {
    if (!check.ok) check.cells.forEach((c) => failed.add(c));
    else if (check.rule !== '5') check.cells.forEach((c) => confirmed.add(c));
  }
  return { confirmed, failed };
}

interface Doubts {
  confirmed: Set<string>;
  failed: Set<string>;
  unevaluated: Set<string>;
  besideLost: Set<string>;
}

function weigh(draft: Draft, { confirmed, failed, unevaluated, besideLost }: Doubts): Fact {
  const { fact, candidate } = draft;
  // A null value always carries its reason already (cell_missing, unparsed, a split flag).
  if (!candidate || fact.value === null) return { ...fact, confidence: 0 };
  const id = cellId(fact);
  const flags = [...fact.flags];
  const score = confidence({
    geometry: candidate.geometry,
    labelScore: candidate.labelScore,
    parseFlags: fact.flags,
    confirmedBySum: confirmed.has(id),
    inFailedCheck: failed.has(id),
    proseAgrees: draft.proseAgrees,
  });
  // A blank read as 0 where the grid was inferred may be a lost number, unless a sum vouches for it.
  const inferredGrid = candidate.geometry === 'aligned' || candidate.geometry === 'text';
  if (inferredGrid && isBlankMark(fact.raw) && !confirmed.has(id)) flags.push('blank_inferred');
  // On an inferred grid a whole row read onto the wrong key keeps its row sum; only the column sum
  // or an exact label tells. Where neither vouches (a cell of the column missing), say so.
  if (inferredGrid && unevaluated.has(id) && !failed.has(id) && candidate.labelScore < 1)
    flags.push('sum_not_evaluated');
  if (besideLost.has(id)) flags.push('column_uncertain');
  // The sums hold whichever of two results rows the numbers are read onto: only a person can tell.
  const note = candidate.rowDoubt
    ? [fact.note, `the row's label also reads as ${fact.table}.${candidate.rowDoubt}`].filter(Boolean).join('; ')
    : fact.note;
  if (candidate.rowDoubt) flags.push('row_ambiguous');
  if (score < FLAG_BELOW && flags.length === 0) flags.push('low_confidence');
  return { ...fact, confidence: score, flags, ...(note ? { note } : {}) };
}

export function weighFacts(drafts: Draft[], { checks, unevaluated }: Checked, layout: Layout): Result<Fact[]> {
  const doubts = { ...checkedCells(checks), unevaluated, besideLost: besideLostColumns(drafts, layout) };
  return ok(drafts.map((d) => weigh(d, doubts)));
}
