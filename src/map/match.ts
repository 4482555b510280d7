/** Printed header and row labels matched to the template's columns, rows and groups. */
import { HEADER_ONLY_LABELS, type ColumnDef, type GroupDef, type RowDef } from '../template/index.js';
import { bestMatch, bestScore, labelKey, longestWhole, type Match } from './labels.js';
import { CN_NUMERALS } from '../lexicon/index.js';

/** The column a header cell names, or null (a group header, the corner cell, noise). */
export function matchColumn(text: string, columns: ColumnDef[]): Match<ColumnDef> | null {
  const match = bestMatch(text, columns, (c) => c.labels);
  if (!match) return null;
  const groups = [...HEADER_ONLY_LABELS, ...columns.flatMap((c) => c.groupLabels ?? [])];
  return bestScore(text, groups) >= match.score ? null : match;
}

export interface RowMatch {
  row: RowDef;
  score: number;
}

/**
 * The row named by a row's label cells: the last is the row's own label, those before it are
 * group labels (三、本年度办理结果, （三）不予公开). The group seen last is remembered in `ctx`
 * because a group label is printed once for several rows (or on the previous page).
 */
/**
 * A label that starts with a group's label and goes on (三、本年度办理结果（一）予以公开, a
 * converter's one-line label) is that group's label followed by the row's own.
 */
function splitGroupPrefix(labels: string[], groups: GroupDef[]): string[] {
  const leaf = labels[labels.length - 1];
  for (const g of groups) {
    const prefix = g.labels.find((l) => leaf.startsWith(l) && leaf.length - l.length >= 2);
    if (prefix) return [...labels.slice(0, -1), prefix, leaf.slice(prefix.length).trim()];
  }
  return labels;
}

const strayCharacters = (groups: GroupDef[]) =>
  new Set([...groups.flatMap((g) => [...labelKey(g.labels.join(''))]), ...CN_NUMERALS, ...'0123456789']);

/** Text made of nothing but characters of the vertical group labels and numbering (`本（三）不`). */
export const onlyGroupCharacters = (text: string, groups: GroupDef[]): boolean => {
  const stray = strayCharacters(groups);
  return [...labelKey(text)].every((ch) => stray.has(ch));
};

/** Score of a whole row label read out of stray group characters: under an exact label, so a group label itself still wins. */
export const STRAY_SCORE = 0.9;

/** Whether the characters of `whole` run through `key` in order, every other character a stray one. */
function runsThrough(key: string, whole: string, stray: Set<string>): boolean {
  const wanted = [...whole];
  let next = 0;
  for (const ch of key) {
    if (ch === wanted[next]) next++;
    else if (!stray.has(ch)) return false;
  }
  return next === wanted.length;
}

/**
 * A vertical group label prints one character per line; characters that stray over their cell's
 * border land in the row label beside them (`、部分公开本不予公年度办`, `处理（七）总计`), also
 * between the lines of a wrapped label (`4.保护第三方合法权` / `不予公 益`). A label holding a
 * whole row label with nothing around or within it but group-label characters and numbering is that row.
 */
export function withStrayGroupCharacters(leaf: string, rows: RowDef[], groups: GroupDef[]): Match<RowDef> | null {
  const stray = strayCharacters(groups);
  const key = labelKey(leaf);
  const found = longestWhole(rows, (whole) => runsThrough(key, whole, stray));
  return found && found.length < key.length ? { item: found.item, score: STRAY_SCORE } : null;
}

export function matchRow(
  printed: string[],
  rows: RowDef[],
  groups: GroupDef[],
  ctx: { group?: string },
): RowMatch | null {
  if (printed.length === 0) return null;
  const labels = splitGroupPrefix(printed, groups);
  for (const text of labels.slice(0, -1)) {
    const g = bestMatch(text, groups, (x) => x.labels);
    if (g) ctx.group = g.item.key;
  }
  const leaf = labels[labels.length - 1];
  const best = [bestMatch(leaf, rows, (r) => r.labels), withStrayGroupCharacters(leaf, rows, groups)].reduce((a, b) =>
    b && (!a || b.score > a.score) ? b : a,
  );
  const group = bestMatch(leaf, groups, (x) => x.labels);
  if (group && (!best || group.score > best.score)) {
    ctx.group = group.item.key;
    return null;
  }
  if (!best) return null;
  // Rows of another group than the one in force only win on a clearly better label.
  const ranked = rows
    .map((row) => {
      const s = bestScore(leaf, row.labels);
      const foreign = row.group && ctx.group && groups.some((g) => g.key === ctx.group) && row.group !== ctx.group;
      return { row, score: s, rank: foreign ? s * 0.85 : s };
    })
    .sort((a, b) => b.rank - a.rank);
  return { row: ranked[0].row, score: ranked[0].score };
}
