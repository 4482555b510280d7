/**
 * The solver, for every format: each slot the mapper could not settle (a glued digit run
 * `21710000218`, FORMAT.md §4, or a text row short of numbers) is read every way it allows
 * (./readings.ts), and all slots are read together against the rule instances of the template
 * (FORMAT.md §3). The arithmetic is evidence, not a gate: the readings kept are those that
 * break the fewest instances, then cost least (./search.ts). Then
 * - a cell on which every kept reading agrees gets that number (`raw` = its digits);
 * - a cell on which they differ gets `ambiguous_split` (`raw` = the run, `note` = candidates);
 * - an instance every kept reading breaks is a failed check: the report contradicts itself;
 * - a slot with no reading at all (too many digits…), or tied to more broken instances than
 *   SOLVER.maxBroken, gets `no_valid_split` on every cell.
 * Where rows of a table have no line at all, the report is read once more taking them as blank
 * (SOLVER.assumedBlank), and that reading stands where every sum then holds.
 *
 * The record stage treats the cells like placed ones (a flagged cell has no value of its own)
 * and adds the failed checks to its own.
 */
import type { Result, Warning } from '../core/index.js';
import type { GluedRun, MappedReport } from '../map/types.js';
import type { Check } from '../record/schema.js';
import type { Split, SplitCell } from './types.js';
import { cellId, layoutCells, tableDef, type CellKey, type Layout, type ValueKind } from '../template/index.js';
import { parseValue } from '../values/parse.js';
import { bindingOn, stillPossible, sumConstraints, terms, type Constraint, type Values } from './rules.js';
import { slotReadings, type Candidate } from './readings.js';
import { readingsBreakingAtMost, searchJointly, type Slot } from './search.js';
import { SOLVER } from './settings.js';
import { pairsDashes } from './tokens.js';

type Verdict =
  /** `used`: the kept readings; `loose`: those a cell no instance ties to other cells must agree over too. */
  | { kind: 'split'; used: Set<number>; loose: Set<number>; tied: boolean[] }
  | { kind: 'none'; why: string }
  | { kind: 'unsettled'; why: string };

interface RunSlot extends Slot {
  run: GluedRun;
  keys: CellKey[];
  verdict?: Verdict;
  /** A run with too many cuts to read all, none of which keeps its own sums: read again from its neighbours' values. */
  tooLong?: (possible: (values: number[]) => boolean) => Candidate[];
}

/** The cells a run covers: one row, or one row per column where the run crosses rows (part 四's 15 numbers). */
export const runKeys = (run: GluedRun): CellKey[] =>
  run.cols.map((col, i) => ({ table: run.table, row: run.rows?.[i] ?? run.row, col }));

const kindOf = (layout: Layout, key: CellKey): ValueKind =>
  tableDef(layout.version, key.table).columns.find((c) => c.key === key.col)?.kind ?? 'count';

/** Printed cells with a value: the fixed terms of the sums. */
function knownValues(report: MappedReport, layout: Layout): Values {
  const known: Values = new Map();
  for (const cell of report.cells) {
    const { value } = parseValue(cell.raw, kindOf(layout, cell));
    if (value !== null) known.set(cellId(cell), value);
  }
  return known;
}

/** Groups of slots tied by a constraint, each with the constraints among them. */
function tiedGroups(slots: RunSlot[], constraints: Constraint[]): { slots: RunSlot[]; constraints: Constraint[] }[] {
  const slotOf = new Map(slots.flatMap((s, i) => s.ids.map((id) => [id, i] as const)));
  const parent = slots.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const slotsOf = (c: Constraint) => [...new Set(terms(c).flatMap((id) => slotOf.get(id) ?? []))];
  for (const c of constraints) {
    const [first, ...rest] = slotsOf(c);
    for (const s of rest) parent[root(s)] = root(first);
  }
  const firstSlot = constraints.map((c) => slotsOf(c)[0]);
  return [...new Set(slots.map((_, i) => root(i)))].map((r) => ({
    slots: slots.filter((_, i) => root(i) === r),
    constraints: constraints.filter((_, n) => firstSlot[n] !== undefined && root(firstSlot[n]) === r),
  }));
}

/**
 * The rules that lie within one slot (a row total, part 四's group totals) and the printed
 * cells, as a count of the instances its first values already break: a long run (15 cells of
 * part 四) is cut only where few can break, instead of every way first.
 */
function brokenWithin(ids: string[], known: Values, constraints: Constraint[]): (prefix: number[]) => number {
  const rules = bindingOn(constraints, known, new Set(ids));
  const values = new Map(known);
  return (prefix) => {
    ids.forEach((id, i) => (i < prefix.length ? values.set(id, prefix[i]) : values.delete(id)));
    return rules.filter((c) => !stillPossible(c, values)).length;
  };
}

