/**
 * Random cell values for one report that satisfy rules 1–5 of FORMAT.md §3. The request
 * table is built column by column from its result leaves, so every sum holds by
 * construction; the total column is the sum of the others, so rule 2 holds on every row.
 */
import { cellId, layoutCells, layoutRows, SUM_RULES, tableDef, type Layout } from '../../src/template/index.js';
import type { Rng } from './prng.js';

/** `{ "table.row.col": value }`, as in a truth file. */
export type Cells = Record<string, number>;

/** How busy the agency is: the largest count a column of table 三 draws. */
export type Scale = 'small' | 'medium' | 'large';
const SCALE_MAX: Record<Scale, number> = { small: 12, medium: 150, large: 1200 };

export function generateValues(rng: Rng, layout: Layout, scale: Scale): Cells {
  return { ...activeValues(rng, layout), ...requestValues(rng, layout, scale), ...reviewValues(rng, layout, scale) };
}

/** Part 二 has no sums: each cell draws by its kind (counts, signed changes, 万元 amounts). */
function activeValues(rng: Rng, layout: Layout): Cells {
  const out: Cells = {};
  for (const cell of layoutCells(layout, ['active'])) {
    const id = cellId(cell);
    if (cell.kind === 'signed') out[id] = rng.chance(0.7) ? rng.int(-40, 40) : 0;
    else if (cell.kind === 'decimal')
      out[id] = rng.chance(0.7) ? Math.round(rng.next() * rng.pick([10, 500, 9000]) * 100) / 100 : 0;
    else out[id] = rng.chance(0.8) ? rng.int(0, rng.pick([9, 60, 400, 5000])) : 0;
  }
  return out;
}

function requestValues(rng: Rng, layout: Layout, scale: Scale): Cells {
  const def = tableDef(layout.version, 'requests');
  const rows = layoutRows(layout, 'requests');
  const results = rows.filter((r) => r.result).map((r) => r.key);
  const partCols = def.columns.filter((c) => c.key !== 'total').map((c) => c.key);
  const out: Cells = {};
  const at = (row: string, col: string): string => `requests.${row}.${col}`;
  partCols.forEach((col, i) => {
    // The first column (自然人) carries most requests, the organisations fewer, some none.
    const max = i === 0 ? SCALE_MAX[scale] : rng.chance(0.3) ? 0 : Math.ceil(SCALE_MAX[scale] / 6);
    let total = 0;
    results.forEach((row, j) => {
      const share = j === 0 ? 1 : j === 1 ? 0.25 : 0.1;
      const v = max > 0 && (j === 0 || rng.chance(0.35)) ? rng.int(0, Math.max(1, Math.round(max * share))) : 0;
      out[at(row, col)] = v;
      total += v;
    });
    const forward = rng.chance(0.5) ? rng.int(0, Math.ceil(total / 5) + 1) : 0;
    const over = rng.chance(0.5) ? rng.int(0, Math.min(total + forward, forward + 5)) : 0;
    out[at('total', col)] = total;
    out[at('carried_forward', col)] = forward;
    out[at('carried_over', col)] = over;
    out[at('new_received', col)] = total + forward - over;
  });
  for (const row of rows) out[at(row.key, 'total')] = partCols.reduce((s, col) => s + out[at(row.key, col)], 0);
  return out;
}

/** Part 四: each row's 总计 (rule 4's left side) is the sum of its results (the right side). */
function reviewValues(rng: Rng, layout: Layout, scale: Scale): Cells {
  const rule = SUM_RULES.find((r) => r.table === 'review_litigation' && r.over === 'rows');
  if (!rule || rule.rhs === 'results' || rule.lhs.length !== 1) throw new Error('template lacks the part 四 row rule');
  const parts = rule.rhs;
  const out: Cells = {};
  const max = Math.ceil(SCALE_MAX[scale] / 30);
  for (const row of layoutRows(layout, 'review_litigation')) {
    let total = 0;
    for (const col of parts) {
      const v = rng.chance(0.6) ? rng.int(0, max) : 0;
      out[`review_litigation.${row.key}.${col}`] = v;
      total += v;
    }
    out[`review_litigation.${row.key}.${rule.lhs[0]}`] = total;
  }
  return out;
}
