/**
 * Part 三 rows short of numbers (a text row loses its blank cells), placed for the whole table
 * at once. Rule 2 holds for any placement of a row; only the column sums (rules 1 and 3) tell a
 * number one column off. Two readings settle a row:
 * - the sums alone: every placement of the table whose sums hold puts the row the same way;
 * - where the numbers stand: among the row's likely placements under the header's columns, the
 *   table's placement of least total offset whose sums hold, taken only when every other such
 *   placement is clearly worse. pdftotext shifts lines by several columns, so this reading
 *   needs its runner-up; a column blank in every row lets whole columns slide unseen by the
 *   sums, which only the likely placements keep out.
 * Rows settled by neither stay for src/split, which flags them.
 */

/** One way to place a row's numbers: the column index of each, and its offset from the columns. */
export interface Placement {
  at: number[];
  cost: number;
}

/** A numbered row: its canonical key, its printed numbers and its possible placements. */
export interface PlacedRow {
  key: string;
  values: number[];
  options: Placement[];
}

/** The rows whose sums define the columns; all others are results of the year's handling. */
const SPECIAL = ['new_received', 'carried_over', 'total', 'carried_forward'] as const;

/** How much worse (in character columns) the runner-up must be for the best placement to be taken. */
const MIN_MARGIN = 2;
/** Partial sums remembered before giving up on a table (a bound on time and memory, not a tuning). */
const MAX_STATES = 200_000;

class TooLarge extends Error {}

const sub = (a: number[], b: number[]) => a.map((v, c) => v - b[c]);
const same = (a: number[], b: number[]) => a.every((v, c) => v === b[c]);

/** The rows of a table with each option's number per column (blank = 0), rule 3's rows picked out. */
class Table {
  readonly rows: PlacedRow[];
  readonly vectors: number[][][];
  readonly special: number[];
  readonly results: number[];
  private memo = new Map<string, { cost: number; pick: number } | null>();

  constructor(
    printed: PlacedRow[],
    readonly width: number,
  ) {
    // A row that printed no number at all is blank in every column.
    const absent = SPECIAL.filter((k) => !printed.some((r) => r.key === k)).map((key) => ({
      key,
      values: [],
      options: [{ at: [], cost: 0 }],
    }));
    this.rows = [...printed, ...absent];
    this.vectors = this.rows.map((r) => r.options.map((o) => this.spread(r.values, o.at)));
    this.special = SPECIAL.map((k) => this.rows.findIndex((r) => r.key === k));
    this.results = this.rows.map((_, i) => i).filter((i) => !this.special.includes(i));
  }

  private spread(values: number[], at: number[]): number[] {
    const out = new Array<number>(this.width).fill(0);
    at.forEach((j, i) => (out[j] += values[i]));
    return out;
  }

  /** Rule 3 (received + carried over = total + carried forward, column by column): the special rows' options that hold it, cheapest first. */
  headCombos(): { pick: number[]; cost: number }[] {
    const [received, carried, total, forward] = this.special;
    const v = this.vectors;
    const out: { pick: number[]; cost: number }[] = [];
    v[total].forEach((tv, t) =>
      v[forward].forEach((fv, f) =>
        v[received].forEach((rv, r) =>
          v[carried].forEach((cv, c) => {
            if (!tv.every((x, col) => x + fv[col] === rv[col] + cv[col])) return;
            const pick = [r, c, t, f];
            out.push({ pick, cost: pick.reduce((sum, p, n) => sum + this.rows[this.special[n]].options[p].cost, 0) });
          }),
        ),
      ),
    );
    return out.sort((a, b) => a.cost - b.cost);
  }

