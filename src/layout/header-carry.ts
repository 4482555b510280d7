/**
 * The header of a table drawn without lines, cut by a page break: its first lines close page N
 * (no number among them, so no table there), its last lines and the body open page N+1. The
 * header lines left at the foot of page N are carried to the head of page N+1, where the aligned
 * layout reads them with the rest of the header; they stay on page N when it does not take them.
 */
import type { Page, TextRun } from '../../extractors/model.js';
import { alignedTables, isHeaderLine, segmentsOf } from './aligned-tables.js';
import type { PageTable } from './page-table.js';
import { groupIntoLines } from './text-join.js';
import { unionBox } from './geometry.js';

type Aligned = { tables: PageTable[]; rest: TextRun[] };

/**
 * The runs of the last lines of `rest` below every table of the page, read upward while each
 * line could be a header line of the one below it (close, same size, no prose, no heading),
 * most of them cut into cells.
 */
export function footHeaderLines(rest: TextRun[], tables: PageTable[]): TextRun[] {
  const below = Math.max(0, ...tables.map((t) => t.bbox[3]));
  const lines = groupIntoLines(rest.filter((r) => r.bbox[1] >= below));
  if (!lines.length) return [];
  let start = lines.length - 1;
  while (start > 0 && isHeaderLine(lines, start - 1)) start--;
  const foot = lines.slice(start);
  // a header sets its words apart in cells; closing lines of prose (a signature, a date) do not
  if (foot.filter((l) => segmentsOf(l).length >= 2).length * 2 < foot.length) return [];
  return foot.flatMap((l) => l.runs);
}

/**
 * Page N+1's aligned tables with `foot` (page N's foot lines) set one line above its first
 * text, when its first table then takes every one of them; undefined otherwise.
 */
export function withCarriedHeader(foot: TextRun[], runs: TextRun[], page: Page): Aligned | undefined {
  if (!foot.length || !runs.length) return undefined;
  const footBox = unionBox(foot.map((r) => r.bbox));
  const top = Math.min(...runs.map((r) => r.bbox[1]));
  const em = Math.max(...foot.map((r) => r.fontSize));
  const dy = top - 0.5 * em - footBox[3];
  const carried = foot.map((r): TextRun => ({ ...r, bbox: [r.bbox[0], r.bbox[1] + dy, r.bbox[2], r.bbox[3] + dy] }));
  const aligned = alignedTables([...carried, ...runs], page);
  const first = aligned.tables.sort((a, b) => a.bbox[1] - b.bbox[1])[0];
  if (!first || carried.some((r) => aligned.rest.includes(r)) || first.bbox[1] > footBox[1] + dy + 0.5)
    return undefined;
  return aligned;
}
