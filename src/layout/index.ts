/**
 * Pages of positioned text and ruling lines → paragraphs and tables in reading order.
 * Per page: ruled tables, then the text-alignment fallback on what remains, then paragraphs;
 * the header lines a page break cut from the head of an aligned table carried over to it;
 * then tables cut by page breaks are joined.
 */
import type { Block, SourceDocument } from '../../extractors/model.js';
import type { Result, Warning } from '../core/index.js';
import { alignedTables } from './aligned-tables.js';
import { footHeaderLines, withCarriedHeader } from './header-carry.js';
import { joinAcrossPages, type PageBlock } from './page-join.js';
import { paragraphs } from './paragraphs.js';
import { ruledTables } from './ruled-tables.js';

export function documentBlocks(doc: SourceDocument): Result<Block[]> {
  if (!doc.pages.length) return { value: doc.blocks, warnings: [] };
  const warnings: Warning[] = [];
  const found = doc.pages.map((page) => {
    const ruled = ruledTables(page);
    return { page, ruled, aligned: alignedTables(ruled.rest, page) };
  });
  found.forEach((f, i) => {
    const prev = found[i - 1];
    if (!prev) return;
    const foot = footHeaderLines(prev.aligned.rest, [...prev.ruled.tables, ...prev.aligned.tables]);
    const carried = withCarriedHeader(foot, f.ruled.rest, f.page);
    if (!carried) return;
    f.aligned = carried;
    prev.aligned = { ...prev.aligned, rest: prev.aligned.rest.filter((r) => !foot.includes(r)) };
  });
  const pages = found.map(({ page, ruled, aligned }): PageBlock[] => {
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
