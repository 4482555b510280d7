/**
 * Tables cut by a page break joined back (MinerU's conditions): the last block of page N and
 * the first of page N+1 are tables of about the same width whose column borders agree. Header
 * rows repeated on the next page are dropped; cells the break cut in two are joined with their
 * other half, and a row cut in two becomes one row again.
 */
import type { BBox, Block, Paragraph, TableCell } from '../../extractors/model.js';
import type { Result, Warning } from '../core/index.js';
import { centerX, clusterValues, nearestIndex } from './geometry.js';
import type { PageTable } from './page-table.js';
import { joinPieces } from './text-join.js';
import { LEADING_NUMBERING, isValueText } from '../lexicon/index.js';
import { isRowLabelText } from './header-line.js';

export interface PageBlock {
  top: number;
  table?: PageTable;
  paragraph?: Paragraph;
}

const BORDER_TOLERANCE = 3;
const MAX_WIDTH_DIFFERENCE = 0.1;
const MIN_SHARED_BORDERS = 0.8;
const MAX_REPEATED_HEADER_ROWS = 5;

export function joinAcrossPages(pages: PageBlock[][]): Result<Block[]> {
  const out: PageBlock[] = [];
  const warnings: Warning[] = [];
  pages.forEach((blocks, i) => {
    const prev = i > 0 && pages[i - 1].length > 0 ? out[out.length - 1]?.table : undefined;
    const next = blocks[0]?.table;
    if (prev && next && (continues(prev, next) || continuesUnder(prev, next))) {
      const joined = joinTables(prev, next);
      out[out.length - 1] = { top: out[out.length - 1].top, table: joined.table };
      warnings.push({
        code: 'table_joined_across_pages',
        message: `table continued from page ${prev.table.pages.join(',')} to page ${next.table.pages.join(',')}${joined.droppedHeaderRows ? ` (${joined.droppedHeaderRows} repeated header rows dropped)` : ''}`,
        page: next.table.pages[0],
      });
      out.push(...blocks.slice(1));
    } else out.push(...blocks);
  });
  return { value: out.map((b) => (b.table ? b.table.table : b.paragraph!)), warnings };
}

const width = (t: PageTable) => t.bbox[2] - t.bbox[0];

const similarWidth = (prev: PageTable, next: PageTable) =>
  Math.abs(width(prev) - width(next)) <= MAX_WIDTH_DIFFERENCE * Math.max(width(prev), width(next));

/** Same width within 10 % and most column borders shared. */
export function continues(prev: PageTable, next: PageTable): boolean {
  if (!similarWidth(prev, next)) return false;
  const [fewer, more] = prev.xs.length <= next.xs.length ? [prev.xs, next.xs] : [next.xs, prev.xs];
  const shared = fewer.filter((x) => more.some((y) => Math.abs(x - y) <= BORDER_TOLERANCE)).length;
  return shared >= MIN_SHARED_BORDERS * fewer.length;
}

/**
 * A table rebuilt from text alignment whose next page has no header of its own: its columns
 * are inferred from the texts that page prints (blank columns vanish), so its borders need not
 * agree; it continues the table when it is about as wide and its texts stand under the
 * previous page's columns, no two in one place.
 */
const continuesUnder = (prev: PageTable, next: PageTable): boolean =>
  similarWidth(prev, next) && onPreviousColumns(prev, next, next.table.cells) !== null;

const rowSignature = (t: PageTable, row: number) =>
  t.table.cells
    .filter((c) => c.row === row)
    .sort((a, b) => a.col - b.col)
    .map((c) => c.text.replace(/\s+/g, ''))
    .join('|');

/** How many leading rows of `next` repeat the leading rows of `prev`. */
export function repeatedHeaderRows(prev: PageTable, next: PageTable): number {
  let k = 0;
  while (k < Math.min(MAX_REPEATED_HEADER_ROWS, next.table.nRows, prev.table.nRows)) {
    const sig = rowSignature(next, k);
    if (!sig.replace(/\|/g, '') || sig !== rowSignature(prev, k)) break;
    k++;
  }
  return k;
}

