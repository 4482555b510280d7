/**
 * Pages of positioned text and ruling lines → paragraphs and tables in reading order.
 * Per page: ruled tables, then the text-alignment fallback on what remains, then paragraphs;
 * then tables cut by page breaks are joined.
 */
import type { Block, SourceDocument } from '../../extractors/model.js';
import type { Result, Warning } from '../core/index.js';
import { alignedTables } from './aligned-tables.js';
import { joinAcrossPages, type PageBlock } from './page-join.js';
import { paragraphs } from './paragraphs.js';
import { ruledTables } from './ruled-tables.js';

export function documentBlocks(doc: SourceDocument): Result<Block[]> {
  if (!doc.pages.length) return { value: doc.blocks, warnings: [] };
  const warnings: Warning[] = [];
  const pages = doc.pages.map((page): PageBlock[] => {
    const ruled = ruledTables(page);
    const aligned = alignedTables(ruled.rest, page);
    const blocks: PageBlock[] = [
      ...[...ruled.tables, ...aligned.tables].map((t): PageBlock => ({ top: t.bbox[1], table: t })),
      ...paragraphs(aligned.rest, page).map((p): PageBlock => ({ top: p.bbox![1], paragraph: p })),
    ];
    return blocks.sort((a, b) => a.top - b.top);
  });
  const joined = joinAcrossPages(pages);
  warnings.push(...joined.warnings);
  return { value: joined.value, warnings };
}
