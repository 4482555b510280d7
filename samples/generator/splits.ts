/**
 * Brute-force enumeration of the ways a glued digit run can be split into the cells it covers
 * (FORMAT.md §4). The generator uses it to compute `must_flag` for glued text variants, on its
 * own, independent of the parser in src/ and of src/template.
 *
 * Two stages: every segment (one run) gets its candidate splits, filtered by the rules that lie
 * wholly inside it (a row total); then the rules that tie segments together (column sums) are
 * checked jointly by a forward/backward pass over the segments' partial sums, so that a
 * candidate survives only if some choice for all the other segments completes it.
 */
import type { ValueKind } from './template-print.js';

export interface SplitCell {
  id: string;
  kind: ValueKind;
}

/** A glued run and the cells it covers, in printed order. */
export interface Segment {
  text: string;
  cells: SplitCell[];
}

/** A sum that must hold: the lhs cells add up to the rhs cells (cell ids). */
export interface SumConstraint {
  lhs: string[];
  rhs: string[];
}

export interface SplitLimits {
  /** Most candidate splits kept for one segment. */
  perSegment: number;
  /** Most distinct partial-sum states in the joint pass. */
  states: number;
}

export const DEFAULT_LIMITS: SplitLimits = { perSegment: 50_000, states: 500_000 };

export interface SplitOutcome {
  /** Every value each cell takes across the valid splits, as canonical strings. */
  values: Map<string, string[]>;
  /** Cells whose value differs between valid splits, in segment order. */
  ambiguous: string[];
}

/** Raised when a segment has no valid split or the enumeration would exceed its limits. */
export class SplitError extends Error {}

const NUMBER_SHAPE: Record<ValueKind, RegExp> = {
  count: /^(0|[1-9]\d*)$/,
  signed: /^(0|[-+]?[1-9]\d*)$/,
  decimal: /^(0|[1-9]\d*)(\.\d+)?$/,
};

/**
 * A dash printed for zero (FORMAT.md §4) survives gluing and fills one cell by itself. Only the
 * long dash: an ASCII hyphen in a run is read as a minus sign.
 */
export const ZERO_DASH = '—';

/** A printed piece is a valid number of this kind: no leading zero but 0 itself (FORMAT.md §4). */
export function isValidNumber(piece: string, kind: ValueKind): boolean {
  return piece === ZERO_DASH || NUMBER_SHAPE[kind].test(piece);
}

/** The value a valid piece stands for, as a canonical string (so 2.50 equals 2.5, — equals 0). */
export function canonicalValue(piece: string, kind: ValueKind): string {
  if (piece === ZERO_DASH) return '0';
  if (kind === 'decimal') return String(Number(piece));
  return BigInt(piece).toString();
}

type Split = string[];

interface LocalRule {
  constraint: SumConstraint;
  /** Index of the segment cell after which all of the rule's cells are assigned. */
  readyAt: number;
}

function sumOf(ids: string[], valueOf: (id: string) => bigint): bigint {
  return ids.reduce((acc, id) => acc + valueOf(id), 0n);
}

function holds(c: SumConstraint, valueOf: (id: string) => bigint): boolean {
  return sumOf(c.lhs, valueOf) === sumOf(c.rhs, valueOf);
}

/** Every split of one segment into valid numbers that satisfies the rules inside it. */
export function segmentSplits(seg: Segment, local: SumConstraint[], limit = DEFAULT_LIMITS.perSegment): Split[] {
  const index = new Map(seg.cells.map((c, i) => [c.id, i]));
  const rules: LocalRule[] = local.map((constraint) => ({
    constraint,
    readyAt: Math.max(...[...constraint.lhs, ...constraint.rhs].map((id) => index.get(id) ?? Infinity)),
  }));
  const out: Split[] = [];
  const pieces: string[] = [];
  const valueOf = (id: string): bigint => BigInt(canonicalValue(pieces[index.get(id)!], 'count'));

  const walk = (pos: number, cell: number): void => {
    if (cell === seg.cells.length) {
      if (pos !== seg.text.length) return;
      if (out.length >= limit) throw new SplitError(`more than ${limit} splits of ${seg.text}`);
      out.push([...pieces]);
      return;
    }
    const remaining = seg.cells.length - cell - 1;
    for (let end = pos + 1; end <= seg.text.length - remaining; end++) {
      const piece = seg.text.slice(pos, end);
      if (!isValidNumber(piece, seg.cells[cell].kind)) continue;
      pieces.push(piece);
      const ok = rules.every((r) => r.readyAt !== cell || holds(r.constraint, valueOf));
      if (ok) walk(end, cell + 1);
      pieces.pop();
    }
  };
  walk(0, 0);
  return out;
}

