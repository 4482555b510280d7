/**
 * Page furniture of a crawled or saved web page, around the report: before it a crawler's header
 * lines (`标题：…`, `发布时间：…`), navigation (menus, breadcrumbs `首页 > 政务公开 > …`) and a
 * site's information box (索引号 / 发布机构 / 名称 / 文号 / 发布日期 …, one field a line, glued on
 * one line, or a label-value table); after it a link list (相关链接, 上一篇/下一篇, 打印本页…) and
 * the site's footer. None of it is report text: its lines become blank, and the labelled fields
 * are kept as `label：value` lines for src/identity (title, agency, year).
 */
import { DIGITS, HAN, PAGE_FIELD_LABELS } from '../../src/lexicon/index.js';
import { FIELD_SEPARATOR } from './cells.js';

/** A labelled field: a short label, a colon (`【发布机构：…】` on some sites); never a table row. */
export const FIELD = new RegExp(`^【?[${HAN}]{2,6}\\s*[:：]`);
/** A label cell of an information box printed as a table (`索引号 <tab> 1234/2024-00012`). */
const LABEL_CELLS = new Set(PAGE_FIELD_LABELS.map(([label]) => label));
/** A breadcrumb: pieces joined by arrows. */
const BREADCRUMB = /[>＞»›→]/;
const MENU_SEPARATOR = /[\s|｜·•]+/;
const SENTENCE = /[。，；！？]/;
/** Menu items are short words: no digits, no sentence, no item numbering. */
const MENU_ITEM = new RegExp(`^[^${DIGITS}、。，；]{1,8}$`);
const MAX_NAV_CHARS = 100;
/** Lines of a title kept between furniture lines, at most. */
const MAX_TITLE_LINES = 2;

/** Lines that start a link list or belong to a site's footer. */
const LINK_HEAD = /^(?:相关链接|相关文件|相关阅读|延伸阅读|相关稿件|相关新闻|附件下载)[:：]?$/;
const FOOTER =
  /^(?:上一篇|下一篇|主办单位|承办单位|主办|承办|版权所有|联系电话|联系我们|网站地图|地址)\s*[:：]?|打印本页|关闭窗口|【打印】|【关闭】|【字体|字体[:：]|扫一扫|分享到|返回顶部|收藏本页|ICP备|网站标识码|公网安备|网站找错/;
/** A footer line is short and no sentence (a report's last sentence may name 联系电话). */
const MAX_FOOTER_CHARS = 120;
/** Link titles under 相关链接 are short and no sentences. */
const MAX_LINK_CHARS = 60;

export interface PageText {
  /** The text with every furniture line blank (line count and end kept). */
  text: string;
  /** The furniture's labelled fields, `label：value` each, in page order. */
  fields: string[];
}

/** A title printed with spaces (`某局 政府信息公开 年度报告`) is no menu. */
const REPORT_WORDS = /报告|年报/;

const isNavigation = (line: string): boolean => {
  if (line.length > MAX_NAV_CHARS || SENTENCE.test(line)) return false;
  if (BREADCRUMB.test(line)) return true;
  // Cells apart by tabs or wide spaces are a table's header (fixed-width text), not a menu.
  if (FIELD_SEPARATOR.test(line)) return false;
  const items = line.split(MENU_SEPARATOR).filter((s) => s !== '');
  return items.length >= 3 && items.every((s) => MENU_ITEM.test(s)) && !REPORT_WORDS.test(line);
};

/** `索引号 <tab> … <tab> 发布机构 <tab> …` → its fields; null unless every other cell is a label. */
function tableFields(line: string): string[] | null {
  const cells = line.split(FIELD_SEPARATOR).map((c) => c.trim());
  if (cells.length < 2 || !cells.every((c, i) => i % 2 === 1 || LABEL_CELLS.has(c))) return null;
  return cells.flatMap((cell, i) => (i % 2 === 1 ? [] : [`${cell}：${cells[i + 1] ?? ''}`]));
}

/** A field line or a label-value table line: its fields; else null. */
const fieldsOf = (line: string): string[] | null => (FIELD.test(line) ? [line] : tableFields(line));

const isFurniture = (line: string): boolean => fieldsOf(line) !== null || isNavigation(line);

/** A title line kept among the furniture (the report's title above its information line). */
const isTitleLike = (line: string): boolean => line.length <= MAX_NAV_CHARS && !SENTENCE.test(line);

/**
 * The leading furniture lines and their fields. A title between furniture lines (navigation, the
 * title, then 发布时间：… 来源：…) is the report's: kept, and the scan goes on past it.
 */
function header(lines: string[]): { furniture: Set<number>; fields: string[] } {
  const fields: string[] = [];
  const furniture = new Set<number>();
  const nonBlank = lines.flatMap((l, i) => (l.trim() === '' ? [] : [i]));
  let titles = 0;
  for (let k = 0; k < nonBlank.length; k++) {
    const line = lines[nonBlank[k]].trim();
    const found = fieldsOf(line);
    if (found || isNavigation(line)) {
      fields.push(...(found ?? []));
      furniture.add(nonBlank[k]);
      continue;
    }
    const next = nonBlank.slice(k + 1, k + 1 + MAX_TITLE_LINES - titles);
    const furnitureAfter = next.findIndex((i) => isFurniture(lines[i].trim()));
    if (titles >= MAX_TITLE_LINES || furnitureAfter < 0 || !isTitleLike(line)) break;
    if (!next.slice(0, furnitureAfter).every((i) => isTitleLike(lines[i].trim()))) break;
    titles++;
  }
  return { furniture, fields };
}

/** Where the trailing furniture starts: a link list's heading with only short lines after it, or footer lines to the end. */
function footerStart(lines: string[]): number {
  let start = lines.length;
  const isFooter = (line: string) => FOOTER.test(line) && !line.includes('。') && line.length <= MAX_FOOTER_CHARS;
  while (start > 0 && (lines[start - 1].trim() === '' || isFooter(lines[start - 1].trim()))) start--;
  for (let i = start - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (LINK_HEAD.test(line)) return i;
    if (line.length > MAX_LINK_CHARS || SENTENCE.test(line)) break;
  }
  return start;
}

export function pageFurniture(text: string): PageText {
  const lines = text.split(/\r\n?|\n/);
  const head = header(lines);
  const tail = Math.max(Math.max(-1, ...head.furniture) + 1, footerStart(lines));
  if (head.furniture.size === 0 && tail === lines.length) return { text, fields: [] };
  const kept = lines.map((line, i) => (head.furniture.has(i) || i >= tail ? '' : line));
  return { text: kept.join('\n'), fields: head.fields };
}
