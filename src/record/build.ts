/**
 * The record of FORMAT.md §5 from a MappedReport: every cell of the detected layout gets a
 * fact, values as printed, checks beside them, and flags only where a cell is in doubt.
 */
import type { BBox, Geometry, Result, Warning } from '../../extractors/model.js';
import { runChecks, type CellValues } from '../checks/index.js';
import type { MappedReport, Unmapped } from '../map/types.js';
import { cellId, layoutCells, type Layout, type TableKey, type ValueKind } from '../template/index.js';
import { isBlankMark, parseValue } from '../values/parse.js';
import { confidence, FLAG_BELOW } from './confidence.js';
import { errorRecord, type SourceInfo } from './error.js';
import { splitGluedRuns } from '../split/index.js';
import type { GlueSplitter, SplitCell } from './glued.js';
import { SCHEMA_VERSION, type Check, type Fact, type NianbaoRecord } from './schema.js';

const TABLE_ORDER: TableKey[] = ['active', 'requests', 'review_litigation'];

/** What the document says about one cell, from the mapper or from a split glued run. */
interface Candidate {
  raw: string;
  geometry: Geometry;
  labelScore: number;
  flags: string[];
  note?: string;
  rowDoubt?: string;
  page?: number;
  bbox?: BBox;
}

/** A fact before checks: its value read, its evidence not yet weighed. */
interface Draft {
  fact: Omit<Fact, 'confidence'>;
  kind: ValueKind;
  candidate: Candidate | null;
}

export interface BuildOptions {
  split?: GlueSplitter;
}

function gatherCandidates(mapped: MappedReport, split: SplitCell[]): Map<string, Candidate[]> {
  const byCell = new Map<string, Candidate[]>();
  const add = (id: string, c: Candidate) => byCell.set(id, [...(byCell.get(id) ?? []), c]);
  for (const c of mapped.cells)
    add(cellId(c), {
      raw: c.raw,
      geometry: c.geometry,
      labelScore: c.labelScore,
      flags: [],
      rowDoubt: c.rowDoubt,
      page: c.page,
      bbox: c.bbox,
    });
  for (const s of split)
    add(cellId(s), {
      raw: s.raw,
      geometry: s.geometry,
      labelScore: s.labelScore ?? 1,
      flags: s.flags,
      note: s.note,
      page: s.page,
    });
  return byCell;
}

/** Cells the mapper placed on keys the layout does not have: kept, never turned into facts. */
function strayCells(byCell: Map<string, Candidate[]>, layoutIds: Set<string>): Unmapped[] {
  return [...byCell]
    .filter(([id]) => !layoutIds.has(id))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, cs]) => ({
      table: id.split('.')[0],
      label: id,
      values: cs.map((c) => c.raw),
      ...(cs[0].page ? { page: cs[0].page } : {}),
    }));
}

function draftFact(
  cell: { table: TableKey; row: string; col: string; kind: ValueKind },
  candidates: Candidate[],
): Draft {
  const key = { table: cell.table, row: cell.row, col: cell.col };
  const [first, ...others] = candidates;
  if (!first)
    return { fact: { ...key, value: null, raw: '', flags: ['cell_missing'] }, kind: cell.kind, candidate: null };
  const conflicts = [...new Set(others.map((c) => c.raw).filter((raw) => raw !== first.raw))];
  const flags = [...first.flags];
  let note = first.note;
  if (conflicts.length > 0) {
    flags.push('conflicting_cells');
    note = [note, `also printed: ${conflicts.join(' | ')}`].filter(Boolean).join('; ');
  }
  // A cell the splitter could not settle has no value of its own, whatever its digits read as.
  const parsed = first.flags.length > 0 ? { value: null, flags: [] } : parseValue(first.raw, cell.kind);
  const fact: Omit<Fact, 'confidence'> = {
    ...key,
    value: parsed.value,
    raw: first.raw,
    flags: [...flags, ...parsed.flags],
    ...(note ? { note } : {}),
    ...(first.page ? { page: first.page } : {}),
    ...(first.bbox ? { bbox: first.bbox } : {}),
  };
  return { fact, kind: cell.kind, candidate: first };
}

