/**
 * One line of a flattened table into its cells, in reading order. The grid is gone: cells are
 * separated by tabs or runs of spaces, single spaces separate numbers, and a number may be
 * glued to the label before it. Glued digit runs (`21710000218`) stay one cell: only the
 * template's arithmetic can split them (src/split).
 */
import { DASHES as DASH, DIGITS, HAN, NONE_MARK, ROW_NUMBERING, UNIT_PATTERN } from '../../src/lexicon/index.js';

/** A printed value: digits with signs, separators, decimals, dashes glued in; or a unit after it. */
const VALUE_RUN = `[+${DASH}]*[${DIGITS}][${DIGITS}.\uff0e,\uff0c+${DASH}/]*`;
const VALUE_CELL = new RegExp(`^${VALUE_RUN}\\s*${UNIT_PATTERN}?$`);
/** Marks that stand for a blank (zero) cell; a longer run of dashes is several blanks glued. */
const BLANK_MARK = new RegExp(`^(?:[${DASH}/\\\\]{1,2}|[${DASH}]{3,}|${NONE_MARK})$`);
/**
 * A label with a value run (or zero dashes) glued to its end: `规章000`, `3.危及“三安全一稳定”0000000`,
 * `部分公开———`, `收费—`, `只计这一情形，27200040276` (a label's comma: no digit before it).
 */
const GLUED_TAIL = new RegExp(
  `^(.*(?:[^${DIGITS}.\uff0e,\uff0c+${DASH}/\\s]|(?<![${DIGITS}])[,\uff0c]))\\s*(${VALUE_RUN}|[${DASH}]+)$`,
);

/** Tabs, two or more spaces (ASCII, no-break or ideographic) separate cells. */
export const FIELD_SEPARATOR = /\t|[ \u00a0\u3000]{2,}/;

/** A value or a blank mark; `1.` is an item number, not a value. */
export const isValueCell = (text: string): boolean =>
  (VALUE_CELL.test(text) && !/[.．]$/.test(text)) || BLANK_MARK.test(text);

/** Item numbering that starts a row label: 一、 （一） (1) 1. 1、 1． */
export const startsLabel = (text: string): boolean => ROW_NUMBERING.test(text);

const LABEL_END = new RegExp(`[${HAN}）)”]`);

/** `规章000` → [`规章`, `000`]; a label ending otherwise stays whole. */
function splitGluedTail(field: string): string[] {
  const m = GLUED_TAIL.exec(field);
  return !m || !LABEL_END.test(m[1]) ? [field] : [m[1].trim(), m[2]];
}

/** A field whose single-space-separated tokens end in values: `规章 0 0 0` → label and three values. */
function splitTrailingValues(field: string): string[] {
  if (field === '') return [];
  const tokens = field.split(/[ \u00a0\u3000]/).filter((t) => t !== '');
  let firstValue = tokens.length;
  while (firstValue > 0 && isValueCell(tokens[firstValue - 1])) firstValue--;
  if (firstValue === tokens.length) return splitGluedTail(field);
  const values = tokens.slice(firstValue);
  if (firstValue === 0) return values;
  // Keep the label's own spacing: cut the field where its first trailing value starts.
  let cut = field.length;
  for (let i = values.length - 1; i >= 0; i--) cut = field.lastIndexOf(values[i], cut - 1);
  return [...splitGluedTail(field.slice(0, cut).trim()), ...values];
}

export interface TextCell {
  text: string;
  /** Character column where the cell starts; absent on tab-separated lines, where columns mean nothing. */
  at?: number;
  /** The cell starts its field (the line, or after two spaces or more): see TableCell.textSpaced. */
  spaced?: boolean;
  /** The line of its table region the cell's text ends on. */
  line?: number;
}

/** The non-empty cells of a line in reading order, with where each starts in the line. */
export function lineCells(line: string): TextCell[] {
  const fixedWidth = !line.includes('\t');
  const cells: TextCell[] = [];
  const separators = [...line.matchAll(new RegExp(FIELD_SEPARATOR.source, 'g'))];
  let from = 0;
  for (const sep of [...separators, null]) {
    const field = line.slice(from, sep ? sep.index : line.length);
    let cursor = 0;
    splitTrailingValues(field.trim()).forEach((text, i) => {
      cursor = field.indexOf(text, cursor);
      cells.push(fixedWidth ? { text, at: from + cursor, spaced: i === 0 } : { text });
      cursor += text.length;
    });
    if (sep) from = sep.index + sep[0].length;
  }
  return cells;
}
