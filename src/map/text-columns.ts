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
import { NONE_MARK, parseCount } from '../lexicon/index.js';
import { orderedPlacements } from '../split/readings.js';

interface Word {
  text: string;
  at: number;
}

/** Header words centred closer than this belong to the same column. */
const SAME_COLUMN = 1.5;
/** Centres of one column's numbers lie this close together. */
const NUMBER_SPREAD = 2;
/** A header whose columns stand this close to the numbers' agrees with them. */
const AGREE = 2;
/** How far a number may start from its column before the placement is not trusted. */
const MAX_OFFSET = 5;
/** How much worse the second-best placement must be for the best one to be taken. */
const MIN_MARGIN = 2;

/** Centre of a printed text in character columns: pdftotext -layout gives every character one column. */
const centreOf = (text: string, at: number) => at + [...text].length / 2;
const centreOfCell = (c: RowCell) => centreOf(c.raw, c.cell.textColumn!);

/** The words of a cell with their character columns (`社会 法律` holds two columns' words). */
function wordsOf(rc: RowCell): Word[] {
  const at = rc.cell.textColumn;
  if (at === undefined) return [];
  return [...rc.cell.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: at + m.index }));
}

/**
 * Where a table's columns stand, in character columns: the centre of each, and where a header
 * gave them, where each column's header words start and end (one past their last character) at
 * the rightmost.
 */
export interface TextColumns {
  centres: number[];
  starts?: number[];
  ends?: number[];
}

/** A header word that names a column or is a piece of one; group headers (法人或其他组织, 行政诉讼) are not. */
const isColumnWord = (w: Word, columns: ColumnDef[]) => [...w.text].length < 4 || matchColumn(w.text, columns) !== null;

/** Items in ascending order of where they stand, cut where one stands more than `within` past the one before. */
function clusters<T>(items: T[], at: (item: T) => number, within: number): T[][] {
  const out: T[][] = [];
  for (const item of [...items].sort((a, b) => at(a) - at(b))) {
    const last = out[out.length - 1];
    if (last && at(item) - at(last[last.length - 1]) <= within) last.push(item);
    else out.push([item]);
  }
  return out;
}

/**
 * The `count` columns from the header rows above the numbers; null unless the header words fall
 * into exactly that many columns right of the row labels.
 */
function headerColumns(header: RowView[], columns: ColumnDef[], count: number, labelsEnd: number): TextColumns | null {
  const words = header
    .flatMap((r) => r.cells.map(wordsOf))
    .map((ws) => ws.filter((w) => w.at >= labelsEnd && isColumnWord(w, columns)));
  // A cell's first word stands where the page put it; words after a single space inside a cell
  // (`自然人 商业企 科研机`) may be packed one column per character, so they count only when needed.
  for (const use of [(ws: Word[]) => ws.slice(0, 1), (ws: Word[]) => ws]) {
    const found = clusters(words.flatMap(use), (w) => centreOf(w.text, w.at), SAME_COLUMN);
    // each header column stands where its first word does
    if (found.length === count)
      return {
        centres: found.map(([w]) => centreOf(w.text, w.at)),
        starts: found.map((c) => Math.max(...c.map((w) => w.at))),
        ends: found.map((c) => Math.max(...c.map((w) => w.at + [...w.text].length))),
      };
  }
  return null;
}

/** The leftmost character column of a value cell that `keep` accepts; Infinity when none is positioned. */
const leftmostValue = (rows: RowView[], keep: (raw: string) => boolean): number =>
  Math.min(
    ...rows.flatMap((r) =>
      r.cells.filter((c) => isTextValue(c.raw) && keep(c.raw)).map((c) => c.cell.textColumn ?? Infinity),
    ),
  );

/** The leftmost character column of a number (not a blank mark) in the table; Infinity when none is positioned. */
export const numbersStart = (rows: RowView[]): number => leftmostValue(rows, (raw) => /\d/.test(raw));

