/**
 * The candidate readings of one slot (a row, or part 四's run across rows): the cuts of its
 * glued digits (./tokens.ts) and, where the source separated its numbers but printed fewer than
 * the slot has cells (blanks vanish from a text line), the placements of those numbers under
 * the columns with their offset as cost. Each reading also counts the rule instances lying
 * within the slot (a row total) that it breaks.
 */
import type { GluedRun } from '../map/types.js';
import type { ValueKind } from '../template/index.js';
import { SOLVER } from './settings.js';
import { normalizeRun, enumerateReadings, tokenValue, type Reading } from './tokens.js';

export interface Candidate extends Reading {
  /** Offset of a placement from the columns; 0 for a cut. */
  cost: number;
  /** Rule instances within the slot that the reading breaks. */
  breaks: number;
}

export interface SlotRules {
  pairedDash: boolean;
  /** Rule instances within the slot already broken by its first values (a prefix) or all of them. */
  brokenBy: (values: number[]) => number;
  /** Most instances within the slot a reading may break. */
  maxBreaks: number;
  /** Where given, false when a cut's first values already rule it out on other grounds. */
  possible?: (values: number[]) => boolean;
}

/** Every order-preserving way to put k numbers into n cells (at no cost where positions are unknown). */
export function* orderedPlacements(k: number, n: number, from = 0): Generator<number[]> {
  if (k === 0) return yield [];
  for (let j = from; j <= n - k; j++) for (const rest of orderedPlacements(k - 1, n, j + 1)) yield [j, ...rest];
}

/** The readings that put each separated number in one cell and leave the other cells blank. */
function placed(run: GluedRun, kinds: ValueKind[], rules: SlotRules): Candidate[] {
  const parts = normalizeRun(run.raw).split(/\s+/);
  const options =
    run.placements ??
    (parts.length > 1 ? [...orderedPlacements(parts.length, kinds.length)].map((at) => ({ at, cost: 0 })) : []);
  const out: Candidate[] = [];
  const cheapest = Math.min(...options.map((o) => o.cost));
  for (const { at, cost } of options) {
    if (cost > cheapest + SOLVER.placementSlack || at.length !== parts.length || parts.length >= kinds.length) continue;
    const tokens = kinds.map(() => '');
    const values = kinds.map(() => 0);
    const ok = at.every((j, i) => {
      const value = tokenValue(parts[i], kinds[j], undefined, rules.pairedDash);
      [tokens[j], values[j]] = [parts[i], value ?? 0];
      return value !== null;
    });
    const breaks = ok ? rules.brokenBy(values) : Infinity;
    if (breaks <= rules.maxBreaks) out.push({ tokens, values, cost, breaks });
  }
  return out;
}

/**
 * The slot's readings breaking at most `rules.maxBreaks` instances within it, cheapest first;
 * `capped` when there are more than SOLVER.readingsPerSlot (the list is then incomplete).
 */
export function slotReadings(
  run: GluedRun,
  kinds: ValueKind[],
  rules: SlotRules,
): { readings: Candidate[]; capped: boolean } {
  const cuts = enumerateReadings(run.raw, kinds, SOLVER.readingsPerSlot, {
    pairedDash: rules.pairedDash,
    possible: (prefix) => rules.brokenBy(prefix) <= rules.maxBreaks && (rules.possible?.(prefix) ?? true),
  });
  // Positions, where known, say the numbers stand apart: then a number is not cut further.
  const fromCuts = run.placements
    ? []
    : cuts.readings.map((r) => ({ ...r, cost: 0, breaks: rules.brokenBy(r.values) }));
  const readings = [...fromCuts, ...placed(run, kinds, rules)].sort((a, b) => a.breaks - b.breaks || a.cost - b.cost);
  return { readings, capped: cuts.capped || readings.length > SOLVER.readingsPerSlot };
}
