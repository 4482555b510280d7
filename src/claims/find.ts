/**
 * Figures stated in the prose (`全年共收到政府信息公开申请218件`): a number with a measure word
 * after it, and the clause before it that says what is counted. Pure text work, no segmentation:
 * a document whose prose states no figure never reaches the word cutter.
 */
import { UNITS } from '../lexicon/index.js';
import { PROSE_CLAUSE_BREAK } from '../template/prose-terms.js';

export interface Figure {
  value: number;
  /** The measure word as printed (件, 条, 万元…). */
  unit: string;
  /** What precedes the number in its clause, since the previous figure. */
  clause: string;
  /** The whole sentence, as quoted in notes. */
  sentence: string;
  /** Index of the figure in its sentence (the 其中 clauses after one inherit its row). */
  index: number;
}

/**
 * A number and its measure word. Not after a digit, dash, slash, letter or 第 (phone numbers,
 * article numbers, codes); not an approximation (`5500余条`: 余 stands between); not a duration
 * (`15个工作日`).
 */
const FIGURE = new RegExp(
  `(?<![\\d.,\\-/A-Za-z第])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(${UNITS.join('|')})(?!工作日|月|小时|年|日|天|以上|左右|多)`,
  'g',
);

/** The text's sentences. Spaces between CJK characters are layout (pdftotext, line wraps); between two digits or letters they separate. */
const sentencesOf = (text: string): string[] =>
  text
    .replace(/\s+/g, (space, at: number, all: string) =>
      /[0-9A-Za-z]/.test(all[at - 1] ?? '') && /[0-9A-Za-z]/.test(all[at + space.length] ?? '') ? ' ' : '',
    )
    .split(/(?<=[。！？!?；;])/)
    .map((s) => s.trim())
    .filter(Boolean);

export function findFigures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const sentence of sentencesOf(text)) {
    let from = 0;
    let index = 0;
    for (const m of sentence.matchAll(FIGURE)) {
      const before = sentence.slice(from, m.index);
      const clause = before.split(PROSE_CLAUSE_BREAK).at(-1) ?? '';
      const value = Number(m[1].replace(/,/g, '') + (m[2] ?? ''));
      out.push({ value, unit: m[3], clause, sentence, index: index++ });
      from = m.index + m[0].length;
    }
  }
  return out;
}
