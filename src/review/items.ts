/**
 * What a batch's reviewer must look at, one item per line of review.csv: error records, cells
 * that are flagged or in a failed check, and unmapped entries.
 */
import type { NianbaoRecord } from '../record/schema.js';
import { cellReasons, factId, reasonFlags, reasonMessages } from './reasons.js';

export type ReviewKind = 'error' | 'cell' | 'unmapped';

export interface ReviewItem {
  kind: ReviewKind;
  file: string;
  page?: number;
  /** `table.row.col` for a cell; the table (if known) for an unmapped entry; empty for an error. */
  cell: string;
  raw: string;
  value: number | null;
  confidence?: number;
  flags: string[];
  message: string;
}

/** One record's items in record order (facts in template order). */
export function reviewItems(record: NianbaoRecord): ReviewItem[] {
  const file = record.source.file;
  const items: ReviewItem[] = [];
  if (record.error) {
    items.push({
      kind: 'error',
      file,
      cell: '',
      raw: '',
      value: null,
      flags: [`error:${record.error.code}`],
      message: record.error.message,
    });
  }
  const reasons = cellReasons(record);
  for (const fact of record.facts) {
    const why = reasons.get(factId(fact));
    if (!why) continue;
    items.push({
      kind: 'cell',
      file,
      ...(fact.page ? { page: fact.page } : {}),
      cell: factId(fact),
      raw: fact.raw,
      value: fact.value,
      confidence: fact.confidence,
      flags: reasonFlags(why),
      message: reasonMessages(why).join(' | '),
    });
  }
  for (const entry of record.unmapped) {
    items.push({
      kind: 'unmapped',
      file,
      ...(entry.page ? { page: entry.page } : {}),
      cell: entry.table ?? '',
      raw: [entry.label, ...entry.values].join(' '),
      value: null,
      flags: ['unmapped'],
      message: `not in the template: ${entry.label}`,
    });
  }
  return items;
}

const KIND_RANK: Record<ReviewKind, number> = { error: 0, cell: 1, unmapped: 2 };

/**
 * Worst first: error records, then cells by rising confidence, then unmapped entries. The sort is
 * stable, so ties keep batch order (sorted inputs) and template order.
 */
export function worstFirst(items: ReviewItem[]): ReviewItem[] {
  return [...items].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || (a.confidence ?? 1) - (b.confidence ?? 1));
}
