/** Which part (二, 三, 四) each table belongs to: by its content, else by the heading above it. */
import type { Block, Table } from '../../extractors/model.js';
import { TEMPLATES, type TableKey } from '../template/index.js';
import { labelKey } from './labels.js';
import { tableText } from './rows.js';
import { partAt, type HeadingHit } from './sections.js';

const PART_TABLE: Record<number, TableKey> = { 2: 'active', 3: 'requests', 4: 'review_litigation' };

/** Distinctive labels of each table: its row labels (and part 二's version markers and group labels). */
function keywordsOf(table: TableKey): string[] {
  const words = new Set<string>();
  for (const t of Object.values(TEMPLATES)) {
    const def = t.tables.find((d) => d.key === table)!;
    for (const row of def.rows) row.labels.forEach((l) => words.add(labelKey(l)));
    for (const g of def.groups) g.labels.forEach((l) => words.add(labelKey(l)));
    if (table === 'active') t.markers.forEach((m) => words.add(labelKey(m)));
  }
  return [...words].filter((w) => w.length >= 2);
}

const KEYWORDS: [TableKey, string[]][] = (['active', 'requests', 'review_litigation'] as TableKey[]).map((k) => [k, keywordsOf(k)]);

/** The table whose labels the text contains most, or null when it contains none. */
export function classifyTable(table: Table): TableKey | null {
  const text = labelKey(tableText(table));
  let best: TableKey | null = null;
  let bestHits = 0;
  for (const [key, words] of KEYWORDS) {
    const hits = words.filter((w) => text.includes(w)).length;
    if (hits > bestHits) [best, bestHits] = [key, hits];
  }
  return best;
}

export type Assigned = Record<TableKey, Table[]>;

export function assignTables(blocks: Block[], headings: HeadingHit[]): Assigned {
  const out: Assigned = { active: [], requests: [], review_litigation: [] };
  blocks.forEach((block, i) => {
    if (block.kind !== 'table') return;
    const key = classifyTable(block) ?? PART_TABLE[partAt(headings, i)];
    if (key) out[key].push(block);
  });
  return out;
}
