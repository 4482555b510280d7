/**
 * Which part of which source page shows a table: per page, the union of its facts' bboxes,
 * widened to the page's width (the row labels sit left of the numbers) and a little above
 * (the column headers).
 */
import type { Fact } from '../record/schema.js';

export type Box = [number, number, number, number];

export interface Region {
  page: number;
  /** Union of the facts' bboxes in PDF points, top-left origin. */
  bbox: Box;
}

/** One region per page holding facts with a bbox, in page order. */
export function factRegions(facts: Fact[]): Region[] {
  const byPage = new Map<number, Box>();
  for (const f of facts) {
    if (!f.page || !f.bbox) continue;
    const b = byPage.get(f.page);
    byPage.set(
      f.page,
      b
        ? [Math.min(b[0], f.bbox[0]), Math.min(b[1], f.bbox[1]), Math.max(b[2], f.bbox[2]), Math.max(b[3], f.bbox[3])]
        : [...f.bbox],
    );
  }
  return [...byPage.entries()].sort((a, b) => a[0] - b[0]).map(([page, bbox]) => ({ page, bbox }));
}

/** Points above the first value row kept for the header, and below the last. */
const HEADER_ROOM = 90;
const FOOT_ROOM = 8;

/** The clip to render: full page width, the region's rows plus header room, inside the page. */
export function clipOf(region: Region, page: { width: number; height: number }): Box {
  return [0, Math.max(0, region.bbox[1] - HEADER_ROOM), page.width, Math.min(page.height, region.bbox[3] + FOOT_ROOM)];
}
