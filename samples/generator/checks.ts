/** Which instances of rules 1–4 a set of truth cells breaks: used to verify injected errors. */
import { sumInstances, type Layout, type SumInstance } from './template-layout.js';
import type { Cells } from './values.js';

export function failedRules(layout: Layout, cells: Cells): SumInstance[] {
  const sum = (ids: string[]): number => ids.reduce((s, id) => s + (cells[id] ?? 0), 0);
  return sumInstances(layout).filter((inst) => sum(inst.lhs) !== sum(inst.rhs));
}

/** Cells that appear in at least one failed rule instance. */
export function cellsInFailedRules(layout: Layout, cells: Cells): Set<string> {
  return new Set(failedRules(layout, cells).flatMap((inst) => [...inst.lhs, ...inst.rhs]));
}
