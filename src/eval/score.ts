/**
 * Scores one record against its truth file: the counts behind every measure of FORMAT.md §6,
 * and the cells that cost them, so the output can name each one. Pure: record and truth in.
 */
import type { Fact, NianbaoRecord } from '../record/schema.js';
import type { Truth } from './truth.js';

export type ProblemKind =
  /** A truth cell whose fact has another value. */
  | 'wrong'
  /** A truth cell with no fact at all. */
  | 'missing'
  /** A `broken` cell neither flagged nor in a failed check. */
  | 'broken_uncaught'
  /** A `must_flag` cell whose fact carries no flag (or that has no fact). */
  | 'must_flag_unflagged'
  /** A non-null fact for a cell the truth does not list. */
  | 'extra'
  /** A right value that carries a flag (counts towards the false-flag rate only). */
  | 'false_flag';

export interface Problem {
  cell: string;
  kind: ProblemKind;
  expected?: number;
  got?: number | null;
  flags: string[];
  inFailedCheck: boolean;
  /** Counted as a silent error (FORMAT.md §6). */
  silent: boolean;
}

/** The counts a document and the corpus share: a corpus's are the sum of its documents'. */
export const COUNTS = [
  'truthCells',
  'correct',
  'silent',
  'extra',
  'broken',
  'brokenCaught',
  'mustFlag',
  'mustFlagFlagged',
] as const;
export type Counts = Record<(typeof COUNTS)[number], number>;

export interface DocScore extends Counts {
  /** Of the `correct` facts, how many are flagged (the false-flag rate's numerator). */
  rightFlagged: number;
  /** The truth lists broken cells: the document is left out of the false-flag rate. */
  hasBroken: boolean;
  /**
   * Failed checks whose cells all read as the truth has them, on a document whose truth lists
   * no broken cell: false alarms (issue 5). A check failed by a misread value is a true alarm.
   */
  falseChecks: string[];
  templateExpected: string;
  templateGot: string | null;
  problems: Problem[];
}

export const cellIdOf = (f: Pick<Fact, 'table' | 'row' | 'col'>): string => `${f.table}.${f.row}.${f.col}`;

/** Truth values are decimals as printed: compare with a tolerance far below the printed precision. */
/** Code-point order, independent of the locale, so output is byte-identical everywhere. */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const sameValue = (a: number | null, b: number): boolean => a !== null && Math.abs(a - b) < 1e-9;

/** The first fact per cell; any further fact for the same cell is returned apart. */
function indexFacts(facts: Fact[]): { byCell: Map<string, Fact>; repeats: Fact[] } {
  const byCell = new Map<string, Fact>();
  const repeats: Fact[] = [];
  for (const f of facts) {
    const id = cellIdOf(f);
    if (byCell.has(id)) repeats.push(f);
    else byCell.set(id, f);
  }
  return { byCell, repeats };
}

function failedCheckCells(record: NianbaoRecord): Set<string> {
  const out = new Set<string>();
  for (const c of record.checks) if (!c.ok) for (const cell of c.cells) out.add(cell);
  return out;
}

/** A record that does not exist (the pipeline threw): scored as a record with no facts. */
export const NO_RECORD = null;

export function scoreDocument(truth: Truth, record: NianbaoRecord | typeof NO_RECORD): DocScore {
  const { byCell, repeats } = indexFacts(record?.facts ?? []);
  const failed = record ? failedCheckCells(record) : new Set<string>();
  const broken = new Set(truth.broken);
  const mustFlag = new Set(truth.must_flag);
  const score: DocScore = {
    truthCells: 0,
    correct: 0,
    silent: 0,
    extra: 0,
    broken: broken.size,
    brokenCaught: 0,
    mustFlag: mustFlag.size,
    mustFlagFlagged: 0,
    rightFlagged: 0,
    hasBroken: broken.size > 0,
    falseChecks: [],
    templateExpected: truth.template,
    templateGot: record?.report.template ?? null,
    problems: [],
  };
  const note = (cell: string, kind: ProblemKind, fact: Fact | undefined, silent: boolean, expected?: number): void => {
    score.problems.push({
      cell,
      kind,
      expected,
      got: fact ? fact.value : undefined,
      flags: fact?.flags ?? [],
      inFailedCheck: failed.has(cell),
      silent,
    });
    if (silent) score.silent++;
  };

  // Truth-file order (the template's), so failures read like the table.
  for (const [cell, expected] of Object.entries(truth.cells)) {
    score.truthCells++;
    const fact = byCell.get(cell);
    const flagged = (fact?.flags.length ?? 0) > 0;
    const noticed = flagged || failed.has(cell);
    if (broken.has(cell)) {
      if (noticed) score.brokenCaught++;
      else note(cell, 'broken_uncaught', fact, false, expected);
    }
    if (fact && sameValue(fact.value, expected)) {
      score.correct++;
      if (flagged) {
        score.rightFlagged++;
        if (!broken.has(cell)) note(cell, 'false_flag', fact, false, expected);
      }
    } else {
      note(cell, fact ? 'wrong' : 'missing', fact, !noticed, expected);
    }
  }

  for (const cell of truth.must_flag) {
    const fact = byCell.get(cell);
    if (fact && fact.flags.length > 0) score.mustFlagFlagged++;
    else note(cell, 'must_flag_unflagged', fact, true);
  }

  const readRight = (cell: string) =>
    !(cell in truth.cells) || (byCell.has(cell) && sameValue(byCell.get(cell)!.value, truth.cells[cell]));
  if (!score.hasBroken) {
    for (const c of record?.checks ?? [])
      if (!c.ok && c.cells.every(readRight)) score.falseChecks.push(`rule ${c.rule}: ${c.message}`);
  }

  const unlistedCell = (f: Fact) => !(cellIdOf(f) in truth.cells) && !mustFlag.has(cellIdOf(f));
  const unlisted = [...[...byCell.values()].filter(unlistedCell), ...repeats].filter((f) => f.value !== null);
  for (const f of unlisted.sort((a, b) => byCodePoint(cellIdOf(a), cellIdOf(b)))) {
    score.extra++;
    note(cellIdOf(f), 'extra', f, f.flags.length === 0);
  }
  return score;
}