/**
 * Where the numbers of a table start, at the leftmost: header words left of it belong to the row
 * labels' column. A 无 is left out: it is also the character a vertical （四）无法提供 leaves
 * beside a row (dropLabelMarks), which would take the labels' column for the values'.
 */
export const valuesStart = (rows: RowView[]): number =>
  leftmostValue(rows, (raw) => raw !== NONE_MARK) - MAX_OFFSET + 1;

/**
 * For each row index, the columns in force there: a run of rows without numbers that names all
 * the columns starts a new header (a page break may repeat it, shifted). Where the numbers' own
 * centres show every column, they give the columns instead when no header is read or every
 * header stands within AGREE of them: the header says which column is which, the numbers say
 * where exactly they stand.
 * `labelsEnd`: where header words may start; a table without row labels (part 四) passes 0.
 * `totalLast`: each row ends in its total (part 三).
 */
export function columnsByRow(
  rows: RowView[],
  columns: ColumnDef[],
  count: number,
  { labelsEnd = valuesStart(rows), totalLast = false }: { labelsEnd?: number; totalLast?: boolean } = {},
): Map<number, TextColumns> {
  const out = new Map<number, TextColumns>();
  let current: TextColumns | null = null;
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
  const totalled = totalLast ? totalledRows(rows, count) : [];
  const found =
    (totalled.length ? totalledColumns(totalled, count) : null) ??
    numberColumns(rows, count) ??
    (totalled.length ? gappedColumns(totalled, count) : null);
  if (found && [...new Set(out.values())].every((h) => h.centres.every((x, k) => Math.abs(x - found[k]) <= AGREE)))
    for (const row of rows)
      if (row.cells.some((c) => isTextValue(c.raw))) out.set(row.index, { ...out.get(row.index), centres: found });
  return out;
}

/** The numbers (not blank marks) of each row short of numbers, with a character column. */
const shortRows = (rows: RowView[], count: number): RowCell[][] =>
  rows
    .map((r) => r.cells.filter((c) => /\d/.test(c.raw) && isTextValue(c.raw) && c.cell.textColumn !== undefined))
    .filter((cells) => cells.length >= 2 && cells.length < count);

/** Numbers' centres within NUMBER_SPREAD of the one before are one column; each column's mean. */
const clusterMeans = (centres: number[]): number[] =>
  clusters(centres, (x) => x, NUMBER_SPREAD).map((g) => g.reduce((a, b) => a + b, 0) / g.length);

/**
 * The numbers' own centres: rows short of numbers (a full row packs its numbers one space apart)
 * stand under their columns, so their centres fall into one cluster per column; null unless they
 * fall into exactly `count`.
 */
function numberColumns(rows: RowView[], count: number): number[] | null {
  const found = clusterMeans(shortRows(rows, count).flatMap((cells) => cells.map(centreOfCell)));
  return found.length === count ? found : null;
}

/** Rows short of numbers that end in their total (part 三), with where the total stands. */
interface TotalledRow {
  before: number[];
  total: number;
}

const totalledRows = (rows: RowView[], count: number): TotalledRow[] =>
  shortRows(rows, count)
    .filter(endsInTotal)
    .map((cells) => ({ before: cells.slice(0, -1).map(centreOfCell), total: centreOfCell(cells[cells.length - 1]) }));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Where the totals stand (their median: a long label pushes a row right) after `before`, the
 * other columns; null where they stand left of those.
 */
function withTotal(before: number[] | null, totalled: TotalledRow[]): number[] | null {
  const total = median(totalled.map((r) => r.total));
  return before && total > before[before.length - 1] ? [...before, total] : null;
}

/**
 * A table whose rows end in their total (part 三): the numbers before the totals of rows short of
 * numbers cluster into the other columns, the totals give the last. Null unless every column but
 * the total shows as one cluster.
 */
function totalledColumns(totalled: TotalledRow[], count: number): number[] | null {
  const found = clusterMeans(totalled.flatMap((r) => r.before));
  return found.length === count - 1 ? withTotal(found, totalled) : null;
}

