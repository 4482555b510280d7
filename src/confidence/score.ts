/**
 * Confidence of one fact, 0..1, from the evidence behind it (FORMAT.md §5). Kept apart so the
 * trust work (issue 5) can extend it. Deterministic: rounded to three places.
 */
import type { Geometry } from '../../extractors/model.js';
import type { Flag } from '../core/index.js';

export interface Evidence {
  geometry: Geometry;
  /** How well the row and column labels matched, 0..1. */
  labelScore: number;
  /** Flags from reading the value (`unparsed`, `unit_mismatch`…). */
  parseFlags: Flag[];
  /** A passing check of rules 1–4 includes this cell. */
  confirmedBySum: boolean;
  /** A failed check includes this cell. */
  inFailedCheck: boolean;
  /** The report's prose states the same value (src/claims). */
  proseAgrees?: boolean;
}

/** How certain the cell's position is, by how the table's grid was known. */
const GEOMETRY_BASE: Record<Geometry, number> = { structural: 1, ruled: 0.98, aligned: 0.85, text: 0.7 };

/** How much a doubt about the printed value lowers confidence. */
const PARSE_PENALTY: Partial<Record<Flag, number>> = {
  unparsed: 0,
  unit_mismatch: 0.7,
  unexpected_negative: 0.6,
  unexpected_decimal: 0.6,
};

export function confidence(e: Evidence): number {
  let c = GEOMETRY_BASE[e.geometry] * (0.5 + 0.5 * Math.min(1, Math.max(0, e.labelScore)));
  for (const flag of e.parseFlags) c *= PARSE_PENALTY[flag] ?? 0.8;
  if (e.inFailedCheck) c *= 0.6;
  // A sum that holds confirms both the value and its place; it cannot confirm an unread value.
  else if (e.confirmedBySum && c > 0) c += (1 - c) * 0.6;
  // The prose stating the same number vouches for the value a little, not for its place.
  if (e.proseAgrees && c > 0) c += (1 - c) * 0.2;
  return Math.round(c * 1000) / 1000;
}

/** Below this a fact always carries a flag (FORMAT.md §5). */
export const FLAG_BELOW = 0.5;
