/**
 * The joint choice of readings for runs that column sums tie together: a depth-first search
 * over the runs (fewest readings first) that drops a branch as soon as a sum can no longer
 * hold, and gives up after a fixed number of steps.
 */
import type { Reading } from './tokens.js';
import { stillPossible, type Constraint, type Values } from './rules.js';

export interface Slot {
  ids: string[];
  readings: Reading[];
}

export interface SearchOutcome {
  /** Per slot, the indices of the readings that appear in some solution. */
  used: Set<number>[];
  solutions: number;
  capped: boolean;
}

export function searchJointly(slots: Slot[], constraints: Constraint[], known: Values, stepCap: number): SearchOutcome {
  const order = slots.map((_, i) => i).sort((a, b) => slots[a].readings.length - slots[b].readings.length);
  const slotOf = new Map<string, number>();
  slots.forEach((s, i) => s.ids.forEach((id) => slotOf.set(id, i)));
  // The constraints to re-test after each slot is assigned: those touching it.
  const touching = slots.map((_, i) =>
    constraints.filter((c) => [...c.lhs, ...c.rhs].some((id) => slotOf.get(id) === i)),
  );

  const values: Values = new Map(known);
  const chosen: number[] = new Array(slots.length).fill(-1);
  const used = slots.map(() => new Set<number>());
  let solutions = 0;
  let steps = 0;
  let capped = false;

  const walk = (depth: number): void => {
    if (depth === order.length) {
      solutions++;
      chosen.forEach((r, i) => used[i].add(r));
      return;
    }
    const s = order[depth];
    const slot = slots[s];
    for (let r = 0; r < slot.readings.length; r++) {
      if (++steps > stepCap) {
        capped = true;
        return;
      }
      slot.ids.forEach((id, k) => values.set(id, slot.readings[r].values[k]));
      chosen[s] = r;
      if (touching[s].every((c) => stillPossible(c, values))) walk(depth + 1);
      if (capped) return;
    }
    slot.ids.forEach((id) => values.delete(id));
    chosen[s] = -1;
  };
  walk(0);
  return { used, solutions, capped };
}
