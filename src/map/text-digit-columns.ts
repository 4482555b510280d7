/**
 * Columns of a fixed-width text table estimated from its numbers. `pdftotext -layout` packs a
 * header's CJK words differently from the digits (a CJK character is one text column but two
 * wide on the page), and a page break may move the whole table; but the digits of one column
 * line up with each other. So rows whose placement is certain (as many numbers as columns; a
 * last number that is the row's sum stands in the total column) give each column's position in
 * the digits' own coordinates, per stretch of the table between two printed headers or page
 * breaks, and the columns no such row shows keep the header's position moved by the offset of
 * their anchored neighbours. Only where the first and the last column are anchored: a column
 * placed by the header alone may be off by a whole column, which no sum can tell (every sum
 * holds down a column), so there the header stays as it was.
 */
import type { ColumnDef } from '../template/index.js';
import { matchColumn } from './match.js';
import { isTextValue, type RowCell, type RowView } from './rows.js';
import { centreOf, endsInTotal } from './text-columns.js';

interface Stretch {
  rows: RowCell[][];
  header?: number[];
}

/** A row's total column moved more than this (character columns) starts a new stretch: a page break moved the table. */
const JUMP = 2.5;

/** Where the row's total stands when its placement is certain there; undefined otherwise. */
function totalAt(values: RowCell[], width: number): number | undefined {
  const last = values[values.length - 1];
  const certain = values.length === width || (values.length >= 2 && endsInTotal(values));
  return certain ? centreOf(last.raw, last.cell.textColumn!) : undefined;
}

/**
 * Rows with numbers, cut where a run of rows without numbers names a column (a header printed
 * again) or where the total column moves (a page break without a header).
 */
function stretches(
  rows: RowView[],
  values: Map<number, RowCell[]>,
  columns: ColumnDef[],
  header: (row: number) => number[] | undefined,
): Stretch[] {
  const out: Stretch[] = [];
  let headed = true;
  let total: number | undefined;
  for (const row of rows) {
    const own = values.get(row.index);
    if (!own?.length) {
      if (!row.cells.some((c) => isTextValue(c.raw)) && row.cells.some((c) => matchColumn(c.raw, columns)))
        headed = true;
      continue;
    }
    const at = totalAt(own, columns.length);
    if (headed || (at !== undefined && total !== undefined && Math.abs(at - total) > JUMP)) {
      out.push({ rows: [], header: header(row.index) });
      total = undefined;
    }
    headed = false;
    total ??= at;
    out[out.length - 1].rows.push(own);
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};

/** Positions of the digits of each column that certain rows show; undefined where none does. */
function anchors(rows: RowCell[][], width: number): (number | undefined)[] {
  const seen: number[][] = Array.from({ length: width }, () => []);
  for (const values of rows) {
    if (values.length === width) values.forEach((v, j) => seen[j].push(centreOf(v.raw, v.cell.textColumn!)));
    else {
      const at = totalAt(values, width);
      if (at !== undefined) seen[width - 1].push(at);
    }
  }
  return seen.map((s) => (s.length ? median(s) : undefined));
}

/**
 * Each column's position: its anchor, else the header's (or without one, a straight line
 * through the nearest anchors) moved by the offsets of the anchored columns on either side,
 * interpolated. Undefined unless the first and the last column are anchored.
 */
function estimate(found: (number | undefined)[], header: number[] | undefined): number[] | undefined {
  if (found[0] === undefined || found[found.length - 1] === undefined) return undefined;
  const known = found.flatMap((p, j) => (p === undefined ? [] : [j]));
  const base = header ?? found.map((_, j) => line(found, known, j));
  const offset = (j: number) => found[j]! - base[j];
  return base.map((b, j) => {
    if (found[j] !== undefined) return found[j]!;
    const left = known.filter((k) => k < j).at(-1)!;
    const right = known.find((k) => k > j)!;
    return b + offset(left) + ((offset(right) - offset(left)) * (j - left)) / (right - left);
  });
}

/** The straight line through the two anchored columns nearest j, at j. */
function line(found: (number | undefined)[], known: number[], j: number): number {
  const [a, b] = [...known]
    .sort((x, y) => Math.abs(x - j) - Math.abs(y - j) || x - y)
    .slice(0, 2)
    .sort((x, y) => x - y);
  return found[a]! + ((found[b]! - found[a]!) * (j - a)) / (b - a);
}

/** How far a number may stand from its column for the digits to line up. */
const FIT = 1;

/** Whether each number of the row stands within FIT of a column. */
const linesUp = (values: RowCell[], columns: number[]) =>
  values.every((v) => columns.some((c) => Math.abs(centreOf(v.raw, v.cell.textColumn!) - c) <= FIT));

/**
 * For each row index of a value row, the columns' positions estimated from the numbers of its
 * stretch of the table, else the header's in force there; rows with neither are left out.
 * `fromDigits`: whether every stretch was estimated from its digits and every number lines up
 * with a column (a line of numbers alone may be packed otherwise than lines with a label).
 */
export function digitColumns(
  rows: RowView[],
  valueRows: RowCell[][],
  columns: ColumnDef[],
  headerAt: Map<number, number[]>,
): { at: Map<number, number[]>; fromDigits: boolean } {
  const width = columns.length;
  const values = new Map(
    valueRows.filter((v) => v.length && v.every((c) => c.cell.textColumn !== undefined)).map((v) => [v[0].cell.row, v]),
  );
  const out = new Map<number, number[]>();
  let fromDigits = true;
  for (const s of stretches(rows, values, columns, (r) => headerAt.get(r))) {
    const at = estimate(anchors(s.rows, width), s.header);
    fromDigits &&= at !== undefined;
    for (const v of s.rows) {
      const columns = at ?? headerAt.get(v[0].cell.row);
      if (columns) out.set(v[0].cell.row, columns);
      fromDigits &&= columns !== undefined && linesUp(v, columns);
    }
  }
  return { at: out, fromDigits };
}
