/**
 * Random cell values for one report that satisfy rules 1–5 of FORMAT.md §3. The request
 * table is built column by column from its result leaves, so every sum holds by
 * construction; the total column is the sum of the others, so rule 2 holds on every row.
 */
import type { Rng } from './prng.js';
import { layoutCells, printedRows, termsOf, type Layout } from './template-layout.js';

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
  for (const { id, kind } of layoutCells(layout, ['active'])) {
    if (kind === 'signed') out[id] = rng.chance(0.7) ? rng.int(-40, 40) : 0;
    else if (kind === 'decimal')
      out[id] = rng.chance(0.7) ? Math.round(rng.next() * rng.pick([10, 500, 9000]) * 100) / 100 : 0;
    else out[id] = rng.chance(0.8) ? rng.int(0, rng.pick([9, 60, 400, 5000])) : 0;
  }
  return out;
}

function requestValues(rng: Rng, layout: Layout, scale: Scale): Cells {
  // The corner note (rule 1) names the four rows, the 总计 column (rule 2) its terms, （七）总计 (rule 3) the results.
  const balance = termsOf(layout, 1);
  const [receivedRow, overRow] = balance.lhs;
  const [totalRow, forwardRow] = balance.rhs;
  const {
    lhs: [totalCol],
    rhs: partCols,
  } = termsOf(layout, 2);
  const { rhs: results } = termsOf(layout, 3);
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
    out[at(totalRow, col)] = total;
    out[at(forwardRow, col)] = forward;
    out[at(overRow, col)] = over;
    out[at(receivedRow, col)] = total + forward - over;
  });
  for (const row of printedRows(layout, 'requests'))
    out[at(row.key, totalCol)] = partCols.reduce((s, col) => s + out[at(row.key, col)], 0);
  return out;
}

/** Part 四: each row's 总计 (rule 4's left side) is the sum of its results (the right side). */
function reviewValues(rng: Rng, layout: Layout, scale: Scale): Cells {
  const {
    lhs: [totalCol],
    rhs: parts,
  } = termsOf(layout, 4);
  const out: Cells = {};
  const max = Math.ceil(SCALE_MAX[scale] / 30);
  for (const row of printedRows(layout, 'review_litigation')) {
    let total = 0;
    for (const col of parts) {
      const v = rng.chance(0.6) ? rng.int(0, max) : 0;
      out[`review_litigation.${row.key}.${col}`] = v;
      total += v;
    }
    out[`review_litigation.${row.key}.${totalCol}`] = total;
  }
  return out;
}
