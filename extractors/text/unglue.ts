/**
 * Text scraped from a web page's table can lose every separator: a whole page on one line,
 * `规章000规范性文件6233440`, the next label's item number stuck to the last value
 * (`00000002.其他法律…`). This cuts such a line where a new row must start, and leaves the
 * digit runs themselves whole.
 */
import {
  CN_NUMERAL,
  CN_NUMERALS,
  DIGITS,
  EM_DASH,
  HAN,
  ITEM_MARK,
  MONEY_UNIT_PATTERN,
  NONE_MARK,
  parenNumeral,
} from '../../src/lexicon/index.js';

/** Part headings and top-level rows (`三、`) start anywhere but after 第; `（一）` only after a value or a sentence. */
const BEFORE_HEADING = new RegExp(`(?<![第${CN_NUMERALS}])(?=${CN_NUMERAL}{1,2}、)`, 'g');
const BEFORE_MARKER = new RegExp(`(?<=[${DIGITS}${EM_DASH}\\-。；：:;])(?=${parenNumeral('{1,2}')})`, 'g');
/**
 * Item numbers in the template are single digits 1–9, so the last digit before `.其他` is the
 * item's (a 0 before 、 ends a value run); a label piece wrapped after its values
 * (`禁止公开3.危及…`) also ends there.
 */
const BEFORE_ITEM = new RegExp(`(?=[1-9]${ITEM_MARK}[${HAN}])`, 'g');
const ITEM_NUMBER = new RegExp(`^([1-9])${ITEM_MARK}`);
const VALUE_END = new RegExp(`[${DIGITS}${EM_DASH}]$`);
const GROUP_LABEL = new RegExp(`^.、[${HAN}]{0,2}(?:[（(]|[1-9]${ITEM_MARK})`);
/**
 * A digit then the 、 of a vertical group label (`—1———34、属于…`) or of a wrapped label
 * (`只计200030023、这一情形`) reads like item number 4、; after a value it is one only when it
 * continues the numbering (the item after the one before; a group's 1 follows its marker, not a
 * value) and a label follows, not a group's characters and the next marker or item
 * (`101、本（二）部分公开`, `18、本8.属于…`), nor the same number on the next item; otherwise the
 * digit stays the value's last.
 */
function cutAtItems(segment: string): string[] {
  const pieces = cutAt(segment, BEFORE_ITEM);
  const kept: string[] = [];
  let lastItem = 0;
  pieces.forEach((piece, i) => {
    const item = Number(ITEM_NUMBER.exec(piece)?.[1] ?? 0);
    const previous = kept[kept.length - 1];
    const afterValue = previous !== undefined && VALUE_END.test(previous);
    // The next marker or item may already stand in the next piece (`8、本` | `8.属于…`).
    const next = pieces[i + 1] ?? '';
    const groupLabel = GROUP_LABEL.test(piece + next);
    // The same number again on the next item (`0010012、本予公开2.其他…`): this one is a value's digit.
    const continues = item === lastItem + 1 && ITEM_NUMBER.exec(next)?.[1] !== String(item);
    if (item > 0 && piece[1] === '、' && afterValue && (groupLabel || !continues)) {
      kept[kept.length - 1] = previous + piece;
      return;
    }
    if (item > 0) lastItem = item;
    kept.push(piece);
  });
  return kept;
}
/**
 * A value run ends and a label begins (or the 、 or ） of a vertical group label, `三、本年度…` `（五）` one
 * character per line); never a year and its 年 (`某局2023年政府信息公开…`, a title; a glued row's `0000000年` of a
 * vertical label still is cut).
 */
const NOT_A_YEAR = `(?!(?<=(?<![0-9])(?:19|20)[0-9]{2}[ \\u3000]*)年)`;
/**
 * A money unit after a value is the value's (`4.51万元行政…` cuts after 万元, never before it).
 * Count units are also label characters a wrapped label puts after a glued run (`…事0000000项`).
 */
const VALUE_THEN_LABEL = new RegExp(
  `(?<=[${DIGITS}${EM_DASH}])(?!${MONEY_UNIT_PATTERN})(?=[${HAN}（(“、）)])${NOT_A_YEAR}|(?<=[${DIGITS}]${MONEY_UNIT_PATTERN})(?=[${HAN}（(“])`,
  'g',
);
/** A value, a space, then the next label or a header (`行政许可2293 第二十条…`): the space ends the row. */
const VALUE_SPACE_LABEL = new RegExp(
  `(?<=[${DIGITS}${EM_DASH}](?:${MONEY_UNIT_PATTERN})?)[ \u3000]+(?=[${HAN}（(])${NOT_A_YEAR}`,
  'g',
);
/**
 * A value glued to a label, or a space apart from it (`行政许可2293 第二十条…`), also across the
 * blank dashes that end a run (`…341——5—————五、存在的主要问题…`); a run of blank dashes alone
 * (three or more: prose prints a dash as two) is one too (`…总计———————————————五、…`).
 */
const GLUED = new RegExp(`(?:[${DIGITS}]${EM_DASH}*|${EM_DASH}{3})[ \\u3000]?[${HAN}（(“]`);
const VALUE_RUN = `[-+${EM_DASH}]*[${DIGITS}][${DIGITS}.．\\-+${EM_DASH}/]*`;
const GLUED_ROW_END = new RegExp(`[${HAN}）)”](?:${VALUE_RUN}(?:${MONEY_UNIT_PATTERN})?|${EM_DASH}+)$`);
/** A glued row ending in an amount with its unit (`行政事业性收费4.51万元`): a space before the value keeps the unit on it. */
const VALUE_WITH_UNIT = new RegExp(`(?<=[${HAN}）)”])(?=${VALUE_RUN}${MONEY_UNIT_PATTERN}$)`);

/** A separator-free line that is a table row: text ending in a value run (or zero dashes only), not a sentence. */
const isGluedRow = (segment: string) => !segment.includes('。') && GLUED_ROW_END.test(segment);

const cutAt = (text: string, pattern: RegExp) => text.replace(pattern, '\n').split('\n');

/**
 * The rows of a separator-free line, or the line itself when it holds no glued row (prose
 * stays whole). Prose pieces of a one-line page are cut only at item numbering.
 */
export function splitGluedLine(line: string): string[] {
  if (/\t| {2}/.test(line) || !GLUED.test(line)) return [line];
  const segments = cutAt(line, BEFORE_HEADING)
    .flatMap((s) => cutAt(s, BEFORE_MARKER))
    .flatMap(cutAtItems)
    .flatMap((s) => (s.includes('。') ? [s] : cutAt(s, VALUE_SPACE_LABEL).flatMap((p) => cutAt(p, VALUE_THEN_LABEL))))
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return segments.some(isGluedRow) ? joinLabelMarks(segments).map((s) => s.replace(VALUE_WITH_UNIT, ' ')) : [line];
}

/**
 * A 无 cut off between a value run and the next label (`…0000101` | `无` | `3.补正后…`) is a
 * character of a vertical group label (（四）无法提供), not a row of one blank cell: it goes
 * with the label after it.
 */
function joinLabelMarks(segments: string[]): string[] {
  const carried = (i: number) =>
    segments[i] === NONE_MARK && i + 1 < segments.length && /\d$/.test(segments[i - 1] ?? '');
  return segments.flatMap((s, i) => (carried(i) ? [] : [(carried(i - 1) ? NONE_MARK : '') + s]));
}
