/** Title, agency and year from the first lines of the report (…年政府信息公开工作年度报告). */
import type { Block } from '../../extractors/model.js';
import { normalizeText } from './labels.js';

export interface TitleInfo {
  title: string;
  agency: string;
  year: number | null;
}

/** A title may be spread over this many leading paragraphs (agency on one line, the rest on the next). */
const MAX_TITLE_LINES = 4;
const MAX_TITLE_CHARS = 80;
const TITLE_END = /年度报告|年报/;

/** The leading paragraphs up to the one that ends the title, joined without spaces. */
function titleText(blocks: Block[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph') break;
    const text = normalizeText(block.text);
    if (!text) continue;
    lines.push(text);
    // The end may itself be cut by a line break (…工作年 / 度报告).
    if (TITLE_END.test(lines.join(''))) {
      const joined = lines.join('');
      return joined.length <= MAX_TITLE_CHARS ? joined : text;
    }
    if (lines.length >= MAX_TITLE_LINES) break;
  }
  return '';
}

/** `<agency><year>年(度)政府信息公开…` or `<year>年(度)<agency>政府信息公开…`. */
export function parseTitle(title: string): TitleInfo {
  const m = /^(.*?)((?:19|20)\d{2})年度?(.*?)(?:政府信息公开|政务公开|信息公开)/.exec(title);
  if (!m) return { title, agency: '', year: null };
  const agency = (m[1] || m[3]).replace(/[《》"“”]/g, '');
  return { title, agency, year: Number(m[2]) };
}

export function findTitle(blocks: Block[]): TitleInfo {
  return parseTitle(titleText(blocks));
}
