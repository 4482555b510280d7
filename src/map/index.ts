/**
 * The mapper: document blocks in, a MappedReport out — the report's parts, and every printed
 * table cell placed on a canonical key with its raw text (FORMAT.md §2). No values are parsed here.
 */
import type { Block } from '../../extractors/model.js';
import type { Result, Warning } from '../core/index.js';
import {
  PART_TABLES,
  singleOtherLabel,
  tableDef,
  type Layout,
  type OtherLayout,
  type TableKey,
  type TemplateVersion,
} from '../template/index.js';
import { mapActive } from './active.js';
import { assignTables } from './assign.js';
import { mapRequests } from './requests.js';
import { mapReview } from './review.js';
import { findHeadings, sectionsOf } from './sections.js';
import { splitGluedHeadings } from './glued-heading.js';
import { newSink, type Sink } from './sink.js';
import type { MappedReport } from './types.js';
import { detectVersion } from './version.js';
import { findIdentity } from '../identity/index.js';

export type * from './types.js';
export { labelScore, labelKey, normalizeText } from './labels.js';

/** （六） as printed: three items give `split`, one row gives `single`; not printed, the version's own form. */
function otherLayout(sink: Sink, version: TemplateVersion): OtherLayout {
  const requests = PART_TABLES[3];
  const defs = tableDef(version, requests).rows;
  const rows = new Set([...sink.cells, ...sink.glued].filter((c) => c.table === requests).map((c) => c.row));
  const printed = defs.filter((r) => rows.has(r.key)).map((r) => r.otherLayout);
  if (printed.includes('split')) return 'split';
  if (printed.includes('single')) return 'single';
  if (sink.otherForm) return sink.otherForm;
  sink.warnings.push({
    code: 'other_layout_unknown',
    message: `${singleOtherLabel(version)} not found; assumed the ${version} form`,
  });
  return version === '2021' ? 'split' : 'single';
}

/**
 * Whether a table holds the template's labels: one matched well, or several rows matched at all.
 * A table that only sits where one is expected (a budget table under a part's heading, one
 * 收入总计 row faintly like 总计) makes no report.
 */
function holdsTemplateLabels(sink: Sink, table: TableKey): boolean {
  const placed = [...sink.cells, ...sink.glued].filter((c) => c.table === table);
  return placed.some((c) => (c.labelScore ?? 1) >= 0.75) || new Set(placed.map((c) => c.row)).size >= 2;
}

/**
 * `blockWarnings`: what the blocks stage noted (a table joined across pages…); each code becomes a
 * reason. `pageFields`: the page furniture's fields (SourceDocument.pageFields), for the identity.
 */
export function mapReport(
  printed: Block[],
  blockWarnings: Warning[] = [],
  pageFields?: string[],
): Result<MappedReport> {
  const blocks = splitGluedHeadings(printed);
  const headings = findHeadings(blocks);
  const { title, printedTitle, agency, year } = findIdentity(blocks, pageFields);
  const tables = assignTables(blocks, headings);
  const guess = detectVersion(tables.active, year);
  const sink = newSink();
  mapActive(tables.active, guess.version, sink);
  mapRequests(tables.requests, guess.version, sink);
  mapReview(tables.review_litigation, guess.version, sink);

  // A report shows the labels of at least one template table; then every table where one is expected counts.
  const assigned = (Object.keys(tables) as TableKey[]).filter((k) => tables[k].length > 0);
  const tablesFound = assigned.some((k) => holdsTemplateLabels(sink, k)) ? assigned : [];
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
      ...(printedTitle !== title ? { rawTitle: printedTitle } : {}),
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
    },
    warnings: sink.warnings,
  };
}
