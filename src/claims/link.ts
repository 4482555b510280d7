/**
 * Which cell a figure of the prose names (src/template/prose-terms.ts): phrases are matched on the
 * word boundaries of nodejieba's cut, so 规章 does not match inside 规章制度. A figure whose clause
 * names no cell, or more than one, or that is a change, an estimate or another year's, links to
 * nothing.
 */
import { cutWords } from '../map/words.js';
import { COUNT_UNITS, MONEY_UNITS } from '../lexicon/index.js';
import {
  layoutCells,
  PROSE_COLUMNS,
  PROSE_NOT_A_COUNT,
  PROSE_SUBJECTS,
  type CellKey,
  type Layout,
  type ProseSubject,
} from '../template/index.js';
import type { Figure } from './find.js';

export interface Claim extends Figure {
  cell: CellKey;
}

/** Money units in 万元, the template's unit. */
const IN_WAN: Record<string, number> = { 万元: 1, 亿元: 10000, 元: 0.0001 };

/** A figure's clause cut into words: a phrase matches where it starts and ends on a boundary. */
type Words = (phrase: string) => boolean;

/**
 * Every clause cut in one call: a clause with new characters grows the cut-down dictionary
 * (src/map/words.ts), and one reload for all of them costs what one per clause would many times.
 * 。 is no word's character, so the clauses' own boundaries stay boundaries.
 */
function wordsOf(clauses: string[]): Words[] {
  const bounds = clauses.map(() => new Set([0]));
  let [clause, at] = [0, 0];
  for (const word of cutWords(clauses.join('。'))) {
    at += word.length;
    if (at > clauses[clause].length) [clause, at] = [clause + 1, 0];
    else bounds[clause].add(at);
  }
  return clauses.map((text, i) => (phrase) => {
    for (let j = text.indexOf(phrase); j >= 0; j = text.indexOf(phrase, j + 1))
      if (bounds[i].has(j) && bounds[i].has(j + phrase.length)) return true;
    return false;
  });
}

const names = (s: ProseSubject, has: (p: string) => boolean, clause: string): boolean =>
  s.all.every((group) => group.some(has)) && !(s.none ?? []).some((p) => clause.includes(p));

/** The figure's value in the cell's unit; null where the cell is not the layout's or the measure word does not fit its column. */
function inCellUnit(figure: Figure, layout: Layout, cell: CellKey): number | null {
  const kind = layoutCells(layout, [cell.table]).find((k) => k.row === cell.row && k.col === cell.col)?.kind;
  if (kind === 'decimal') return MONEY_UNITS.includes(figure.unit) ? figure.value * IN_WAN[figure.unit] : null;
  return kind && COUNT_UNITS.includes(figure.unit) && Number.isInteger(figure.value) ? figure.value : null;
}

/**
 * The claims among a text's figures. A figure whose clause names only a column (其中结果维持72件)
 * takes the row of the sentence's previous figure, and only where that one named a cell.
 */
export function linkFigures(figures: Figure[], layout: Layout, year: number | null): Claim[] {
  const claims: Claim[] = [];
  let row: CellKey | null = null;
  const words = wordsOf(figures.map((f) => f.clause));
  figures.forEach((figure, i) => {
    if (figure.index === 0) row = null;
    const has = words[i];
    const otherYear = [...figure.clause.matchAll(/(\d{4})年/g)].some((m) => Number(m[1]) !== year);
    if (otherYear || PROSE_NOT_A_COUNT.some(has)) {
      row = null;
      return;
    }
    const subjects = PROSE_SUBJECTS.filter(
      (s) => (!s.versions || s.versions.includes(layout.version)) && names(s, has, figure.clause),
    );
    const columns = PROSE_COLUMNS.filter((c) => c.phrases.some(has));
    let cell: CellKey | null = null;
    // A row and a column named together (收到自然人申请40件) name a cell no phrase list pins down.
    if (subjects.length === 1 && columns.length === 0)
      cell = { table: subjects[0].table, row: subjects[0].row, col: subjects[0].col };
    else if (subjects.length === 0 && columns.length === 1 && row && columns[0].table === row.table)
      cell = { table: row.table, row: row.row, col: columns[0].col };
    // Only a figure that names its own row gives the next ones theirs.
    if (subjects.length > 0 || columns.length !== 1) row = subjects.length === 1 ? cell : null;
    if (!cell) return;
    const value = inCellUnit(figure, layout, cell);
    if (value !== null) claims.push({ ...figure, value, cell });
  });
  return claims;
}