  /** Best way for the results from the k-th on to fill `rest` down to zero (null: none). */
  complete(k: number, rest: number[]): { cost: number; pick: number } | null {
    if (k === this.results.length) return rest.every((x) => x === 0) ? { cost: 0, pick: -1 } : null;
    const key = `${k}|${rest.join(',')}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    if (this.memo.size >= MAX_STATES) throw new TooLarge();
    const i = this.results[k];
    let best: { cost: number; pick: number } | null = null;
    this.vectors[i].forEach((vec, p) => {
      const left = sub(rest, vec);
      if (left.some((x) => x < 0)) return;
      const after = this.complete(k + 1, left);
      const cost = this.rows[i].options[p].cost + (after?.cost ?? 0);
      if (after && (!best || cost < best.cost)) best = { cost, pick: p };
    });
    this.memo.set(key, best);
    return best;
  }

  totalOf(pick: number[]): number[] {
    return this.vectors[this.special[2]][pick[2]];
  }
}

/** Least-offset placement of the whole table whose sums hold: option index per row, and its cost. */
function solve(table: Table): { pick: number[]; cost: number } | null {
  let best: { pick: number[]; cost: number } | null = null;
  for (const head of table.headCombos()) {
    if (best && head.cost >= best.cost) break;
    let rest = table.totalOf(head.pick);
    const tail = table.complete(0, rest);
    if (!tail || (best && head.cost + tail.cost >= best.cost)) continue;
    const pick = new Array<number>(table.rows.length);
    table.special.forEach((i, n) => (pick[i] = head.pick[n]));
    table.results.forEach((i, k) => {
      pick[i] = table.complete(k, rest)!.pick;
      rest = sub(rest, table.vectors[i][pick[i]]);
    });
    best = { pick, cost: head.cost + tail.cost };
  }
  return best;
}

/**
 * By position: the least-offset placement of the table whose sums hold, from each row's likely
 * placements, when every other such placement costs at least MIN_MARGIN more; null otherwise.
 */
export function placeBySums(printed: PlacedRow[], width: number): Map<string, number[]> | null {
  try {
    const best = solve(new Table(printed, width));
    if (!best) return null;
    // The runner-up places some row otherwise: the best of the tables that forbid each row its choice.
    for (const [i, row] of printed.entries()) {
      const others = row.options.filter((_, p) => p !== best.pick[i]);
      if (others.length === 0) continue;
      const rival = solve(
        new Table(
          printed.map((r, n) => (n === i ? { ...r, options: others } : r)),
          width,
        ),
      );
      if (rival && rival.cost - best.cost < MIN_MARGIN) return null;
    }
    return new Map(printed.map((r, i) => [r.key, r.options[best.pick[i]].at]));
  } catch (e) {
    if (e instanceof TooLarge) return null;
    throw e;
  }
}

/**
 * By the sums alone: the rows that every placement of the table whose sums hold puts the same
 * way, from all of each row's placements. Null when none holds the sums (a misprinted number,
 * or the table is too large to search).
 */
export function forcedBySums(printed: PlacedRow[], width: number): Map<string, number[]> | null {
  try {
    const table = new Table(printed, width);
    const used = table.rows.map(() => new Set<number>());
    for (const head of table.headCombos()) {
      // Forward over the results, keeping only partial sums that can still be completed.
      let layer = [table.totalOf(head.pick)];
      if (!table.complete(0, layer[0])) continue;
      table.special.forEach((i, n) => used[i].add(head.pick[n]));
      table.results.forEach((i, k) => {
        const next = new Map<string, number[]>();
        for (const rest of layer) {
          table.vectors[i].forEach((vec, p) => {
            const left = sub(rest, vec);
            if (left.some((x) => x < 0) || !table.complete(k + 1, left)) return;
            used[i].add(p);
            next.set(left.join(','), left);
          });
        }
        layer = [...next.values()];
      });
    }
    if (used.every((u) => u.size === 0)) return null;
    const forced = new Map<string, number[]>();
    printed.forEach((row, i) => {
      const ats = [...used[i]].map((p) => row.options[p].at);
      if (ats.length > 0 && ats.every((at) => same(at, ats[0]))) forced.set(row.key, ats[0]);
    });
    return forced;
  } catch (e) {
    if (e instanceof TooLarge) return null;
    throw e;
  }
}

/** How much nearer its columns (in character columns, per number moved) a placement must stand than its slide. */
const SLIDE_MARGIN = 1;

/**
 * Rows whose position-read placement could slide unseen: where a column is blank in every row,
 * moving all the numbers of a neighbouring column into it keeps every sum, so only where the
 * numbers stand tells the two apart; pdftotext moves them by a few columns. The rows of such a
 * column are returned when the slide is not clearly farther from the header's columns.
 * `costOf`: the offset of a row's placement, null when unknown.
 */
export function slidable(
  placed: Map<string, number[]>,
  costOf: (key: string, at: number[]) => number | null,
  width: number,
): Set<string> {
  const doubtful = new Set<string>();
  const last = width - 1; // the row total never moves
  const rowsAt = (col: number) => [...placed].filter(([, at]) => at.includes(col));
  for (let empty = 0; empty < last; empty++) {
    if (rowsAt(empty).length > 0) continue;
    for (const from of [empty - 1, empty + 1]) {
      const moved = from >= 0 && from < last ? rowsAt(from) : [];
      if (moved.length === 0) continue;
      let extra = 0;
      for (const [key, at] of moved) {
        const now = costOf(key, at);
        const slid = costOf(
          key,
          at.map((j) => (j === from ? empty : j)),
        );
        extra += now === null || slid === null ? 0 : slid - now;
      }
      if (extra < SLIDE_MARGIN * moved.length) moved.forEach(([key]) => doubtful.add(key));
    }
  }
  return doubtful;
}
