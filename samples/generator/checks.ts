/** Which instances of rules 1–4 a set of truth cells breaks: used to verify injected errors. */
import { cellId, ruleInstances, type Layout, type RuleInstance } from '../../src/template/index.js';
import type { Cells } from './values.js';

export function failedRules(layout: Layout, cells: Cells): RuleInstance[] {
  const sum = (keys: RuleInstance['lhs']): number => keys.reduce((s, k) => s + (cells[cellId(k)] ?? 0), 0);
  return ruleInstances(layout).filter((inst) => sum(inst.lhs) !== sum(inst.rhs));
}

/** Cells that appear in at least one failed rule instance. */
export function cellsInFailedRules(layout: Layout, cells: Cells): Set<string> {
  const out = new Set<string>();
  for (const inst of failedRules(layout, cells)) for (const c of [...inst.lhs, ...inst.rhs]) out.add(cellId(c));
  return out;
}
