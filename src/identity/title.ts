/** Agency and year from a report's title (…2023年政府信息公开工作年度报告 and its variants). */

const CN_DIGITS = '〇一二三四五六七八九';

/** 二〇二三 (or 二零二三) → 2023; other text unchanged. */
export function arabicYears(text: string): string {
  return text.replace(/[一二][〇零一二三四五六七八九]{3}(?=年)/g, (y) =>
    [...y].map((d) => String(CN_DIGITS.indexOf(d === '零' ? '〇' : d))).join(''),
  );
}

const YEAR = '((?:19|20)\\d{2})';
const SUBJECT = '(?:政府信息公开|政务公开|信息公开)';
/** `<agency><year>年(度)政府信息公开…` or `<year>年(度)<agency>政府信息公开…`. */
const YEAR_FIRST = new RegExp(`^(.*?)${YEAR}年度?(.*?)${SUBJECT}`);
/** `<agency>政府信息公开工作年度报告（2023年度）`. */
const YEAR_LAST = new RegExp(`^(.*?)${SUBJECT}.*?${YEAR}年`);

/** What is not the agency around it: 关于, quotes, the year's 度, a trailing 的 or 本级. */
function cleanAgency(text: string): string {
  return text
    .replace(/[《》"“”「」『』〈〉<>]/g, '')
    .replace(/^(?:关于|印发|公布)+/, '')
    .replace(/(?:关于|的|度|年度|[（(]?本级[）)]?)+$/, '')
    .replace(/^[,，、:：\-—\s]+|[,，、:：\-—\s]+$/g, '');
}

export interface TitleParts {
  agency: string;
  year: number | null;
}

export function parseTitle(title: string): TitleParts {
  const t = arabicYears(title);
  const first = YEAR_FIRST.exec(t);
  if (first) return { agency: cleanAgency(first[1] || first[3]), year: Number(first[2]) };
  const last = YEAR_LAST.exec(t);
  if (last) return { agency: cleanAgency(last[1]), year: Number(last[2]) };
  const bare = new RegExp(`^(.*?)${SUBJECT}`).exec(t);
  return { agency: bare ? cleanAgency(bare[1]) : '', year: null };
}