/** An upper bound on the cuts of a run into `cells` numbers: C(characters - 1, cells - 1). */
function cutsAtMost(raw: string, cells: number): number {
  const n = [...raw].length - 1;
  let count = 1;
  for (let i = 1; i < cells; i++) count = (count * (n - i + 1)) / i;
  return count;
}

const describeReading = (r: Candidate) => r.tokens.map((t) => t || '□').join('|');

function cellsOf(slot: RunSlot): SplitCell[] {
  const { geometry, labelScore, rowDoubt, page } = slot.run;
  const base = (key: CellKey) => ({
    ...key,
    geometry,
    ...(labelScore !== undefined ? { labelScore } : {}),
    ...(rowDoubt ? { rowDoubt } : {}),
    ...(page !== undefined ? { page } : {}),
  });
  const verdict = slot.verdict!;
  if (verdict.kind !== 'split') {
    const flag = verdict.kind === 'none' ? 'no_valid_split' : 'ambiguous_split';
    return slot.keys.map((k) => ({ ...base(k), raw: slot.run.raw, flags: [flag], note: verdict.why }));
  }
  const pick = (set: Set<number>) => [...set].sort((a, b) => a - b).map((i) => slot.readings[i]);
  const [used, loose] = [pick(verdict.used), pick(verdict.loose)];
  const noteOf = (readings: Candidate[]) => {
    const listed = readings.slice(0, SOLVER.noteCandidates).map(describeReading).join('; ');
    const more = readings.length > SOLVER.noteCandidates ? '; …' : '';
    return `${slot.run.raw} reads ${readings.length} ways: ${listed}${more}`;
  };
  return slot.keys.map((k, i) => {
    const readings = verdict.tied[i] ? used : loose;
    const agreed = new Set(readings.map((r) => r.values[i])).size === 1;
    return agreed
      ? { ...base(k), raw: used[0].tokens[i], flags: [] }
      : { ...base(k), raw: slot.run.raw, flags: ['ambiguous_split'], note: noteOf(readings) };
  });
}

/**
 * Which cells of a slot an instance ties to cells outside it: only there can the sums check
 * where a number stands. Elsewhere (a results row whose column sums lack a cell) every reading
 * of the slot as good as the kept ones stays a candidate, whatever the positions say.
 */
function tiedCells(slot: RunSlot, constraints: Constraint[]): boolean[] {
  const own = new Set(slot.ids);
  const across = constraints.filter((c) => terms(c).some((id) => !own.has(id)));
  return slot.ids.map((id) => across.some((c) => terms(c).includes(id)));
}

const asGood = (slot: RunSlot, used: Set<number>): Set<number> => {
  const worst = Math.max(...[...used].map((r) => slot.readings[r].breaks));
  return new Set(readingsBreakingAtMost(slot, worst));
};

/** An instance no kept reading satisfies, as the failed check the record carries. */
const brokenCheck = (c: Constraint, broken: number): Check => ({
  rule: String(c.instance.rule.rule),
  ok: false,
  cells: terms(c),
  message: `${c.instance.rule.description} fails along ${c.instance.along} however the glued numbers are read (the best readings break ${broken} rule instance${broken === 1 ? '' : 's'})`,
});

/** The values of a slot's cells on which its kept readings agree. */
function settledValues(slot: RunSlot, into: Values): void {
  const verdict = slot.verdict;
  if (verdict?.kind !== 'split') return;
  const used = [...verdict.used].map((r) => slot.readings[r].values);
  slot.ids.forEach((id, k) => {
    if (used.length && used.every((v) => v[k] === used[0][k])) into.set(id, used[0][k]);
  });
}

/** Per cell, the values the instances whose other terms all have values imply for it. */
function impliedValues(ids: string[], constraints: Constraint[], values: Values): Set<number>[] {
  return ids.map((id) => {
    const implied = new Set<number>();
    for (const c of constraints) {
      const others = terms(c).filter((t) => t !== id);
      if (others.length !== c.lhs.length + c.rhs.length - 1 || !others.every((t) => values.has(t))) continue;
      const sum = (side: string[]) => side.reduce((a, t) => a + (t === id ? 0 : values.get(t)!), 0);
      implied.add(+(c.lhs.includes(id) ? sum(c.rhs) - sum(c.lhs) : sum(c.lhs) - sum(c.rhs)).toFixed(6));
    }
    return implied;
  });
}

/**
 * Second reading of runs too long to cut every way whose own sums cannot all hold (a mistyped
 * total): the cuts that differ in at most SOLVER.maxBroken cells from what the sums of the
 * cells settled without them imply. Returns whether any such run got readings.
 */
