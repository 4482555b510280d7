/**
 * Glued digit runs (`21710000218`, FORMAT.md §4) into cells, for every format: each run is
 * read every way its cells' kinds allow (./tokens.ts), the readings are kept that satisfy the
 * rules of FORMAT.md §3 binding on them (row totals alone, column sums jointly with the other
 * runs and the printed cells), and then
 * - a cell on which every surviving reading agrees gets that number (`raw` = its digits);
 * - a cell on which they differ gets `ambiguous_split` (`raw` = the run, `note` = candidates);
 * - where no reading survives, every cell of the runs involved gets `no_valid_split`.
 *
 * The record stage calls `splitGluedRuns(mapped)` and treats its cells like placed ones; a
 * flagged cell has no value of its own.
 */
import type { Result, Warning } from '../../extractors/model.js';
import type { GluedRun, MappedReport } from '../map/types.js';
import type { SplitCell } from '../record/glued.js';
import { cellId, tableDef, type CellKey, type Layout, type ValueKind } from '../template/index.js';
import { parseValue } from '../values/parse.js';
import { bindingOn, stillPossible, sumConstraints, type Constraint, type Values } from './rules.js';
import { searchJointly, type Slot } from './search.js';
import { enumerateReadings, pairsDashes, type Reading } from './tokens.js';

/** Readings kept per run before the sums: beyond this a run is too long to settle. */
const READINGS_PER_RUN = 20000;
/** Steps of the joint search per group of tied runs. */
const JOINT_STEPS = 500000;
/** Candidates listed in a note. */
const NOTE_CANDIDATES = 8;

type Verdict =
  { kind: 'split'; used: Set<number> } | { kind: 'none'; why: string } | { kind: 'unsettled'; why: string };

interface RunSlot extends Slot {
  run: GluedRun;
  keys: CellKey[];
  verdict?: Verdict;
}

/** The cells a run covers: one row, or one row per column where the run crosses rows (part 四's 15 numbers). */
const runKeys = (run: GluedRun): CellKey[] =>
  run.cols.map((col, i) => ({ table: run.table, row: run.rows?.[i] ?? run.row, col }));

function kindOf(layout: Layout, key: CellKey): ValueKind {
  return tableDef(layout.version, key.table).columns.find((c) => c.key === key.col)?.kind ?? 'count';
}

/** Printed cells with a value: the fixed terms of the sums. */
function knownValues(report: MappedReport, layout: Layout): Values {
  const known: Values = new Map();
  for (const cell of report.cells) {
    const { value } = parseValue(cell.raw, kindOf(layout, cell));
    if (value !== null) known.set(cellId(cell), value);
  }
  return known;
}

/** Groups of runs tied by a constraint, each with the constraints among them. */
function tiedGroups(slots: RunSlot[], constraints: Constraint[]): { slots: RunSlot[]; constraints: Constraint[] }[] {
  const slotOf = new Map<string, number>();
  slots.forEach((s, i) => s.ids.forEach((id) => slotOf.set(id, i)));
  const parent = slots.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const slotsOf = (c: Constraint) => [
    ...new Set([...c.lhs, ...c.rhs].map((id) => slotOf.get(id)).filter((s) => s !== undefined)),
  ];
  for (const c of constraints) {
    const [first, ...rest] = slotsOf(c);
    for (const s of rest) parent[root(s)] = root(first);
  }
  const groups = new Map<number, { slots: RunSlot[]; constraints: Constraint[] }>();
  slots.forEach((s, i) => {
    const g = groups.get(root(i)) ?? { slots: [], constraints: [] };
    g.slots.push(s);
    groups.set(root(i), g);
  });
  for (const c of constraints) {
    const s = slotsOf(c)[0];
    if (s !== undefined) groups.get(root(s))!.constraints.push(c);
  }
  return [...groups.values()];
}

/**
 * The rules that lie within one run (a row total, part 四's group totals) and the printed cells,
 * as a test on the run's first values: a long run (15 cells of part 四) is cut only where they
 * can still hold, instead of every way first.
 */
function withinRun(ids: string[], known: Values, constraints: Constraint[]): (prefix: number[]) => boolean {
  const rules = bindingOn(constraints, known, new Set(ids));
  if (rules.length === 0) return () => true;
  const values = new Map(known);
  return (prefix) => {
    ids.forEach((id, i) => (i < prefix.length ? values.set(id, prefix[i]) : values.delete(id)));
    return rules.every((c) => stillPossible(c, values));
  };
}

