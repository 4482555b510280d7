/**
 * The labelled fields a saved page or a crawler prints above a report: a crawler's header lines
 * (标题: / 发布时间: / 发布机构: / 原文链接:) and a government site's information box
 * (名称 / 索引号 / 发布机构 / 文号 / 发布日期), as paragraphs or as a small table, several
 * fields on one line or one per cell. None of this text is part of the title or the agency.
 */
import { PAGE_FIELD_LABELS, type FieldName } from '../lexicon/index.js';
import { foldWidth } from '../text/normalize.js';

export type { FieldName };

const NAME = new Map(PAGE_FIELD_LABELS);
const LABEL = `(${PAGE_FIELD_LABELS.map(([l]) => l).join('|')})\\s*[:：]`;
/** A field label anywhere: crawled text glues one header line to the next (某局发布日期：…). */
const AT = new RegExp(LABEL, 'g');
const STARTS = new RegExp(`^\\s*【?${LABEL}`);

export type Fields = Partial<Record<FieldName, string>>;

/** Whether a line of text begins with a field label (a header line, not report text). */
export const isFieldLine = (text: string): boolean => STARTS.test(foldWidth(text));

/** Every field found in the text: the value runs to the next label or the end. First value of a name wins. */
export function parseFields(text: string, into: Fields = {}): Fields {
  const s = foldWidth(text);
  const found = [...s.matchAll(AT)];
  found.forEach((m, i) => {
    const start = m.index! + m[0].length;
    const end = i + 1 < found.length ? found[i + 1].index! : s.length;
    const value = s
      .slice(start, end)
      .replace(/[\s|｜【】[\]]+/g, ' ')
      .trim();
    const name = NAME.get(m[1])!;
    if (value && !into[name]) into[name] = value;
  });
  return into;
}
