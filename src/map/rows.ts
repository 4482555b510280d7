/**
 * A table seen row by row, whatever its geometry: each row's cells in column order (a cell
 * spanning rows shows up in every row it covers), with their printed text cleaned for matching.
 */
import { cellMatrix, type Table, type TableCell } from '../../extractors/model.js';
import {
  isValueText,
  MONEY_UNIT_PATTERN,
  WIDE_DASHES,
  CJK_PUNCT,
  CURLY_QUOTES,
  FULLWIDTH,
  HAN_WIDE,
} from '../lexicon/index.js';
import { TOTAL_LABELS } from '../template/index.js';

export interface RowCell {
  cell: TableCell;
  /** Text as printed: lines joined, spaces between CJK characters dropped. */
  raw: string;
  /** First and last grid column covered (text tables: position in reading order). */
  col0: number;
  col1: number;
}

export interface RowView {
  index: number;
  cells: RowCell[];
}

const CJK = CJK_PUNCT + HAN_WIDE + FULLWIDTH + CURLY_QUOTES;
const SPACE_IN_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'g');

/** Lines joined and the spurious spaces around Chinese characters removed; numbers keep their spaces. */
export function cleanRaw(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ')
    .replace(SPACE_IN_CJK, '')
    .trim();
}

function rowCell(cell: TableCell): RowCell {
  return { cell, raw: cleanRaw(cell.text), col0: cell.col, col1: cell.col + cell.colSpan - 1 };
}

/** Rows of a gridded table: the distinct anchor cells met along each row. */
function gridRows(table: Table): RowView[] {
  return cellMatrix(table).map((line, index) => {
    const cells: RowCell[] = [];
    for (const cell of line) if (cell && cells[cells.length - 1]?.cell !== cell) cells.push(rowCell(cell));
    return { index, cells };
  });
}

/** Rows of a text table: cells in reading order, empty ones dropped (they carry no position). */
function textRows(table: Table): RowView[] {
  const byRow = new Map<number, TableCell[]>();
  for (const cell of table.cells) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
  return [...byRow.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([index, cells]) => ({
      index,
      cells: cells
        .sort((a, b) => a.col - b.col)
        .map(rowCell)
        .filter((c) => c.raw !== ''),
    }));
}

/**
 * A converter's stand-in names for columns it could not read (数据1 … 数据6 总计, 列1 …, Column 1):
 * numbered generic names, with at most a 总计/合计 or a 项目/序号 corner beside them.
 */
const GENERIC_NAME = /^(?:数据|列|栏|字段|column|col)\s*\d{1,2}$/i;
const GENERIC_EXTRA = new RegExp(`^(?:${[...TOTAL_LABELS, '项目', '序号'].join('|')}|)$`);

export function isGenericHeader(row: RowView): boolean {
  const named = row.cells.filter((c) => GENERIC_NAME.test(c.raw)).length;
  return named >= 2 && row.cells.every((c) => GENERIC_NAME.test(c.raw) || GENERIC_EXTRA.test(c.raw));
}

/**
 * The table's rows; a header of generic names is no header and is left out, so the mappers
 * place the columns by position and the sums check them as for a table without a header.
 */
export function tableRows(table: Table): RowView[] {
  const rows = table.geometry === 'text' ? textRows(table) : gridRows(table);
  return rows.filter((r) => !isGenericHeader(r));
}

/** A character of a glued run: a digit, a zero dash, or a decimal point between digits. */
const RUN_CHARACTER = `(?:[\\d${WIDE_DASHES}-]|(?<=\\d)\\.(?=\\d))`;

/**
 * Digits and zero dashes with no separator (`—5———27`, `———————`): several cells glued in a text
 * row; an amount among them keeps its decimals and may end in its money unit (`—9.41万元`).
 */
const GLUED_VALUES = new RegExp(
  `^(?:${RUN_CHARACTER}*\\d${RUN_CHARACTER}*${MONEY_UNIT_PATTERN}?|[${WIDE_DASHES}]{2,})$`,
);

/** A value cell of a text row: a value, or several glued into one run. */
export const isTextValue = (raw: string): boolean => isValueText(raw) || GLUED_VALUES.test(raw);

/**
 * A text row's label cells and its values: the values end the row (text rows: glued runs are
 * values too); a blank mark with label text after it (无 of a vertical （四）无法提供) is label.
 */
export function splitLabels(row: RowView): { labels: RowCell[]; values: RowCell[] } {
  let first = row.cells.length;
  while (first > 0 && isTextValue(row.cells[first - 1].raw)) first--;
  return { labels: row.cells.slice(0, first), values: row.cells.slice(first) };
}

/** All the table's text, for classifying it. */
/** The table's printed text, without a header of generic names (its 总计 names no row). */
export function tableText(table: Table): string {
  return tableRows(table)
    .flatMap((r) => r.cells.map((c) => c.cell.text))
    .join('\n');
}

/**
 * A text row with more values than columns whose first "values" are blank markers: those are
 * characters of a vertical label (（四）无法提供 leaves a lone 无), not cells.
 */
export function dropLeadingMarkers(values: RowCell[], expected: number): RowCell[] {
  let out = values;
  while (out.length > expected && !/\d/.test(out[0].raw)) out = out.slice(1);
  return out;
}