/**
 * As totalledColumns, from the rows whose total stands with the median only (pdftotext prints a
 * block of lines at another offset, the 合计 rows under a long label, whose columns are not
 * these), where columns blank in every row left gaps between the clusters (withBlankColumns).
 */
function gappedColumns(totalled: TotalledRow[], count: number): number[] | null {
  const total = median(totalled.map((r) => r.total));
  const block = totalled.filter((r) => Math.abs(r.total - total) <= NUMBER_SPREAD);
  return withTotal(withBlankColumns(clusterMeans(block.flatMap((r) => r.before)), count - 1), block);
}

/** How far a gap between two columns' numbers may be from a whole number of column widths, in widths. */
const PITCH_TOLERANCE = 0.25;

/**
 * `count` columns from the clusters of the numbers, where every column blank in every row left a
 * gap: the columns of a template table are printed equally wide, so the gaps between clusters are
 * whole multiples of one width (their median), and each gap of k widths holds k - 1 blank columns.
 * Null unless every gap is such a multiple and they hold exactly the columns missing (a column
 * blank at either end leaves no gap to tell where it stands).
 */
function withBlankColumns(found: number[], count: number): number[] | null {
  if (found.length === count) return found;
  const gaps = found.slice(1).map((x, i) => x - found[i]);
  if (found.length > count || gaps.length < 2) return null;
  const width = median(gaps);
  const widths = gaps.map((g) => Math.round(g / width));
  if (gaps.some((g, i) => widths[i] < 1 || Math.abs(g - widths[i] * width) > PITCH_TOLERANCE * width)) return null;
  if (widths.reduce((a, b) => a + b, 1) !== count) return null;
  return found.flatMap((x, i) =>
    i === 0
      ? [x]
      : Array.from({ length: widths[i - 1] }, (_, k) => found[i - 1] + (gaps[i - 1] * (k + 1)) / widths[i - 1]),
  );
}

/** Whether the row's last number is the sum of the others (rule 2): then it is the row's total. */
function endsInTotal(values: RowCell[]): boolean {
  const nums = values.map((v) => parseCount(v.raw));
  if (nums.some((n) => n === null) || values.length < 2) return false;
  return nums.slice(0, -1).reduce((a, b) => a! + b!, 0) === nums[nums.length - 1];
}

/** Where the numbers right of a long label were pushed: the distance of the row's total from its column. */
const pushOf = (values: RowCell[], columns: number[]): number =>
  centreOfCell(values[values.length - 1]) - columns[columns.length - 1];

/** A placement (column index per number) and its offsets from the columns, in character columns. */
interface Ranked {
  at: number[];
  offsets: number[];
  cost: number;
  /** No number stands right of a column whose header word ends at or after where the number starts. */
  sure: boolean;
}

/**
 * The rightmost column a number may stand in. pdftotext starts a text line at the column of the
 * longest run of text left of it on the page, so a line starting left of a header word's start
 * stands left of that word on the page too: a number spaced from the text before it, starting
 * left of where a column's header word starts, stands in that column or one before it.
 * `bounds`: where the columns' header words start (this rule), or end (see placements).
 */
function rightmostColumn(value: RowCell, bounds: number[] | undefined, width: number): number {
  const j = value.cell.textSpaced && bounds ? bounds.findIndex((b) => b > value.cell.textColumn!) : -1;
  return j < 0 ? width - 1 : j;
}

/**
 * Every placement of a row's numbers into `width` columns keeping their order, with its offset
 * from the columns (as printed or shifted by the push of a long label; 0 without columns), best
 * first. `totalLast`: the last column is a row total (part 三): when the other numbers add up
 * to the last, only placements putting it there count.
 */
