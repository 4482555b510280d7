/** Rules 1–4 of FORMAT.md §3: the sums the template's tables must satisfy, as printed. */
import type { Warning } from '../../extractors/model.js';
import type { Check } from '../record/schema.js';
import { cellId, ruleInstances, type CellKey, type Layout, type RuleInstance } from '../template/index.js';
import { columnLabel, rowLabel } from './labels.js';
import type { CellValues } from './types.js';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** Counts are integers; amounts never enter these rules, so a tiny tolerance only absorbs float noise. */
const agree = (a: number, b: number) => Math.abs(a - b) < 1e-6;

function describe(layout: Layout, inst: RuleInstance, lhs: number[], rhs: number[]): string {
  const { table, over } = inst.rule;
  const along =
    over === 'columns' ? columnLabel(layout.version, table, inst.along) : rowLabel(layout.version, table, inst.along);
  const name = (c: CellKey) =>
    over === 'columns' ? rowLabel(layout.version, table, c.row) : columnLabel(layout.version, table, c.col);
  if (inst.lhs.length === 1) return `${along} ${name(inst.lhs[0])} printed ${lhs[0]}, parts sum to ${sum(rhs)}`;
  const side = (cells: CellKey[], xs: number[]) => `${cells.map(name).join(' + ')} = ${xs.join(' + ')} = ${sum(xs)}`;
  return `${along}: ${side(inst.lhs, lhs)}, but ${side(inst.rhs, rhs)}`;
}

/**
 * One check per rule instance whose cells all have values; the others become warnings. Cells of
 * column sums that could not run are listed as `unevaluated`: only a column sum tells which row a
 * number sits on, and one that could not run vouches for none of them.
 */
export function sumChecks(
  layout: Layout,
  values: CellValues,
): { checks: Check[]; warnings: Warning[]; unevaluated: Set<string> } {
  const checks: Check[] = [];
  const warnings: Warning[] = [];
  const unevaluated = new Set<string>();
  for (const inst of ruleInstances(layout)) {
    const cells = [...inst.lhs, ...inst.rhs].map(cellId);
    // A table the document lacks has no facts: its rules are simply not part of this record.
    if (!cells.every((id) => values.has(id))) continue;
    const missing = cells.filter((id) => values.get(id) === null);
    if (missing.length > 0) {
      warnings.push({
        code: 'check_not_evaluated',
        message: `rule ${inst.rule.rule} (${inst.rule.description}) along ${inst.along} not evaluated: no value for ${missing.join(', ')}`,
      });
      if (inst.rule.over === 'columns') cells.forEach((id) => unevaluated.add(id));
      continue;
    }
    const lhs = inst.lhs.map((c) => values.get(cellId(c)) as number);
    const rhs = inst.rhs.map((c) => values.get(cellId(c)) as number);
    const ok = agree(sum(lhs), sum(rhs));
    checks.push({
      rule: String(inst.rule.rule),
      ok,
      cells,
      message: ok ? `${inst.rule.description} holds along ${inst.along}` : describe(layout, inst, lhs, rhs),
    });
  }
  return { checks, warnings, unevaluated };
}
