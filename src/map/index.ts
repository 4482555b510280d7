/**
 * The mapper: document blocks in, a MappedReport out — the report's parts, and every printed
 * table cell placed on a canonical key with its raw text (FORMAT.md §2). No values are parsed here.
 */
import type { Block, Result, Warning } from '../../extractors/model.js';
import type { Layout, OtherLayout, TableKey, TemplateVersion } from '../template/index.js';
import { mapActive } from './active.js';
import { assignTables } from './assign.js';
import { mapRequests } from './requests.js';
import { mapReview } from './review.js';
import { findHeadings, sectionsOf } from './sections.js';
import { newSink, type Sink } from './sink.js';
import { findTitle } from './title.js';
import type { MappedReport } from './types.js';
import { detectVersion } from './version.js';

export type * from './types.js';
export { labelScore, labelKey, normalizeText } from './labels.js';

/** （六） as printed: three items give `split`, one row gives `single`; not printed, the version's own form. */
function otherLayout(sink: Sink, version: TemplateVersion): OtherLayout {
  const rows = [...sink.cells, ...sink.glued].filter((c) => c.table === 'requests').map((c) => c.row);
  if (rows.some((r) => r.startsWith('other.'))) return 'split';
  if (rows.includes('other')) return 'single';
  if (sink.otherForm) return sink.otherForm;
  sink.warnings.push({
    code: 'other_layout_unknown',
    message: `（六）其他处理 not found; assumed the ${version} form`,
  });
  return version === '2021' ? 'split' : 'single';
}

/** `blockWarnings`: what the blocks stage noted (a table joined across pages…); each code becomes a reason. */
export function mapReport(blocks: Block[], blockWarnings: Warning[] = []): Result<MappedReport> {
  const headings = findHeadings(blocks);
  const { title, agency, year } = findTitle(blocks);
  const tables = assignTables(blocks, headings);
  const guess = detectVersion(tables.active, year);
  const sink = newSink();
  mapActive(tables.active, guess.version, sink);
  mapRequests(tables.requests, guess.version, sink);
  mapReview(tables.review_litigation, guess.version, sink);

  const tablesFound = (Object.keys(tables) as TableKey[]).filter((k) => tables[k].length > 0);
  const layout: Layout | null = tablesFound.length
    ? { version: guess.version, other: otherLayout(sink, guess.version) }
    : null;
  const reasons = new Set(blockWarnings.map((w) => w.code));
  if (!guess.certain) reasons.add('template_uncertain');
  if (blocks.some((b) => b.kind === 'table' && b.geometry === 'text')) reasons.add('text_only_source');
  const template = guess.certain || year !== null ? guess.version : 'unknown';
  return {
    value: {
      title,
      agency,
      year,
      template,
      layout,
      sections: sectionsOf(blocks, headings),
      tablesFound,
      cells: sink.cells,
      glued: sink.glued,
      unmapped: sink.unmapped,
      reasons: [...reasons],
      warnings: sink.warnings,
    },
    warnings: sink.warnings,
  };
}