/** Weighs a draft against the checks: confidence, the blank-as-zero rule, low-confidence flag. */
function finishFact(draft: Draft, confirmed: Set<string>, failed: Set<string>, unevaluated: Set<string>): Fact {
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
  });
  // A blank read as 0 where the grid was inferred may be a lost number, unless a sum vouches for it.
  const inferredGrid = candidate.geometry === 'aligned' || candidate.geometry === 'text';
  if (inferredGrid && isBlankMark(fact.raw) && !confirmed.has(id)) flags.push('blank_inferred');
  // On an inferred grid a whole row read onto the wrong key keeps its row sum; only the column sum
  // or an exact label tells. Where neither vouches (a cell of the column missing), say so.
  if (inferredGrid && unevaluated.has(id) && !failed.has(id) && candidate.labelScore < 1)
    flags.push('sum_not_evaluated');
  // The sums hold whichever of two results rows the numbers are read onto: only a person can tell.
  const note = candidate.rowDoubt
    ? [fact.note, `the row's label also reads as ${fact.table}.${candidate.rowDoubt}`].filter(Boolean).join('; ')
    : fact.note;
  if (candidate.rowDoubt) flags.push('row_ambiguous');
  if (score < FLAG_BELOW && flags.length === 0) flags.push('low_confidence');
  return { ...fact, confidence: score, flags, ...(note ? { note } : {}) };
}

function checkedCells(checks: Check[]): { confirmed: Set<string>; failed: Set<string> } {
  const confirmed = new Set<string>();
  const failed = new Set<string>();
  for (const check of checks) {
    if (!check.ok) check.cells.forEach((c) => failed.add(c));
    else if (check.rule !== '5') check.cells.forEach((c) => confirmed.add(c));
  }
  return { confirmed, failed };
}

function reviewOf(
  mapped: MappedReport,
  missingTables: TableKey[],
  facts: Fact[],
  checks: Check[],
  unmapped: Unmapped[],
): NianbaoRecord['review'] {
  const failedChecks = checks.filter((c) => !c.ok).length;
  const flagged = facts.filter((f) => f.flags.length > 0).length;
  const reasons = [
    ...new Set(mapped.reasons),
    ...missingTables.map((t) => `part_missing:${t}`),
    ...(failedChecks ? [`checks_failed:${failedChecks}`] : []),
    ...(flagged ? [`facts_flagged:${flagged}`] : []),
    ...(unmapped.length ? [`unmapped:${unmapped.length}`] : []),
  ];
  return { required: failedChecks > 0 || flagged > 0 || unmapped.length > 0, reasons };
}

export function buildRecord(
  mapped: MappedReport,
  source: SourceInfo,
  options: BuildOptions = {},
): Result<NianbaoRecord> {
  if (!mapped.layout)
    return {
      value: errorRecord(source, 'NOT_A_REPORT', 'no table of the annual report template was found'),
      warnings: mapped.warnings,
    };
  const layout: Layout = mapped.layout;
  const tables = TABLE_ORDER.filter((t) => mapped.tablesFound.includes(t));
  const cells = layoutCells(layout, tables);
  const split = (options.split ?? splitGluedRuns)(mapped);
  const byCell = gatherCandidates(mapped, split.value);

  const drafts = cells.map((cell) => draftFact(cell, byCell.get(cellId(cell)) ?? []));
  const values: CellValues = new Map(drafts.map((d) => [cellId(d.fact), d.fact.value]));
  const { checks, warnings, unevaluated } = runChecks(layout, cells, values);
  const { confirmed, failed } = checkedCells(checks);
  const facts = drafts.map((d) => finishFact(d, confirmed, failed, unevaluated));

  const unmapped = [...mapped.unmapped, ...strayCells(byCell, new Set(cells.map(cellId)))];
  const missingTables = TABLE_ORDER.filter((t) => !tables.includes(t));
  const record: NianbaoRecord = {
    schemaVersion: SCHEMA_VERSION,
    source,
    report: { title: mapped.title, agency: mapped.agency, year: mapped.year, template: mapped.template },
    sections: mapped.sections,
    facts,
    checks,
    unmapped,
    review: reviewOf(mapped, missingTables, facts, checks, unmapped),
  };
  const allWarnings: Warning[] = [...mapped.warnings, ...split.warnings, ...warnings];
  return { value: record, warnings: allWarnings };
}
