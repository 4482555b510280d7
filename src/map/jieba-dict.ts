/**
 * Builds src/map/jieba/domain.dict.utf8 from nodejieba's full dictionary and the template's
 * labels (`npm run jieba-dict` writes it; tests/jieba-dict.test.ts fails when it is stale).
 *
 * Jieba picks the most probable path through the dictionary words found in a text, each word
 * weighing log(freq / total), a character in no word the least weight. Keeping every word whose
 * characters all occur in some label key, the same total and the same least frequency leaves the
 * cut of any text made of those characters unchanged.
 */
import { TEMPLATES } from '../template/index.js';
import { labelKey } from './labels.js';

/** Filler words: 【 and 】 never reach jieba (labelKey drops them), so these never match. */
const FILLER_TOTAL = '【】';
const FILLER_LEAST = '【【】】';

/** The comparison form of every label, column group label and group label of every template. */
export function templateLabelKeys(): string[] {
  const labels = new Set<string>();
  for (const template of Object.values(TEMPLATES)) {
    for (const table of template.tables) {
      for (const col of table.columns) [...col.labels, ...(col.groupLabels ?? [])].forEach((l) => labels.add(l));
      for (const row of table.rows) row.labels.forEach((l) => labels.add(l));
      for (const group of table.groups) group.labels.forEach((l) => labels.add(l));
    }
  }
  return [...new Set([...labels].map(labelKey))].filter(Boolean).sort();
}

/** The domain dictionary's text, from the full dictionary's text (lines `word freq tag`). */
export function domainDictionary(fullDictionary: string): string {
  const alphabet = new Set(templateLabelKeys().flatMap((k) => [...k]));
  const kept: string[] = [];
  let total = 0;
  let keptTotal = 0;
  let least = Infinity;
  for (const line of fullDictionary.split('\n')) {
    if (!line) continue;
    const [word, freq] = line.split(' ');
    const n = Number(freq);
    total += n;
    least = Math.min(least, n);
    if ([...word].every((ch) => alphabet.has(ch))) {
      kept.push(line);
      keptTotal += n;
    }
  }
  kept.push(`${FILLER_LEAST} ${least} x`, `${FILLER_TOTAL} ${total - keptTotal - least} x`);
  return kept.join('\n') + '\n';
}
