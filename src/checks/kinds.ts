/** Rule 5 of FORMAT.md §3: counts are non-negative integers, `change` may be negative, amounts are decimals. */
import type { Check } from '../record/schema.js';
import type { TableKey, ValueKind } from '../template/index.js';
import type { CellValues } from './types.js';

export interface KindedCell {
  table: TableKey;
  row: string;
  col: string;
  kind: ValueKind;
}

const KIND_RULES: Record<ValueKind, { ok: (v: number) => boolean; expected: string }> = {
  count: { ok: (v) => Number.isInteger(v) && v >= 0, expected: 'a non-negative whole number' },
  signed: { ok: (v) => Number.isInteger(v), expected: 'a whole number' },
  decimal: { ok: (v) => Number.isFinite(v) && v >= 0, expected: 'a non-negative amount' },
};

/** A failed check per cell of the wrong kind; one passing check per table whose cells all fit. */
export function kindChecks(cells: KindedCell[], values: CellValues): Check[] {
  const failed: Check[] = [];
  const fitting = new Map<TableKey, string[]>();
  for (const cell of cells) {
    const id = `${cell.table}.${cell.row}.${cell.col}`;
    const value = values.get(id);
    if (value === undefined || value === null) continue;
    const rule = KIND_RULES[cell.kind];
    if (rule.ok(value)) fitting.set(cell.table, [...(fitting.get(cell.table) ?? []), id]);
    else
      failed.push({ rule: '5', ok: false, cells: [id], message: `${id} printed ${value}, expected ${rule.expected}` });
  }
  const badTables = new Set(failed.map((c) => c.cells[0].split('.')[0]));
  const passed: Check[] = [...fitting]
    .filter(([table]) => !badTables.has(table))
    .map(([table, ids]) => ({
      rule: '5',
      ok: true,
      cells: ids,
      message: `every value of ${table} fits its column kind`,
    }));
  return [...passed, ...failed];
}
