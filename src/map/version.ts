/** The template version, from part 二's column headers (FORMAT.md §1), else from the year. */
import type { Table } from '../../extractors/model.js';
import { TEMPLATES, type TemplateVersion } from '../template/index.js';
import { labelKey } from './labels.js';
import { tableText } from './rows.js';

export interface VersionGuess {
  version: TemplateVersion;
  /** False when no part 二 marker decided it (the year did, or nothing did). */
  certain: boolean;
}

export function detectVersion(activeTables: Table[], year: number | null): VersionGuess {
  const text = labelKey(activeTables.map(tableText).join('\n'));
  let best: TemplateVersion | null = null;
  let bestHits = 0;
  for (const t of Object.values(TEMPLATES)) {
    const hits = t.markers.filter((m) => text.includes(labelKey(m))).length;
    if (hits > bestHits) [best, bestHits] = [t.version, hits];
  }
  if (best) return { version: best, certain: true };
  return { version: year !== null && year <= 2020 ? '2019' : '2021', certain: false };
}