function rereadLong(slots: RunSlot[], known: Values, constraints: Constraint[]): boolean {
  const values = new Map(known);
  slots.forEach((s) => settledValues(s, values));
  let found = false;
  for (const slot of slots) {
    if (!slot.tooLong || slot.readings.length) continue;
    const implied = impliedValues(slot.ids, constraints, values);
    const differing = (prefix: number[]) =>
      prefix.filter((v, k) => implied[k].size > 0 && !implied[k].has(+v.toFixed(6))).length;
    for (let most = 0; most <= SOLVER.maxBroken && !slot.readings.length; most++)
      slot.readings = slot.tooLong((prefix) => differing(prefix) <= most);
    if (slot.readings.length) {
      slot.verdict = undefined;
      found = true;
    }
  }
  return found;
}

export function splitGluedRuns(report: MappedReport): Result<Split> {
  const warnings: Warning[] = [];
  const layout = report.layout;
  if (!layout) {
    const flag = (run: GluedRun): SplitCell[] =>
      runKeys(run).map((k) => ({ ...k, raw: run.raw, geometry: run.geometry, flags: ['no_valid_split'] }));
    return { value: { cells: report.glued.flatMap(flag), failed: [] }, warnings };
  }

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
  const context: Context = { report, layout, pairedDash, everyRule: sumConstraints(layout, (id) => signed.has(id)) };
  const first = readAll(context, known, warnings, SOLVER);
  const read = first.cells.some((c) => c.flags.length) ? withSureReading(context, known, first) : first;
  return (read.cells.some((c) => c.flags.length) && readTakingBlank(context, known, read)) || { value: read, warnings };
}

/**
 * Where positions left cells unsettled, the report read once more by what the layout proves
 * alone: of each row's placements, those no header word rules out (`sure`: pdftotext never
 * starts a line with a number at or left of a header word's last character when the number
 * stands right of that word's column), at no cost, so the sums alone choose. A cell that reading settles takes its value; a cell the
 * first reading settled otherwise is flagged. `read` as it is where no placement is ruled out.
 */
function withSureReading(context: Context, known: Values, read: Split): Split {
  const runs = context.report.glued;
  if (!runs.some((r) => r.placements?.some((p) => !p.sure))) return read;
  const sureOnly = (ps: NonNullable<GluedRun['placements']>) => {
    const sure = ps.filter((p) => p.sure);
    return (sure.length ? sure : ps).map((p) => ({ ...p, cost: 0 }));
  };
  const glued = runs.map((r) => (r.placements ? { ...r, placements: sureOnly(r.placements) } : r));
  const proved = readAll({ ...context, report: { ...context.report, glued } }, known, [], SOLVER);
  const byId = new Map(proved.cells.filter((c) => !c.flags.length).map((c) => [cellId(c), c]));
  const cells = read.cells.map((cell): SplitCell => {
    const other = byId.get(cellId(cell));
    if (!other || other.raw === cell.raw) return cell;
    if (cell.flags.length) return other;
    const note = `positions read ${cell.raw}, the header words allow ${other.raw} too`;
    return { ...cell, flags: ['ambiguous_split'], note };
  });
  return { ...read, cells };
}

/**
 * Rows with no line at all leave their column sums without a term, so every row is read alone
 * and a number may stand in any column its row total allows. Taken as blank (zeros printed as
 * nothing), every sum binds again. That reading stands where every sum then holds and it settles
 * more cells than `read`; the rows themselves stay missing in the record. Null otherwise.
 */
function readTakingBlank(context: Context, known: Values, read: Split): Result<Split> | null {
  const unprinted = unprintedCells(context.report, context.layout);
  if (!unprinted.length) return null;
  const taken = new Map([...known, ...unprinted.map((k): [string, number] => [cellId(k), 0])]);
  const warnings: Warning[] = [];
  const blank = readAll(context, taken, warnings, SOLVER.assumedBlank);
  const unsettled = (split: Split) => split.cells.filter((c) => c.flags.length).length;
  if (blank.failed.length || unsettled(blank) >= unsettled(read)) return null;
  const rows = [...new Set(unprinted.map(rowOf))];
  warnings.push({
    code: 'rows_taken_blank',
    message: `${rows.join(', ')}: no line printed; the other rows are read taking them as blank, as every sum then holds`,
  });
  return { value: blank, warnings };
}

const rowOf = (key: CellKey) => `${key.table}.${key.row}`;

/** How clearly positions must settle a cell, and how far the joint search may go. */
type Budget = { costMargin: number; jointSteps: number };

interface Context {
  report: MappedReport;
  layout: Layout;
  pairedDash: boolean;
  everyRule: Constraint[];
}

