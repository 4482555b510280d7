/**
 * Which lines form a table. A table holds at least one line with values; it reaches back over
 * the header lines above it and on over rows, headers and wrapped label pieces until a
 * heading or prose. A heading-like row label (`四、结转下年度继续办理`) whose values were pushed
 * to the next line (a line of values only) stays in the table.
 */
import { isValueCell, startsLabel } from './cells.js';
import { labelStart } from './rows.js';
import type { Line } from './lines.js';
import { CN_NUMERAL, TOP_NUMBERING, cnNumeralValue } from '../../src/lexicon/index.js';
import { ARTICLE_ITEM } from '../../src/template/index.js';

/** Header lines above the first values line, at most (part 三's header with one character per line). */
const MAX_HEADER_LINES = 16;

/** Longer than any numbered row label: a part heading glued to the next table's header (one-line pages). */
const isGluedHeading = (cell: string) => TOP_NUMBERING.test(cell) && cell.length > 40;

export interface Region {
  kind: 'table' | 'text';
  lines: Line[];
}

const nextNonBlank = (lines: Line[], from: number) => lines.slice(from).find((l) => l.kind !== 'blank');

const TOP_ITEM = new RegExp(`^(${CN_NUMERAL})、`);

/** The value of a row's top-level item number (`二、…` → 2), or null (a part heading glued to a header is no row). */
function topNumber(line: Line): number | null {
  const text = line.cells[0]?.text ?? '';
  const m = isGluedHeading(text) ? null : TOP_ITEM.exec(text);
  return m ? cnNumeralValue(m[1]) : null;
}

/**
 * Whether line i carries on the table's own top-level numbering: the last numbered row above
 * it (from `start`) is one or two before it (a vertical group label `三、本年度办理结果` leaves
 * no line of its own), or it is 二、 with none above (the first row printed without its 一、).
 * A part heading after a table continues the report's numbering, not the table's.
 */
function continuesNumbering(lines: Line[], i: number, start: number): boolean {
  const own = topNumber(lines[i]);
  for (let k = i - 1; k >= start; k--) {
    const before = topNumber(lines[k]);
    if (before !== null) return own !== null && own > before && own <= before + 2;
  }
  return own === 2;
}

/**
 * A heading-like row label printed without values (`二、上年结转政府信息公开申请数量` of a blank
 * row): it follows a row of values, continues the table's numbering, and is followed by a
 * numbered row of values (its own items, or the next number, maybe after a vertical group
 * label's character; a part heading is followed by its table's 一、), or ends the table with a
 * heading after it.
 */
function isBlankRowLabel(lines: Line[], i: number, start: number): boolean {
  if (lines[i].kind !== 'heading' || lines[i - 1]?.kind !== 'values' || !continuesNumbering(lines, i, start))
    return false;
  const after = lines[i + 1];
  const nextNumber = after && topNumber(after);
  const numberedNext =
    after?.kind === 'values' &&
    labelStart(after.cells[0]) &&
    (nextNumber === null || nextNumber === topNumber(lines[i])! + 1);
  return numberedNext || (nextNonBlank(lines, i + 1)?.kind === 'heading' && after?.kind === 'blank');
}

/** Whether line i, inside a table starting at `start`, still belongs to it. */
function continuesTable(lines: Line[], i: number, start: number): boolean {
  const line = lines[i];
  if (line.kind === 'values') return !isGluedHeading(line.cells[0].text);
  if (line.kind === 'cells' || line.kind === 'fragment' || line.kind === 'blank') return true;
  const next = nextNonBlank(lines, i + 1);
  return (
    (line.kind === 'heading' && next?.kind === 'values' && isValueCell(next.cells[0].text)) ||
    isBlankRowLabel(lines, i, start)
  );
}

/**
 * `一、本年新收政府信息公开申` right above its numbers (`100 22 20 162`, the label's tail `请数量`
 * below): the table's first row label wrapped around its values, not a part heading, which
 * prose or a header follows.
 */
const isFirstRowLabel = (lines: Line[], i: number, at: number) =>
  at - i === 1 &&
  topNumber(lines[i]) === 1 &&
  !startsLabel(lines[at].cells[0].text) &&
  lines[at + 1]?.kind === 'fragment';

/** How far above a values line its header reaches: header lines, fragments and single blanks. */
function headerStart(lines: Line[], at: number, floor: number): number {
  let start = at;
  for (let i = at - 1; i >= floor && at - i <= MAX_HEADER_LINES; i--) {
    const kind = lines[i].kind;
    if (kind === 'cells' || kind === 'fragment' || isFirstRowLabel(lines, i, at)) start = i;
    else if (kind !== 'blank' || lines[i - 1]?.kind === 'blank') break;
  }
  return start;
}

/** A table's last lines after its last values line, up to a blank, are wrapped label pieces or a blank row's label; the rest is text. */
function tableEnd(lines: Line[], start: number, end: number): number {
  let lastValues = start;
  for (let i = start; i < end; i++) if (lines[i].kind === 'values') lastValues = i;
  let stop = lastValues + 1;
  // Header lines among them belong to a last sub-table printed without values (第二十条第（八）项 /
  // 信息内容 本年收费金额 / 行政事业性收费): kept when a row label ends the run.
  // A single blank line may stand inside (a page break), as above a table's first values.
  // Blank lines may also part the items of part 二: the next item's 第二十条第（N）项 goes on.
  const inRun = (l: Line, k: number) =>
    l.kind === 'cells' ||
    l.kind === 'fragment' ||
    (l.kind === 'blank' && (lines[k + 1]?.kind !== 'blank' || ARTICLE_ITEM.test(nextNonBlank(lines, k)?.text ?? '')));
  let run = stop;
  while (run < end && inRun(lines[run], run)) run++;
  while (run > stop && lines[run - 1].kind === 'blank') run--;
  if (run > stop && lines[run - 1].kind === 'fragment') stop = run;
  while (stop < end && (lines[stop].kind === 'fragment' || isBlankRowLabel(lines, stop, start))) stop++;
  return stop;
}

export function findRegions(lines: Line[]): Region[] {
  const regions: Region[] = [];
  let textFrom = 0;
  for (let i = 0; i < lines.length; i++) {
    // lines before textFrom are in the table just read
    if (i < textFrom || lines[i].kind !== 'values') continue;
    const start = headerStart(lines, i, textFrom);
    let end = i + 1;
    while (end < lines.length && continuesTable(lines, end, start)) end++;
    end = tableEnd(lines, start, end);
    if (start > textFrom) regions.push({ kind: 'text', lines: lines.slice(textFrom, start) });
    regions.push({ kind: 'table', lines: lines.slice(start, end).filter((l) => l.kind !== 'blank') });
    textFrom = end;
  }
  if (textFrom < lines.length) regions.push({ kind: 'text', lines: lines.slice(textFrom) });
  return regions;
}
