/**
 * Judges the record of a perturbed document against the truth of the unperturbed one: every
 * value that differs is a wrong value; it is caught when its fact is flagged or sits in a failed
 * check. A wrong value the sums of rules 1–4 cannot see is reported apart: a cell no rule covers
 * (part 二), or values permuted within one side of every rule instance that holds them (two
 * parts of a part-四 row swapped).
 */
import type { Truth } from '../../src/eval/truth.js';
import type { NianbaoRecord } from '../../src/record/schema.js';
import { cellId, ruleInstances, type Layout } from '../../src/template/index.js';

export interface WrongValue {
  cell: string;
  expected: number | null;
  got: number | null;
  flags: string[];
  caught: boolean;
  /** The sums of rules 1–4 cannot see this error (no rule covers the cell, or a permutation inside a rule). */
  invisibleToSums: boolean;
}

/** The layout the truth describes: its template and how its （六） is printed. */
export function truthLayout(truth: Truth): Layout {
  const split = Object.keys(truth.cells).some((id) => id.startsWith('requests.other.no_supplement.'));
  return { version: truth.template, other: split ? 'split' : 'single' };
}

const sameMultiset = (a: number[], b: number[]) => {
  const sort = (xs: number[]) => [...xs].sort((x, y) => x - y).join(',');
  return sort(a) === sort(b);
};

/** True when every rule instance holding `cell` keeps the truth's values on each side, in some order. */
function permutedInsideRules(cell: string, layout: Layout, truth: Truth, got: Map<string, number | null>): boolean {
  const holding = ruleInstances(layout).filter((inst) => [...inst.lhs, ...inst.rhs].some((c) => cellId(c) === cell));
  if (holding.length === 0) return true;
  return holding.every((inst) =>
    [inst.lhs, inst.rhs].every((side) => {
      const ids = side.map(cellId);
      const now = ids.map((id) => got.get(id));
      if (now.some((v) => v === null || v === undefined)) return false;
      return sameMultiset(
        now as number[],
        ids.map((id) => truth.cells[id]),
      );
    }),
  );
}

/** Flags of the facts that stand for `cell` when the record read （六） in the other layout. */
function flagsOfOtherLayout(record: NianbaoRecord, cell: string): string[] {
  const parts = cell.split('.');
  const [table, group, col] = [parts[0], parts[1], parts[parts.length - 1]];
  return record.facts
    .filter((f) => f.table === table && f.col === col && f.row.split('.')[0] === group && cellId(f) !== cell)
    .flatMap((f) => f.flags);
}

export function wrongValues(record: NianbaoRecord, truth: Truth): WrongValue[] {
  const layout = truthLayout(truth);
  const failed = new Set(record.checks.filter((c) => !c.ok).flatMap((c) => c.cells));
  const facts = new Map(record.facts.map((f) => [cellId(f), f]));
  const got = new Map(record.facts.map((f) => [cellId(f), f.value]));
  const out: WrongValue[] = [];
  for (const [cell, expected] of Object.entries(truth.cells)) {
    const fact = facts.get(cell);
    const value = fact ? fact.value : null;
    if (value !== null && Math.abs(value - expected) < 1e-9) continue;
    // No fact at all: caught only where the record flags the same cell under its other （六）
    // layout (`other` read as `other.*` or back); a lost table carries no flag.
    const flags = fact?.flags ?? flagsOfOtherLayout(record, cell);
    out.push({
      cell,
      expected,
      got: value,
      flags,
      caught: flags.length > 0 || failed.has(cell),
      invisibleToSums: permutedInsideRules(cell, layout, truth, got),
    });
  }
  // A fact on a key the truth does not have (another （六） layout, a stray row) is wrong unless null.
  for (const fact of record.facts) {
    const cell = cellId(fact);
    if (cell in truth.cells || fact.value === null) continue;
    out.push({
      cell,
      expected: null,
      got: fact.value,
      flags: fact.flags,
      caught: fact.flags.length > 0 || failed.has(cell),
      invisibleToSums: false,
    });
  }
  return out;
}
