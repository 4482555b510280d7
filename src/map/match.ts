/** Printed header and row labels matched to the template's columns, rows and groups. */
import type { ColumnDef, GroupDef, RowDef } from '../template/index.js';
import { bestMatch, bestScore, type Match } from './labels.js';

/**
 * Header cells that stand above columns without being one (申请人情况 over part 三's columns,
 * 信息内容 over part 二's labels). They must not be taken for a column that resembles them.
 */
export const HEADER_ONLY_LABELS = ['申请人情况', '信息内容', '法人或其他组织'];

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
export function matchRow(
  labels: string[],
  rows: RowDef[],
  groups: GroupDef[],
  ctx: { group?: string },
): RowMatch | null {
  if (labels.length === 0) return null;
  for (const text of labels.slice(0, -1)) {
    const g = bestMatch(text, groups, (x) => x.labels);
    if (g) ctx.group = g.item.key;
  }
  const leaf = labels[labels.length - 1];
  const best = bestMatch(leaf, rows, (r) => r.labels);
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
