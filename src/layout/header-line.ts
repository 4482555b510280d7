/**
 * Header lines printed inside a table body: part 二 printed as one table per 第二十条第（N）项
 * repeats the item line and 信息内容 / the column names above each item's rows. Known from the
 * template's column labels, so such a line never joins the label of the row below it.
 */
import { ARTICLE_ITEM, LABEL_COLUMN_HEADER, TEMPLATES } from '../template/index.js';
import { stripCjkSpaces } from './text-join.js';

/** Headers over the label column that name no column. */
const LABEL_HEADERS = new Set([LABEL_COLUMN_HEADER]);
const COLUMN_LABELS = new Set(
  Object.values(TEMPLATES).flatMap((t) => t.tables.flatMap((d) => d.columns.flatMap((c) => c.labels))),
);

const ROW_LABELS = new Set(
  Object.values(TEMPLATES).flatMap((t) => t.tables.flatMap((d) => d.rows.flatMap((r) => r.labels))),
);

const normal = (text: string) => stripCjkSpaces(text).replace(/\s+/g, '');

/** A text that is a whole row label of the template (`总计`, `予以公开`), printed without its item number or with it. */
export const isRowLabelText = (text: string): boolean => ROW_LABELS.has(normal(text));

/** A text that starts a row label of the template without being one whole (`申请人无正当理由逾期不补正、`). */
export function startsRowLabel(text: string): boolean {
  const t = normal(text);
  return !ROW_LABELS.has(t) && [...ROW_LABELS].some((label) => label.length > t.length && label.startsWith(t));
}

/**
 * The texts of a line without numbers read as a header: the item line, or every piece a known
 * header with 信息内容 among them or two column names side by side (a lone 总计 may be a row's label).
 */
export function isHeaderText(texts: string[]): boolean {
  const t = texts.map(normal).filter((x) => x);
  if (t.length === 1 && ARTICLE_ITEM.test(t[0])) return true;
  if (!t.every((x) => LABEL_HEADERS.has(x) || COLUMN_LABELS.has(x))) return false;
  return t.some((x) => LABEL_HEADERS.has(x)) || t.length >= 2;
}