const describeReading = (r: Reading) => r.tokens.join('|');

function cellsOf(slot: RunSlot): SplitCell[] {
  const { geometry, labelScore, page } = slot.run;
  const base = (key: CellKey) => ({
    ...key,
    geometry,
    ...(labelScore !== undefined ? { labelScore } : {}),
    ...(page !== undefined ? { page } : {}),
  });
  const verdict = slot.verdict!;
  if (verdict.kind === 'none')
    return slot.keys.map((k) => ({ ...base(k), raw: slot.run.raw, flags: ['no_valid_split'], note: verdict.why }));
  if (verdict.kind === 'unsettled')
    return slot.keys.map((k) => ({ ...base(k), raw: slot.run.raw, flags: ['ambiguous_split'], note: verdict.why }));
  const readings = [...verdict.used].sort((a, b) => a - b).map((i) => slot.readings[i]);
  const listed = readings.slice(0, NOTE_CANDIDATES).map(describeReading).join('; ');
  const note = `${slot.run.raw} reads ${readings.length} ways: ${listed}${readings.length > NOTE_CANDIDATES ? '; …' : ''}`;
  return slot.keys.map((k, i) => {
    const agreed = new Set(readings.map((r) => r.values[i])).size === 1;
    return agreed
      ? { ...base(k), raw: readings[0].tokens[i], flags: [] }
      : { ...base(k), raw: slot.run.raw, flags: ['ambiguous_split'], note };
  });
}

export function splitGluedRuns(report: MappedReport): Result<SplitCell[]> {
  const warnings: Warning[] = [];
  const layout = report.layout;
  if (!layout)
    return {
      value: report.glued.flatMap((run) =>
        runKeys(run).map((k) => ({ ...k, raw: run.raw, geometry: run.geometry, flags: ['no_valid_split'] })),
      ),
      warnings,
    };

  const known = knownValues(report, layout);
  // A report prints its zeros one way: its other cells and runs say whether `——` is one blank or two.
  const pairedDash = pairsDashes(
    report.cells.map((c) => c.raw),
    report.glued.map((r) => r.raw),
  );
  // Cells that may be negative (a signed column), which a partial sum cannot bound.
  const signed = new Set(
    report.glued
      .flatMap(runKeys)
      .filter((k) => kindOf(layout, k) === 'signed')
      .map(cellId),
  );
  const everyRule = sumConstraints(layout, (id) => signed.has(id));
  const slots: RunSlot[] = report.glued.map((run) => {
    const keys = runKeys(run);
    const ids = keys.map(cellId);
    const possible = withinRun(ids, known, everyRule);
    const { readings, capped } = enumerateReadings(
      run.raw,
      keys.map((k) => kindOf(layout, k)),
      READINGS_PER_RUN,
      { pairedDash, possible },
    );
    const slot: RunSlot = { run, keys, ids, readings };
    if (capped) {
      warnings.push({
        code: 'split_capped',
        message: `${run.table}.${run.row}: "${run.raw}" has over ${READINGS_PER_RUN} readings; left unsettled`,
        page: run.page,
      });
      slot.verdict = { kind: 'unsettled', why: `${run.raw}: too many readings to settle (over ${READINGS_PER_RUN})` };
    }
    return slot;
  });

  // Unsettled runs are left out of the sums, as if their cells were not printed.
  const open = slots.filter((s) => !s.verdict);
  const glued = new Set(open.flatMap((s) => s.ids));
  const constraints = bindingOn(everyRule, known, glued);

  for (const group of tiedGroups(open, constraints)) {
    const outcome = searchJointly(group.slots, group.constraints, known, JOINT_STEPS);
    const rules = [...new Set(group.constraints.map((c) => c.instance.rule.rule))].sort().join(', ');
    group.slots.forEach((slot, i) => {
      if (outcome.capped) {
        warnings.push({
          code: 'split_capped',
          message: `${slot.run.table}.${slot.run.row}: joint search stopped after ${JOINT_STEPS} steps`,
          page: slot.run.page,
        });
        slot.verdict = { kind: 'unsettled', why: `${slot.run.raw}: too many joint readings to settle` };
      } else if (outcome.solutions === 0) {
        slot.verdict = {
          kind: 'none',
          why: `no reading of ${slot.run.raw} satisfies ${rules ? `rules ${rules}` : 'the column kinds'}`,
        };
      } else slot.verdict = { kind: 'split', used: outcome.used[i] };
    });
  }
  return { value: slots.flatMap(cellsOf), warnings };
}
