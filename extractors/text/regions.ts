/**
 * Which lines form a table. A table holds at least one line with values; it reaches back over
 * the header lines above it and on over rows, headers and wrapped label pieces until a
 * heading or prose. A heading-like row label (`四、结转下年度继续办理`) whose values were pushed
 * to the next line (a line of values only) stays in the table.
 */
import { isValueCell } from './cells.js';
import type { Line } from './lines.js';

/** Header lines above the first values line, at most (part 三's header with one character per line). */
const MAX_HEADER_LINES = 16;

/** Longer than any numbered row label: a part heading glued to the next table's header (one-line pages). */
const isGluedHeading = (cell: string) => /^[一二三四五六七八九十]{1,2}、/.test(cell) && cell.length > 40;

export interface Region {
  kind: 'table' | 'text';
  lines: Line[];
}

const nextNonBlank = (lines: Line[], from: number) => {
  for (let i = from; i < lines.length; i++) if (lines[i].kind !== 'blank') return lines[i];
  return undefined;
};

/** Whether line i, inside a table, still belongs to it. */
function continuesTable(lines: Line[], i: number): boolean {
  const line = lines[i];
  if (line.kind === 'values') return !isGluedHeading(line.cells[0].text);
  if ( line.kind === 'cells' || line.kind === 'fragment' || line.kind === 'blank') return true;
  const next = nextNonBlank(lines, i + 1);
  return line.kind === 'heading' && next?.kind === 'values' && isValueCell(next.cells[0].text);
}

/** How far above a values line its header reaches: header lines, fragments and single blanks. */
function headerStart(lines: Line[], at: number, floor: number): number {
  let start = at;
  for (let i = at - 1; i >= floor && at - i <= MAX_HEADER_LINES; i--) {
    const kind = lines[i].kind;
    if (kind === 'cells' || kind === 'fragment') start = i;
    else if (kind !== 'blank' || lines[i - 1]?.kind === 'blank') break;
  }
  return start;
}

/** A table's last lines after its last values line, up to a blank, are wrapped label pieces; the rest is text. */
function tableEnd(lines: Line[], start: number, end: number): number {
  let lastValues = start;
  for (let i = start; i < end; i++) if (lines[i].kind === 'values') lastValues = i;
  let stop = lastValues + 1;
  while (stop < end && lines[stop].kind === 'fragment') stop++;
  return stop;
}

export function findRegions(lines: Line[]): Region[] {
  const regions: Region[] = [];
  let textFrom = 0;
  let i = 0;
  while (i < lines.length) {
    if (lines[i].kind !== 'values') {
      i++;
      continue;
    }
    const start = headerStart(lines, i, textFrom);
    let end = i + 1;
    while (end < lines.length && continuesTable(lines, end)) end++;
    end = tableEnd(lines, start, end);
    if (start > textFrom) regions.push({ kind: 'text', lines: lines.slice(textFrom, start) });
    regions.push({ kind: 'table', lines: lines.slice(start, end).filter((l) => l.kind !== 'blank') });
    textFrom = i = end;
  }
  if (textFrom < lines.length) regions.push({ kind: 'text', lines: lines.slice(textFrom) });
  return regions;
}
