/**
 * Part 三 rows short of numbers (a text row loses its blank cells), placed for the whole table
 * at once. Where the numbers stand on their lines gives each row a few likely placements, but
 * pdftotext shifts lines by a few columns, and rule 2 holds for any placement of a row; only the
 * column sums (rules 1 and 3) tell a number one column off. So the table's placement is the one
 * of least total offset among those whose column sums hold, and it is taken only when every
 * other placement whose sums hold is clearly worse.
 */

/** A numbered row: its canonical key, its printed numbers and its likely placements (column index per number), each with its offset. */
export interface PlacedRow {
  key: string;
  values: number[];
  options: { at: number[]; cost: number }[];
}

/** The rows whose sums define the columns; all others are results of the year's handling. */
const SPECIAL = ['new_received', 'carried_over', 'total', 'carried_forward'];

/** How much worse (in character columns) the runner-up must be for the best placement to be taken. */
const MIN_MARGIN = 2;
/** Search steps allowed before giving up on a table (a bound on time, not a tuning). */
const MAX_STEPS = 200_000;

/** The row's number in each column under one placement (blank = 0). */
function spread(values: number[], at: number[], width: number): number[] {
  const out = new Array<number>(width).fill(0);
  at.forEach((j, i) => (out[j] += values[i]));
  return out;
}

interface Best {
  cost: number;
  at: number[][];
}

/**
 * The placement of every row (in the order given) of least total offset whose column sums hold,
 * or null when there is none or the runner-up is within MIN_MARGIN of it.
 */
export function placeBySums(printed: PlacedRow[], width: number): Map<string, number[]> | null {
  // A row that printed no number at all is blank in every column.
  const absent = SPECIAL.filter((k) => !printed.some((r) => r.key === k)).map((key) => ({ key, values: [], options: [{ at: [], cost: 0 }] }));
  const rows = [...printed, ...absent];
  const special = SPECIAL.map((k) => rows.findIndex((r) => r.key === k));
  const order = [...special, ...rows.map((_, i) => i).filter((i) => !special.includes(i))];
  const found: Best[] = [];
  const chosen: number[][] = new Array(rows.length);
  const bound = () => (found.length < 2 ? Infinity : found[1].cost);
  const keep = (cost: number) => {
    found.push({ cost, at: [...chosen] });
    found.sort((a, b) => a.cost - b.cost);
    found.length = Math.min(found.length, 2);
  };
  const columns = (i: number) => spread(rows[i].values, chosen[i], width);
  let steps = 0;

  // Results fill what the total row holds in each column, down to zero.
  const walkResults = (k: number, rest: number[], cost: number): void => {
    if (cost >= bound() || ++steps > MAX_STEPS) return;
    if (k === order.length) {
      if (rest.every((v) => v === 0)) keep(cost);
      return;
    }
    const i = order[k];
    for (const o of rows[i].options) {
      chosen[i] = o.at;
      const left = columns(i).map((v, c) => rest[c] - v);
      if (left.every((v) => v >= 0)) walkResults(k + 1, left, cost + o.cost);
    }
  };

  const walkSpecial = (k: number, cost: number): void => {
    if (cost >= bound()) return;
    if (k === SPECIAL.length) {
      const [received, carried, total, forward] = special.map(columns);
      if (received.every((v, c) => v + carried[c] === total[c] + forward[c])) walkResults(k, total, cost);
      return;
    }
    for (const o of rows[special[k]].options) {
      chosen[special[k]] = o.at;
      walkSpecial(k + 1, cost + o.cost);
    }
  };

  walkSpecial(0, 0);
  if (steps > MAX_STEPS || found.length === 0 || (found.length > 1 && found[1].cost - found[0].cost < MIN_MARGIN)) return null;
  return new Map(printed.map((r, i) => [r.key, found[0].at[i]]));
}
