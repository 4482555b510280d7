/** A record (and its source, when found) → the review page. */
import type { Result, Warning } from '../core/index.js';
import type { NianbaoRecord } from '../record/schema.js';
import type { TableKey } from '../template/index.js';
import { reviewHtml } from './html.js';
import { factRegions } from './regions.js';
import type { RegionImage } from './render-pdf.js';
import { sourceNote, type SourceStatus } from './source.js';
import { tableViews } from './view.js';

export async function reviewPage(record: NianbaoRecord, source: SourceStatus): Promise<Result<string>> {
  const tables = tableViews(record);
  const images = new Map<TableKey, RegionImage[]>();
  const warnings: Warning[] = [];
  const note = sourceNote(source, record.source.format);
  if (source.status === 'found' && note === null) {
    // pdf.js and the canvas load only for a page that shows PDF images.
    const { renderRegions } = await import('./render-pdf.js');
    for (const table of tables) {
      const rendered = await renderRegions(source.bytes, factRegions(table.facts));
      images.set(table.key, rendered.value);
      warnings.push(...rendered.warnings);
    }
  }
  return { value: reviewHtml({ record, tables, images, sourceNote: note }), warnings };
}
