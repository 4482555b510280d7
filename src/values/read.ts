/**
 * The values stage: every cell of the detected layout gets a draft fact, its value read from
 * what the document printed there (a cell the mapper placed, or a cell of a split glued run).
 * Checks and confidence come later; cells placed on keys the layout does not have are kept apart.
 */
import type { BBox, Geometry } from '../../extractors/model.js';
import { cellId, ok, parseCellId, type Flag, type Result } from '../core/index.js';
import type { MappedReport, Unmapped } from '../map/types.js';
import type { Fact } from '../record/schema.js';
import type { SplitCell } from '../split/types.js';
import type { LayoutCell, ValueKind } from '../template/index.js';
import { parseValue } from './parse.js';

/** What the document says about one cell, from the mapper or from a split glued run. */
export interface Candidate {
  raw: string;
  geometry: Geometry;
  labelScore: number;
  flags: Flag[];
  note?: string;
  rowDoubt?: string;
  page?: number;
  bbox?: BBox;
}

/** A fact before checks: its value read, its evidence not yet weighed. */
export interface Draft {
  fact: Omit<Fact, 'confidence'>;
  kind: ValueKind;
  candidate: Candidate | null;
  /** The prose states this value too (src/claims): a little more confidence, nothing else. */
  proseAgrees?: boolean;
}

export interface ReadValues {
  drafts: Draft[];
  /** Cells the mapper placed on keys the layout does not have: kept, never turned into facts. */
  stray: Unmapped[];
}

function gatherCandidates(mapped: MappedReport, split: SplitCell[]): Map<string, Candidate[]> {
  const byCell = new Map<string, Candidate[]>();
  const add = (id: string, c: Candidate) => byCell.set(id, [...(byCell.get(id) ?? []), c]);
  for (const c of mapped.cells) {
    const { raw, geometry, labelScore, rowDoubt, page, bbox } = c;
    add(cellId(c), { raw, geometry, labelScore, flags: [], rowDoubt, page, bbox });
  }
  for (const s of split) {
    const { raw, geometry, flags, note, rowDoubt, page } = s;
    add(cellId(s), { raw, geometry, labelScore: s.labelScore ?? 1, flags, note, rowDoubt, page });
  }
  return byCell;
}

function strayCells(byCell: Map<string, Candidate[]>, layoutIds: Set<string>): Unmapped[] {
  return [...byCell]
    .filter(([id]) => !layoutIds.has(id))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, cs]) => ({
      table: parseCellId(id).table,
      label: id,
      values: cs.map((c) => c.raw),
      ...(cs[0].page ? { page: cs[0].page } : {}),
    }));
}

function draftFact(cell: LayoutCell, candidates: Candidate[]): Draft {
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

export function readValues(mapped: MappedReport, cells: LayoutCell[], split: SplitCell[]): Result<ReadValues> {
  const byCell = gatherCandidates(mapped, split);
  const drafts = cells.map((cell) => draftFact(cell, byCell.get(cellId(cell)) ?? []));
  return ok({ drafts, stray: strayCells(byCell, new Set(cells.map(cellId))) });
}
