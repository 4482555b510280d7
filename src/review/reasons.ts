/** Why a person should look at a cell: its own flags and note, and the failed checks it is in. */
import type { Check, Fact, NianbaoRecord } from '../record/schema.js';

export const factId = (f: Pick<Fact, 'table' | 'row' | 'col'>): string => `${f.table}.${f.row}.${f.col}`;

export interface CellReasons {
  flags: string[];
  note?: string;
  failedChecks: Check[];
}

/** Cell id → reasons, for every fact that is flagged or in a failed check. */
export function cellReasons(record: NianbaoRecord): Map<string, CellReasons> {
  const failedBy = new Map<string, Check[]>();
  for (const check of record.checks.filter((c) => !c.ok)) {
    for (const cell of check.cells) failedBy.set(cell, [...(failedBy.get(cell) ?? []), check]);
  }
  const out = new Map<string, CellReasons>();
  for (const fact of record.facts) {
    const id = factId(fact);
    const failedChecks = failedBy.get(id) ?? [];
    if (fact.flags.length === 0 && failedChecks.length === 0) continue;
    out.set(id, { flags: fact.flags, ...(fact.note ? { note: fact.note } : {}), failedChecks });
  }
  return out;
}

/** Flags plus one `check_failed:<rule>` marker per failed check (the CSV and page vocabulary). */
export const reasonFlags = (r: CellReasons): string[] => [
  ...r.flags,
  ...r.failedChecks.map((c) => `check_failed:${c.rule}`),
];

/** The note and the failed checks' sentences, one per line. */
export const reasonMessages = (r: CellReasons): string[] => [
  ...(r.note ? [r.note] : []),
  ...r.failedChecks.map((c) => `rule ${c.rule}: ${c.message}`),
];
