/**
 * A table seen row by row, whatever its geometry: each row's cells in column order (a cell
 * spanning rows shows up in every row it covers), with their printed text cleaned for matching.
 */
import { cellMatrix, type Table, type TableCell } from '../../extractors/model.js';
import { isValueText } from './labels.js';

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

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef“”‘’';
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

export function tableRows(table: Table): RowView[] {
  return table.geometry === 'text' ? textRows(table) : gridRows(table);
}

/** Digits and zero dashes with no separator (`—5———27`, `———————`): several cells glued in a text row. */
const GLUED_VALUES =
  /^(?:[\d\u2014\u2013\u2015\uff0d-]*\d[\d\u2014\u2013\u2015\uff0d-]*|[\u2014\u2013\u2015\uff0d]{2,})$/;

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
export function tableText(table: Table): string {
  return table.cells.map((c) => c.text).join('\n');
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
