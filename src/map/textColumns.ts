/**
 * Columns of a fixed-width text table (`pdftotext -layout`): a blank cell vanishes from the
 * line, so a row prints fewer numbers than the table has columns. The header still says where
 * each column starts (its words, or the characters of a vertical header, stand at the column's
 * character position), so each number is put under the column it stands in, and the columns
 * left over are blanks whose position is known.
 */
import type { ColumnDef } from '../template/index.js';
import { matchColumn } from './match.js';
import { isTextValue, type RowCell, type RowView } from './rows.js';

interface Word {
  text: string;
  at: number;
}

/** Header words centred closer than this belong to the same column. */
const SAME_COLUMN = 1.5;
/** How far a number may start from its column before the placement is not trusted. */
const MAX_OFFSET = 3;
/** How much worse the second-best placement must be for the best one to be taken. */
const MIN_MARGIN = 2;

/** Centre of a printed text in character columns: pdftotext -layout gives every character one column. */
const centreOf = (text: string, at: number) => at + [...text].length / 2;

/**
 * Where a header cell's text starts. Only the start is placed from the page: words after a
 * single space inside a cell (`自然人 商业企 科研机`) are packed one column per character, not
 * where they stand, so they cannot place a column.
 */
function wordsOf(rc: RowCell): Word[] {
  const at = rc.cell.textColumn;
  const first = /\S+/.exec(rc.cell.text);
  return at === undefined || !first ? [] : [{ text: first[0], at: at + first.index }];
}

/** A header word that names a column or is a piece of one; group headers (法人或其他组织, 行政诉讼) are not. */
const isColumnWord = (w: Word, columns: ColumnDef[]) => [...w.text].length < 4 || matchColumn(w.text, columns) !== null;

/** Word positions merged where they sit within SAME_COLUMN of each other; each cluster's first position. */
function clusters(positions: number[]): number[] {
  const sorted = [...positions].sort((a, b) => a - b);
  const out: number[] = [];
  let last = -Infinity;
  for (const p of sorted) {
    if (p - last > SAME_COLUMN) out.push(p);
    last = p;
  }
  return out;
}

/**
 * Character column of each of `count` columns, from the header rows above the numbers; null
 * unless the header words fall into exactly that many columns right of the row labels.
 */
export function headerColumns(header: RowView[], columns: ColumnDef[], count: number, labelsEnd: number): number[] | null {
  const words = header.flatMap((r) => r.cells.flatMap(wordsOf)).filter((w) => w.at >= labelsEnd && isColumnWord(w, columns));
  const found = clusters(words.map((w) => centreOf(w.text, w.at)));
  return found.length === count ? found : null;
}

/** Where the numbers of a table start, at the leftmost: header words left of it belong to the row labels' column. */
export function valuesStart(rows: RowView[]): number {
  const starts = rows.flatMap((r) => r.cells.filter((c) => isTextValue(c.raw)).map((c) => c.cell.textColumn ?? Infinity));
  return Math.min(...starts) - MAX_OFFSET + 1;
}

/**
 * For each row index, the columns of the header in force there: a run of rows without numbers
 * that names all the columns starts a new header (a page break may repeat it, shifted).
 */
export function columnsByRow(rows: RowView[], columns: ColumnDef[], count: number): Map<number, number[]> {
  const labelsEnd = valuesStart(rows);
  const out = new Map<number, number[]>();
  let current: number[] | null = null;
  let header: RowView[] = [];
  for (const row of rows) {
    if (!row.cells.some((c) => isTextValue(c.raw))) {
      header.push(row);
      continue;
    }
    if (header.length) current = headerColumns(header, columns, count, labelsEnd) ?? current;
    header = [];
    if (current) out.set(row.index, current);
  }
  return out;
}

const asCount = (raw: string): number | null => (/^\d+$/.test(raw) ? Number(raw) : null);

/**
 * Where the numbers right of a long label were pushed: when the last number is the sum of the
 * others (rule 2), it is the row's total, and the distance from its column is the push.
 */
function pushOf(values: RowCell[], columns: number[]): number {
  const nums = values.map((v) => asCount(v.raw));
  const last = nums[nums.length - 1];
  if (nums.some((n) => n === null) || values.length < 2) return 0;
  const rest = nums.slice(0, -1).reduce((a, b) => a! + b!, 0);
  const total = values[values.length - 1];
  return rest === last ? centreOf(total.raw, total.cell.textColumn ?? 0) - columns[columns.length - 1] : 0;
}

/** Every way to put k numbers into n columns keeping their order. */
function* orderedPlacements(k: number, n: number, from = 0): Generator<number[]> {
  if (k === 0) return yield [];
  for (let j = from; j <= n - k; j++) for (const rest of orderedPlacements(k - 1, n, j + 1)) yield [j, ...rest];
}

/**
 * The column index of each number, keeping their order and putting each as near its column as
 * it can (as printed, or shifted by the push of a long label). Null unless one placement is
 * clearly the best: a guess between near-equal placements would put numbers on the wrong
 * column with nothing to show it (rule 2 holds for any order of a row's numbers).
 * `totalLast`: the last column is a row total (part 三), which makes the push measurable.
 */
export function placeInColumns(values: RowCell[], columns: number[], totalLast: boolean): number[] | null {
  const k = values.length;
  if (k === 0 || k > columns.length || values.some((v) => v.cell.textColumn === undefined)) return null;
  const shifts = totalLast ? [0, pushOf(values, columns)] : [0];
  const centres = values.map((v) => centreOf(v.raw, v.cell.textColumn!));
  const offset = (i: number, j: number) => Math.min(...shifts.map((s) => Math.abs(centres[i] - s - columns[j])));
  const ranked = [...orderedPlacements(k, columns.length)]
    .map((at) => ({ at, offsets: at.map((j, i) => offset(i, j)) }))
    .map((p) => ({ ...p, cost: p.offsets.reduce((a, b) => a + b, 0) }))
    .sort((a, b) => a.cost - b.cost);
  const [best, next] = ranked;
  if (Math.max(...best.offsets) > MAX_OFFSET) return null;
  return !next || next.cost - best.cost >= MIN_MARGIN ? best.at : null;
}

/** A column of a one-line header (part 二): its key and the centre of its header text. */
export interface TextHeader {
  key: string;
  at: number;
}

/** The columns a text header row names, where each stands; null when it names none. */
export function textHeader(row: RowView, columns: ColumnDef[]): TextHeader[] | null {
  const found: TextHeader[] = [];
  for (const rc of row.cells) {
    const m = matchColumn(rc.raw, columns);
    if (m && rc.cell.textColumn !== undefined) found.push({ key: m.item.key, at: centreOf(rc.cell.text, rc.cell.textColumn) });
  }
  return found.length ? found : null;
}

/**
 * Whether the table's numbers stand apart (fixed-width layout, a blank cell leaves a gap) rather
 * than glued into runs: then a row short of numbers has blanks, not numbers to split.
 */
export const separatesValues = (rows: RowView[]): boolean => rows.some((r) => r.cells.filter((c) => isTextValue(c.raw)).length >= 2);