/** Every slot of the report read against the printed (or assumed) values `known`. */
function readAll(context: Context, known: Values, warnings: Warning[], budget: Budget): Split {
  const { report, layout, pairedDash, everyRule } = context;
  const slots: RunSlot[] = report.glued.map((run) => {
    const keys = runKeys(run);
    const ids = keys.map(cellId);
    const kinds = keys.map((k) => kindOf(layout, k));
    const brokenBy = brokenWithin(ids, known, everyRule);
    // Where its cuts are few enough to read them all, a slot may break the instances it alone
    // completes (a mistyped row total, a printed 总计 it contradicts); else only the readings
    // breaking none are read, cut only where those can still hold.
    const maxBreaks = cutsAtMost(run.raw, keys.length) <= SOLVER.readingsPerSlot ? SOLVER.maxBroken : 0;
    const found = slotReadings(run, kinds, { pairedDash, brokenBy, maxBreaks });
    const slot: RunSlot = { run, keys, ids, readings: found.readings };
    if (maxBreaks === 0 && !found.capped && !found.readings.length)
      slot.tooLong = (possible) => {
        const again = slotReadings(run, kinds, { pairedDash, brokenBy, maxBreaks: SOLVER.maxBroken, possible });
        return again.capped ? [] : again.readings;
      };
    if (found.capped) {
      warnings.push({
        code: 'split_capped',
        message: `${run.table}.${run.row}: "${run.raw}" has over ${SOLVER.readingsPerSlot} readings; left unsettled`,
        page: run.page,
      });
      slot.verdict = {
        kind: 'unsettled',
        why: `${run.raw}: too many readings to settle (over ${SOLVER.readingsPerSlot})`,
      };
    } else if (found.readings.length === 0)
      slot.verdict = { kind: 'none', why: `no reading of ${run.raw} fits the column kinds and the row's own sums` };
    return slot;
  });

  // Slots without a reading are left out of the sums, as if their cells were not printed.
  let failed = solveTied(slots, known, everyRule, warnings, budget);
  if (rereadLong(slots, known, everyRule)) {
    slots.forEach((s) => s.verdict?.kind === 'split' && (s.verdict = undefined));
    failed = solveTied(slots, known, everyRule, warnings, budget);
  }
  return { cells: slots.flatMap(cellsOf), failed };
}

/** The cells of rows of a table with slots that have neither a placed cell nor a slot's. */
function unprintedCells(report: MappedReport, layout: Layout): CellKey[] {
  const printed = new Set([...report.cells, ...report.glued.flatMap(runKeys)].map(rowOf));
  const tables = [...new Set(report.glued.map((r) => r.table))];
  return layoutCells(layout, tables).filter((k) => !printed.has(rowOf(k)));
}

/** Reads the slots without a verdict together, group by group of tied slots; returns the failed checks. */
function solveTied(
  slots: RunSlot[],
  known: Values,
  everyRule: Constraint[],
  warnings: Warning[],
  budget: Budget,
): Check[] {
  const open = slots.filter((s) => !s.verdict);
  const constraints = bindingOn(everyRule, known, new Set(open.flatMap((s) => s.ids)));
  const failed: Check[] = [];
  for (const group of tiedGroups(open, constraints)) {
    const outcome = searchJointly(group.slots, group.constraints, known, {
      maxBroken: SOLVER.maxBroken,
      costMargin: budget.costMargin,
      steps: budget.jointSteps,
      fallbackSlack: SOLVER.placementSlack,
    });
    const rules = [...new Set(group.constraints.map((c) => c.instance.rule.rule))].sort().join(', ');
    if (outcome.capped)
      warnings.push({
        code: 'split_capped',
        message: `${group.slots.map((s) => `${s.run.table}.${s.run.row}`).join(', ')}: joint search stopped after ${budget.jointSteps} steps`,
        page: group.slots[0].run.page,
      });
    if (outcome.broken) failed.push(...outcome.brokenEverywhere.map((c) => brokenCheck(c, outcome.broken!)));
    group.slots.forEach((slot, i) => {
      if (outcome.capped)
        slot.verdict = { kind: 'unsettled', why: `${slot.run.raw}: too many joint readings to settle` };
      else if (outcome.broken === null)
        slot.verdict = {
          kind: 'none',
          why: `every reading of ${slot.run.raw} breaks more than ${SOLVER.maxBroken} instances of ${rules ? `rules ${rules}` : 'the column kinds'}`,
        };
      else {
        const used = outcome.used[i];
        slot.verdict = { kind: 'split', used, loose: asGood(slot, used), tied: tiedCells(slot, group.constraints) };
      }
    });
  }
  return failed;
}
