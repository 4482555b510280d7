/**
 * Text scraped from a web page's table can lose every separator: a whole page on one line,
 * `规章000规范性文件6233440`, the next label's item number stuck to the last value
 * (`00000002.其他法律…`). This cuts such a line where a new row must start, and leaves the
 * digit runs themselves whole.
 */

/** Part headings and top-level rows (`三、`) start anywhere but after 第; `（一）` only after a value or a sentence. */
const BEFORE_HEADING = /(?<![第一二三四五六七八九十])(?=[一二三四五六七八九十]{1,2}、)/g;
const BEFORE_MARKER = /(?<=[0-9\uff10-\uff19\u2014\-。；：:;])(?=[（(][一二三四五六七八九十]{1,2}[）)])/g;
/**
 * Item numbers in the template are single digits 1–9, so the last digit before `.其他` is the
 * item's (a 0 before 、 ends a value run); a label piece wrapped after its values
 * (`禁止公开3.危及…`) also ends there.
 */
const BEFORE_ITEM = /(?=[1-9][.．、][\u4e00-\u9fff])/g;
const ITEM_NUMBER = /^([1-9])[.．、]/;
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
    const afterValue = previous !== undefined && /[0-9\uff10-\uff19\u2014]$/.test(previous);
    // The next marker or item may already stand in the next piece (`8、本` | `8.属于…`).
    const next = pieces[i + 1] ?? '';
    const groupLabel = /^.、[\u4e00-\u9fff]{0,2}(?:[（(]|[1-9][.．、])/.test(piece + next);
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
/** A value run ends and a label begins (or the 、 or ） of a vertical group label, `三、本年度…` `（五）` one character per line). */
const VALUE_THEN_LABEL = /(?<=[0-9\uff10-\uff19\u2014])(?=[\u4e00-\u9fff（(“、）)])/g;
const GLUED = /[0-9\uff10-\uff19][\u4e00-\u9fff（(“]/;

/** A separator-free line that is a table row: text ending in a value run (or zero dashes only), not a sentence. */
const isGluedRow = (segment: string) =>
  !segment.includes('。') &&
  /[\u4e00-\u9fff）)”](?:[-+\u2014]*[0-9\uff10-\uff19][0-9\uff10-\uff19.．\-+\u2014/]*|\u2014+)$/.test(segment);

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
    .flatMap((s) => (s.includes('。') ? [s] : cutAt(s, VALUE_THEN_LABEL)))
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return segments.some(isGluedRow) ? segments : [line];
}
