/**
 * Which part (二, 三, 四) each table belongs to: the part whose heading stands above it when the
 * table holds any of that part's labels, else the part whose labels it holds most (a heading
 * missed or out of place), else the heading's.
 */
import type { Block, Table } from '../../extractors/model.js';
import { PART_TABLES, TABLE_KEYS, TEMPLATES, tableOfPart, type TableKey } from '../template/index.js';
import { labelKey } from './labels.js';
import { tableText } from './rows.js';
import { partAt, type HeadingHit } from './sections.js';

/** Distinctive labels of each table: its row labels (and part 二's version markers and group labels). */
function keywordsOf(table: TableKey): string[] {
  const words = new Set<string>();
  for (const t of Object.values(TEMPLATES)) {
    const def = t.tables.find((d) => d.key === table)!;
    for (const row of def.rows) row.labels.forEach((l) => words.add(labelKey(l)));
    for (const g of def.groups) g.labels.forEach((l) => words.add(labelKey(l)));
    if (table === PART_TABLES[2]) t.markers.forEach((m) => words.add(labelKey(m)));
  }
  return [...words].filter((w) => w.length >= 2);
}

const KEYWORDS: [TableKey, string[]][] = TABLE_KEYS.map((k) => [k, keywordsOf(k)]);

/** How many of each table's labels the table's text contains. */
function labelHits(table: Table): Map<TableKey, number> {
  const text = labelKey(tableText(table));
  return new Map(KEYWORDS.map(([key, words]) => [key, words.filter((w) => text.includes(w)).length]));
}

/** The table whose labels the text contains most, or null when it contains none. */
function mostHits(hits: Map<TableKey, number>): TableKey | null {
  let best: TableKey | null = null;
  let bestHits = 0;
  for (const [key, n] of hits) if (n > bestHits) [best, bestHits] = [key, n];
  return best;
}

export type Assigned = Record<TableKey, Table[]>;

export function assignTables(blocks: Block[], headings: HeadingHit[]): Assigned {
  const out: Assigned = { active: [], requests: [], review_litigation: [] };
  blocks.forEach((block, i) => {
    if (block.kind !== 'table') return;
    // A part 四 table whose 行政复议 stayed on the page before holds part 三's 总计 and 其他 as well.
    const hits = labelHits(block);
    const underHeading = tableOfPart(partAt(headings, i));
    const key = underHeading && (hits.get(underHeading) ?? 0) > 0 ? underHeading : (mostHits(hits) ?? underHeading);
    if (key) out[key].push(block);
  });
  return out;
}