/** A split's contribution (lhs − rhs) to each cross-segment rule. */
function contribution(seg: Segment, split: Split, cross: SumConstraint[]): bigint[] {
  const value = new Map(
    seg.cells.map((c, i) => [c.id, c.kind === 'decimal' ? 0n : BigInt(canonicalValue(split[i], c.kind))]),
  );
  return cross.map(
    (c) =>
      sumOf(
        c.lhs.filter((id) => value.has(id)),
        (id) => value.get(id)!,
      ) -
      sumOf(
        c.rhs.filter((id) => value.has(id)),
        (id) => value.get(id)!,
      ),
  );
}

const stateKey = (v: bigint[]): string => v.join(',');
const add = (a: bigint[], b: bigint[]): bigint[] => a.map((x, i) => x + b[i]);
const sub = (a: bigint[], b: bigint[]): bigint[] => a.map((x, i) => x - b[i]);

function addState(set: Map<string, bigint[]>, v: bigint[], limit: number): void {
  set.set(stateKey(v), v);
  if (set.size > limit) throw new SplitError(`more than ${limit} joint states`);
}

/**
 * The candidates of each segment that belong to at least one split of all segments satisfying
 * every cross-segment rule. Forward sets hold the partial sums reachable before a segment;
 * backward sets the partial sums from which the remaining segments can reach zero.
 */
function jointlyValid(contribs: bigint[][][], width: number, limit: number): boolean[][] {
  const zero = new Array<bigint>(width).fill(0n);
  const forward: Map<string, bigint[]>[] = [new Map([[stateKey(zero), zero]])];
  for (const cands of contribs) {
    const next = new Map<string, bigint[]>();
    for (const s of forward[forward.length - 1].values()) for (const c of cands) addState(next, add(s, c), limit);
    forward.push(next);
  }
  const backward: Map<string, bigint[]>[] = new Array(contribs.length + 1);
  backward[contribs.length] = new Map([[stateKey(zero), zero]]);
  for (let i = contribs.length - 1; i >= 0; i--) {
    const prev = new Map<string, bigint[]>();
    for (const g of backward[i + 1].values()) for (const c of contribs[i]) addState(prev, sub(g, c), limit);
    backward[i] = prev;
  }
  return contribs.map((cands, i) =>
    cands.map((c) => [...forward[i].values()].some((s) => backward[i + 1].has(stateKey(add(s, c))))),
  );
}

/**
 * All valid splits of the segments under the constraints. Constraints that mention a cell no
 * segment covers are left out: nothing in the glued text ties them.
 */
export function enumerateSplits(
  segments: Segment[],
  constraints: SumConstraint[],
  limits: SplitLimits = DEFAULT_LIMITS,
): SplitOutcome {
  const owner = new Map<string, number>();
  segments.forEach((seg, i) => seg.cells.forEach((c) => owner.set(c.id, i)));
  const usable = constraints.filter((c) => [...c.lhs, ...c.rhs].every((id) => owner.has(id)));
  const segmentsOf = (c: SumConstraint): Set<number> => new Set([...c.lhs, ...c.rhs].map((id) => owner.get(id)!));
  const cross = usable.filter((c) => segmentsOf(c).size > 1);

  const candidates = segments.map((seg, i) => {
    const local = usable.filter((c) => segmentsOf(c).size === 1 && segmentsOf(c).has(i));
    const splits = segmentSplits(seg, local, limits.perSegment);
    if (splits.length === 0) throw new SplitError(`no valid split of ${seg.text} into ${seg.cells.length} cells`);
    return splits;
  });
  const contribs = candidates.map((splits, i) => splits.map((s) => contribution(segments[i], s, cross)));
  const keep = jointlyValid(contribs, cross.length, limits.states);

  const values = new Map<string, string[]>();
  const ambiguous: string[] = [];
  segments.forEach((seg, i) => {
    const valid = candidates[i].filter((_, k) => keep[i][k]);
    if (valid.length === 0) throw new SplitError(`no split of ${seg.text} satisfies the rules jointly`);
    seg.cells.forEach((cell, j) => {
      const seen = [...new Set(valid.map((s) => canonicalValue(s[j], cell.kind)))];
      values.set(cell.id, seen);
      if (seen.length > 1) ambiguous.push(cell.id);
    });
  });
  return { values, ambiguous };
}