export function joinTables(prev: PageTable, next: PageTable): { table: PageTable; droppedHeaderRows: number } {
  const headerRows = repeatedHeaderRows(prev, next);
  const body = next.table.cells.filter((c) => c.row >= headerRows);
  const { xs, prevCells, nextCells } = onPreviousColumns(prev, next, body) ?? onSharedColumns(prev, next, body);

  const lastRow = prev.table.nRows;
  const { halves, rowCut } = cutCells(
    prev,
    next,
    headerRows,
    (c) => prevCells.get(c)!,
    (c) => nextCells.get(c),
  );
  const offset = lastRow - headerRows - (rowCut ? 1 : 0);

  for (const [p, n] of halves) {
    const pc = prevCells.get(p)!;
    pc.rowSpan += n.rowSpan - (rowCut ? 1 : 0);
    pc.text = joinPieces(pc.text, n.text);
    nextCells.delete(n);
  }
  for (const nc of nextCells.values()) nc.row += offset;

  const cells = [...prevCells.values(), ...nextCells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  const ink = prev.ink && next.ink ? new Map([...inkOf(prev, prevCells), ...inkOf(next, nextCells)]) : undefined;
  const geometry = prev.table.geometry === 'ruled' && next.table.geometry === 'ruled' ? 'ruled' : 'aligned';
  const nRows = next.table.nRows + offset;
  const pages = [...new Set([...prev.table.pages, ...next.table.pages])];
  return {
    table: {
      table: { kind: 'table', geometry, nRows, nCols: xs.length - 1, cells, pages },
      bbox: prev.bbox,
      xs,
      openTop: new Set([...prev.openTop].map((c) => prevCells.get(c)!)),
      openBottom: new Set([...next.openBottom].map((c) => nextCells.get(c)).filter((c): c is TableCell => !!c)),
      filled: new Set([...next.filled].map((c) => nextCells.get(c)).filter((c): c is TableCell => !!c)),
      ...(ink ? { ink, headerRows: prev.headerRows } : {}),
    },
    droppedHeaderRows: headerRows,
  };
}

type Placed = { xs: number[]; prevCells: Map<TableCell, TableCell>; nextCells: Map<TableCell, TableCell> };

/** Both tables' cells on the union of their column borders. */
function onSharedColumns(prev: PageTable, next: PageTable, body: TableCell[]): Placed {
  const xs = clusterValues([...prev.xs, ...next.xs], BORDER_TOLERANCE);
  const onColumns = onBorders(xs);
  return {
    xs,
    prevCells: new Map(prev.table.cells.map((c) => [c, onColumns(c)])),
    nextCells: new Map(body.map((c) => [c, onColumns(c)])),
  };
}

const onBorders =
  (xs: number[]) =>
  (c: TableCell): TableCell => {
    if (!c.bbox) return { ...c };
    const col = nearestIndex(xs, c.bbox[0]);
    return { ...c, col, colSpan: Math.max(1, nearestIndex(xs, c.bbox[2]) - col) };
  };

/**
 * Tables rebuilt from text alignment: a continuation page without a header of its own (and
 * with blank zeros) shows fewer columns, so its inferred columns are not the table's. Its cells go
 * under the previous page's columns, each where its text stands; empty cells fill the places
 * left, one per column. Null when two texts would share a place: then the pages do not agree on the columns.
 */
function onPreviousColumns(prev: PageTable, next: PageTable, body: TableCell[]): Placed | null {
  if (!prev.ink || !next.ink || hasOwnHeader(next)) return null;
  const xs = prev.xs;
  const onColumns = onBorders(xs);
  const at = new Map<string, [TableCell, TableCell]>();
  for (const c of body) {
    // an empty place is no evidence of a column: its inferred column may span two of the previous page's
    if (!c.text.trim()) continue;
    const box = next.ink.get(c);
    const p = box && c.colSpan === 1 ? { ...c, col: columnOf(xs, centerX(box)), colSpan: 1 } : onColumns(c);
    for (let k = p.col; k < p.col + p.colSpan; k++) {
      const other = at.get(`${p.row},${k}`);
      if (other?.[1].text.trim() && p.text.trim()) return null;
      if (!other?.[1].text.trim()) at.set(`${p.row},${k}`, [c, p]);
    }
  }
  const whole = ([, p]: [TableCell, TableCell]) =>
    Array.from({ length: p.colSpan }, (_, k) => at.get(`${p.row},${p.col + k}`)?.[1]).every((x) => x === p);
  const nextCells = new Map([...new Set(at.values())].filter(whole));
  for (const hole of holes(nextCells, xs, headerRowsOf(body), next.table.nRows)) nextCells.set(hole, hole);
  return { xs, prevCells: new Map(prev.table.cells.map((c) => [c, { ...c }])), nextCells };
}

/** Lines above a page's first numbers that are not numbered row labels (a blank row's label may open a page). */
const hasOwnHeader = (t: PageTable) =>
  t.table.cells.some((c) => c.row < (t.headerRows ?? 0) && c.text.trim() && !LEADING_NUMBERING.test(c.text.trim()));

const headerRowsOf = (body: TableCell[]) => Math.min(...body.map((c) => c.row));

/** Empty cells for the places of rows first..nRows-1 that no placed cell covers. */
function holes(placed: Map<TableCell, TableCell>, xs: number[], first: number, nRows: number): TableCell[] {
  const cells = [...placed.values()];
  const out: TableCell[] = [];
  for (let r = first; r < nRows; r++) {
    const inRow = cells.filter((c) => c.row <= r && r < c.row + c.rowSpan);
    const y = inRow.find((c) => c.row === r)?.bbox ?? inRow[0]?.bbox;
    for (let k = 0; k + 1 < xs.length; k++) {
      if (inRow.some((c) => c.col <= k && k < c.col + c.colSpan)) continue;
      out.push({
        row: r,
        col: k,
        rowSpan: 1,
        colSpan: 1,
        text: '',
        page: inRow[0]?.page,
        ...(y ? { bbox: [xs[k], y[1], xs[k + 1], y[3]] as BBox } : {}),
      });
    }
  }
  return out;
}

/** The column between borders `xs` that holds x (the first or last one beyond them). */
function columnOf(xs: number[], x: number): number {
  let c = 0;
  while (c + 2 < xs.length && x >= xs[c + 1]) c++;
  return c;
}

/** The ink boxes of a table's cells under their placed copies. */
function inkOf(t: PageTable, placed: Map<TableCell, TableCell>): [TableCell, BBox][] {
  return [...placed].flatMap(([c, p]) => (t.ink?.has(c) ? [[p, t.ink.get(c)!] as [TableCell, BBox]] : []));
}

/**
 * Which cells of the next page's first body row continue a cell of the previous page's last
 * row, and whether that whole row was cut. A pair at the same columns is one cell when:
 * - the break left both halves open (no line drawn at the break), or
 * - it is a group cell (spanning rows) whose next half is empty or reads on: the previous half
 *   starts with an item number, fills its last line, and the next half has no number of its
 *   own (（四）无 | 法提供).
 * The whole row was cut (a header row, or a label wrapped over the break) when every pair is
 * one of these or has a blank side or reads on as plain text (the previous half fills its last
 * line: wrapped text, unless each half is a whole row label of the template), its label reads on, and the
 * previous half holds no values. Anything less certain stays two rows: a label in two pieces is
 * caught by the mapper, two rows wrongly made one would lose numbers.
 */
function cutCells(
  prev: PageTable,
  next: PageTable,
  headerRows: number,
  prevOf: (c: TableCell) => TableCell,
  nextOf: (c: TableCell) => TableCell | undefined,
) {
  const lastRow = prev.table.nRows;
  // a cell of the next page placed under the previous page's columns may have given way to another
  const firstRow = next.table.cells.filter((c) => c.row === headerRows && nextOf(c));
  const pairs = firstRow.map((n) => {
    const nc = nextOf(n)!;
    const p = prev.table.cells.find(
      (c) => c.row + c.rowSpan === lastRow && prevOf(c).col === nc.col && prevOf(c).colSpan === nc.colSpan,
    );
    return [p, n] as const;
  });
  const blank = (c: TableCell) => c.text.trim() === '';
  const wraps = (p: TableCell) => prev.filled.has(p);
  const readsOn = (p: TableCell, n: TableCell) =>
    !blank(p) &&
    (blank(n) ||
      (wraps(p) && LEADING_NUMBERING.test(p.text) && !LEADING_NUMBERING.test(n.text) && !isValueText(n.text)));
  // Whatever the rulings say, a break cuts neither a number in two nor a label before its own item number.
  const newRow = (p: TableCell, n: TableCell) =>
    (isValueText(p.text) && isValueText(n.text)) || (!blank(p) && LEADING_NUMBERING.test(n.text));
  // Once the next page's first row is a row of its own, only its group cells continue.
  const separate = pairs.some(([p, n]) => p && newRow(p, n));
  const open = (p: TableCell, n: TableCell) =>
    prev.openBottom.has(p) && next.openTop.has(n) && !(separate && (newRow(p, n) || isValueText(p.text)));
  // A page of header only over a first row of values: the break falls between header and body,
  // and an empty cell there is a blank value, not the rest of a header cell above it.
  const bodyStarts = !prev.table.cells.some((c) => isValueText(c.text)) && firstRow.some((n) => isValueText(n.text));
  const groupCut = (p: TableCell, n: TableCell) =>
    open(p, n) || (!bodyStarts && (p.rowSpan > 1 || n.rowSpan > 1) && readsOn(p, n));
  const complete = pairs.filter((pair): pair is readonly [TableCell, TableCell] => !!pair[0]);
  const textGoesOn = (p: TableCell, n: TableCell) =>
    wraps(p) &&
    !blank(p) &&
    !blank(n) &&
    !isValueText(p.text) &&
    !isValueText(n.text) &&
    !LEADING_NUMBERING.test(n.text) &&
    // each half a whole row label of the template: two rows, the second printed without its number
    !(isRowLabelText(p.text) && isRowLabelText(n.text));
  const rowCut =
    complete.length === pairs.length &&
    complete.length > 0 &&
    (complete.every(([p, n]) => open(p, n)) ||
      (complete.every(([p, n]) => groupCut(p, n) || blank(p) || blank(n) || textGoesOn(p, n)) &&
        complete.some(([p, n]) => textGoesOn(p, n)) &&
        !complete.some(([p]) => isValueText(p.text))));
  const halves = complete.filter(([p, n]) => rowCut || groupCut(p, n));
  return { halves, rowCut };
}