export function placements(
  values: RowCell[],
  textColumns: TextColumns | undefined,
  width: number,
  totalLast: boolean,
): Ranked[] {
  const k = values.length;
  if (k > width || values.some((v) => v.cell.textColumn === undefined)) return [];
  const columns = textColumns?.centres;
  const total = totalLast && endsInTotal(values);
  const shifts = columns ? [0, total ? pushOf(values, columns) : 0] : [];
  const centres = values.map(centreOfCell);
  const offset = (i: number, j: number, s: number) => Math.abs(centres[i] - s - columns![j]);
  const last = values.map((v) => rightmostColumn(v, textColumns?.starts, width));
  // A number starting at or before a header word's last character is not right of that word
  // either; a bound reaching further than the starts', so it only tells which placements are sure.
  const shown = values.map((v) => rightmostColumn(v, textColumns?.ends, width));
  const ordered = [...orderedPlacements(k, width)].filter((at) => !total || at[k - 1] === width - 1);
  // where the header was misread every placement may be ruled out: then none is
  const allowed = ordered.filter((at) => at.every((j, i) => j <= last[i]));
  const all = allowed.length ? allowed : ordered;
  // Numbers reaching past the header's last column that stand under no column whether the row
  // is pushed or not (a page printed at another scale under the header of the page before) say
  // nothing about their columns.
  const beyond = columns !== undefined && centres[k - 1] - columns[width - 1] > MAX_OFFSET;
  const unplaced = beyond && !shifts.some((s) => all.some((at) => at.every((j, i) => offset(i, j, s) <= MAX_OFFSET)));
  const offsetOf = (i: number, j: number) =>
    columns && !unplaced ? Math.min(...shifts.map((s) => offset(i, j, s))) : 0;
  return all
    .map((at) => ({ at, offsets: at.map((j, i) => offsetOf(i, j)) }))
    .map((p) => ({
      ...p,
      cost: p.offsets.reduce((a, b) => a + b, 0),
      sure: p.at.every((j, i) => j <= shown[i]),
    }))
    .sort((a, b) => a.cost - b.cost);
}

/** Placements within this many character columns of the best stay candidates for the column sums to choose from. */
const SLACK = 4;
/** At most this many candidates per row. */
const MAX_OPTIONS = 6;

/** A row's likely placements: every number within MAX_OFFSET of its column, near the best; best first. */
export function likelyPlacements(values: RowCell[], columns: TextColumns, totalLast: boolean): Ranked[] {
  const near = placements(values, columns, columns.centres.length, totalLast).filter(
    (p) => Math.max(0, ...p.offsets) <= MAX_OFFSET,
  );
  return near.filter((p) => p.cost <= near[0].cost + SLACK).slice(0, MAX_OPTIONS);
}

/**
 * The column index of each number when one placement is clearly the best (part 二, where no sum
 * can choose): null when two are near or none stands within MAX_OFFSET of its columns.
 */
export function placeInColumns(values: RowCell[], columns: TextColumns, totalLast: boolean): number[] | null {
  const [best, next] = likelyPlacements(values, columns, totalLast);
  if (!best) return null;
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
    if (m && rc.cell.textColumn !== undefined)
      found.push({ key: m.item.key, at: centreOf(rc.cell.text, rc.cell.textColumn) });
  }
  return found.length ? found : null;
}

/**
 * Whether the table's numbers stand apart (fixed-width layout, a blank cell leaves a gap) rather
 * than glued into runs: then a row short of numbers has blanks, not numbers to split.
 */
export const separatesValues = (rows: RowView[]): boolean =>
  rows.some((r) => r.cells.filter((c) => isTextValue(c.raw)).length >= 2);

/** Leading blank marks standing left of the first column are characters of a vertical label (（四）无法提供 leaves 无), not cells. */
export function dropLabelMarks(values: RowCell[], columns: number[] | undefined): RowCell[] {
  const isMark = (v: RowCell) => !/\d/.test(v.raw) && (v.cell.textColumn ?? Infinity) < columns![0] - MAX_OFFSET;
  let out = values;
  while (columns && out.length && isMark(out[0])) out = out.slice(1);
  return out;
}
