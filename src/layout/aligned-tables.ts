/**
 * The fallback for tables drawn without ruling lines: rows from lines of text that hold values
 * set apart by wide gaps, value columns from the x-bands those values occupy, label columns
 * from where label text starts, header rows from the lines just above. Geometry `aligned`:
 * positions are inferred, so later stages trust blanks less.
 */
import type { BBox, Page, TextRun } from '../../extractors/model.js';
import { bodyRows } from './aligned-body.js';
import { alignedGrid } from './aligned-grid.js';
import { headerCells, type HeaderPiece } from './aligned-header.js';
import { centerX, clusterValues, overlapRatio, unionBox } from './geometry.js';
import type { PageTable } from './page-table.js';
import { cellText, groupIntoLines, type Line } from './text-join.js';
import { CN_NUMERAL, LEADING_NUMBERING, isValueText } from '../lexicon/index.js';
import { PART_HEADING_END } from '../template/index.js';
import { isHeaderText } from './header-line.js';

interface Segment {
  runs: TextRun[];
  bbox: BBox;
  text: string;
  value: boolean;
}

/** A gap this many ems wide separates two cells of a line (justified text has none). */
const CELL_GAP_EMS = 1.5;
/** Header cells over narrow columns, and label columns, stand closer: any visible gap separates them. */
const HEADER_GAP_EMS = 0.5;
const MIN_VALUE_ROWS = 2;
const MIN_VALUES_IN_ONE_ROW = 4;
/** Label text must start at an x this often to open a label column (wrapped lines start anywhere). */
const MIN_LABEL_COLUMN_STARTS = 3;
/** How tall a header may be, in ems: stacked vertical words (社/会/公/益/组/织) make headers tall. */
const MAX_HEADER_EMS = 16;

const em = (l: Line) => Math.max(...l.runs.map((r) => r.fontSize));

/** In cramped tables a number may stand closer to its neighbour than a cell gap: any visible gap parts a number from what is beside it. */
const VALUE_GAP_EMS = 0.5;

function apart(prev: TextRun, run: TextRun, gapEms: number): boolean {
  const gap = run.bbox[0] - prev.bbox[2];
  return (
    gap >= gapEms * run.fontSize ||
    (gap >= VALUE_GAP_EMS * run.fontSize && (isValueText(run.text) || isValueText(prev.text)))
  );
}

/** A line cut where its runs are set far apart. */
export function segmentsOf(line: Line, gapEms = CELL_GAP_EMS): Segment[] {
  const out: Segment[] = [];
  for (const run of line.runs) {
    const last = out[out.length - 1];
    if (last && !apart(last.runs[last.runs.length - 1], run, gapEms)) {
      last.runs.push(run);
      last.bbox = unionBox([last.bbox, run.bbox]);
    } else out.push({ runs: [run], bbox: run.bbox, text: '', value: false });
  }
  for (const s of out) {
    s.text = cellText(s.runs);
    s.value = isValueText(s.text);
  }
  return out;
}

/** A line of a table body: a label or value followed, a wide gap away, by values. */
const isValueLine = (segs: Segment[]) => segs.length >= 2 && segs.slice(1).some((s) => s.value);

/** Single characters stacked one per line at one x: a vertical label typed with an ordinary font. */
export function stackSingleCharacters(runs: TextRun[]): TextRun[] {
  // numbers one above the other are a column of values, never a label
  // a piece of a word (LibreOffice cuts lines into runs at the same x) has a neighbour beside it
  const alone = (r: TextRun) =>
    !runs.some(
      (o) =>
        o !== r &&
        overlapRatio(o.bbox[1], o.bbox[3], r.bbox[1], r.bbox[3]) > 0.5 &&
        Math.min(Math.abs(o.bbox[0] - r.bbox[2]), Math.abs(r.bbox[0] - o.bbox[2])) < 0.5 * r.fontSize,
    );
  const single = (r: TextRun) =>
    !r.vertical &&
    !isValueText(r.text) &&
    !/\d/.test(r.text) &&
    [...r.text].length <= 2 &&
    r.bbox[2] - r.bbox[0] <= 2.2 * r.fontSize &&
    alone(r);
  const rest = runs.filter((r) => !single(r));
  const stacks: TextRun[][] = [];
  for (const run of runs.filter(single).sort((a, b) => a.bbox[1] - b.bbox[1])) {
    const stack = stacks.find((s) => {
      const top = s[s.length - 1];
      return (
        Math.abs(top.bbox[0] - run.bbox[0]) <= 1 &&
        run.bbox[1] - top.bbox[3] <= 0.6 * run.fontSize &&
        run.bbox[1] >= top.bbox[1]
      );
    });
    if (stack) stack.push(run);
    else stacks.push([run]);
  }
  for (const s of stacks) {
    if (s.length < 3) rest.push(...s);
    else
      rest.push({ ...s[0], text: s.map((r) => r.text).join(''), bbox: unionBox(s.map((r) => r.bbox)), vertical: true });
  }
  return rest;
}

/** Finds aligned tables among runs no ruled table took; returns them and the runs left over. */
export function alignedTables(runs: TextRun[], page: Page): { tables: PageTable[]; rest: TextRun[] } {
  const stacked = stackSingleCharacters(runs);
  const lines = [
    ...groupIntoLines(stacked.filter((r) => !r.vertical)),
    ...stacked.filter((r) => r.vertical).map((r): Line => ({ runs: [r], bbox: r.bbox, text: r.text })),
  ].sort((a, b) => a.bbox[1] - b.bbox[1]);
  const tables: PageTable[] = [];
  const used = new Set<Line>();
  for (const region of tableRegions(lines)) {
    const table = buildAlignedTable(region, page.number);
    if (!table) continue;
    tables.push(table);
    for (const l of region) used.add(l);
  }
  return { tables, rest: lines.filter((l) => !used.has(l)).flatMap((l) => l.runs) };
}

/** Runs of lines around at least two value lines close together, with the header lines above. */
function tableRegions(lines: Line[]): Line[][] {
  const valueLine = lines.map((l) => !l.runs[0]?.vertical && isValueLine(segmentsOf(l)));
  const regions: Line[][] = [];
  let i = 0;
  while (i < lines.length) {
    if (!valueLine[i]) {
      i++;
      continue;
    }
    // rows whose zeros are blank carry no values: label lines go on until a gap, heading or prose
    let end = i;
    while (end + 1 < lines.length && continuesTable(lines[end + 1], lines[end], lines[i])) end++;
    let start = i;
    while (
      start > 0 &&
      lines[i].bbox[1] - lines[start - 1].bbox[1] <= MAX_HEADER_EMS * em(lines[i]) &&
      isHeaderLine(lines, start - 1)
    )
      start--;
    const valueLines = lines.slice(i, end + 1).filter((_, k) => valueLine[i + k]);
    // one row of many values (part 四) is a table too, and one row under a header the template names (a part 二 item)
    if (
      valueLines.length >= MIN_VALUE_ROWS ||
      segmentsOf(valueLines[0]).filter((s) => s.value).length >= MIN_VALUES_IN_ONE_ROW ||
      lines.slice(start, i).some((l) => isHeaderText(segmentsOf(l, HEADER_GAP_EMS).map((s) => s.text)))
    )
      regions.push(lines.slice(start, end + 1));
    i = end + 1;
  }
  return regions;
}

const SENTENCE_END = /[。；;]$/;
const SECTION_HEADING = new RegExp(`^${CN_NUMERAL}+、.{4,}${PART_HEADING_END}$`);

/** A line right below `above` that still belongs to the table that `first` started. */
function continuesTable(line: Line, above: Line, first: Line): boolean {
  if (line.runs[0]?.vertical) return true;
  if (line.bbox[1] - above.bbox[3] > 2.5 * em(above)) return false;
  if (Math.abs(em(line) - em(first)) > 0.15 * em(first)) return false;
  return !SENTENCE_END.test(line.text) && !SECTION_HEADING.test(line.text);
}

/**
 * The line at `k`, just above the lines from k+1 down, reads as part of their header: no empty
 * band separates them (measured from the lowest bottom above, so a tall vertical header
 * reaching down to the body closes the gap), same size, not prose or a heading.
 */
export function isHeaderLine(lines: Line[], k: number): boolean {
  const line = lines[k],
    below = lines[k + 1];
  const bottom = Math.max(...lines.slice(0, k + 1).map((l) => l.bbox[3]));
  if (below.bbox[1] - bottom > 1.5 * em(line)) return false;
  if (Math.abs(em(line) - em(below)) > 0.15 * em(below)) return false;
  return !SENTENCE_END.test(line.text) && !SECTION_HEADING.test(line.text);
}

/**
 * Where the body starts: at the first row's label (firstRowStart), or higher where label lines
 * stand below the last line of the value columns' header, which are the body's too: the tail of a
 * label the page break cut (请数量 under a repeated header).
 */
function bodyStart(region: Line[], segs: Segment[][], firstBody: number, valueStart: number): number {
  const start = firstRowStart(region, segs, firstBody, valueStart);
  let i = start;
  while (i > 0 && !region[i - 1].runs[0]?.vertical && !reachesValues(segs[i - 1], valueStart)) i--;
  return segs.slice(0, i).some((line) => reachesValues(line, valueStart)) ? i : start;
}

/** A line with text reaching into the value columns. */
const reachesValues = (line: Segment[], valueStart: number) => line.some((s) => s.bbox[2] > valueStart);

/** Lines from `firstBody` back up that only hold a numbered label and its wrap: the first row's label printed above its numbers. */
function firstRowStart(region: Line[], segs: Segment[][], firstBody: number, valueStart: number): number {
  for (let i = firstBody - 1; i >= 0; i--) {
    if (reachesValues(segs[i], valueStart)) break;
    // a vertical group label reaching down beside the numbers is the body's ((四)无法提供 on a continuation page)
    if (region[i].runs[0]?.vertical) {
      if (region[i].bbox[3] > region[firstBody].bbox[3]) continue;
      break;
    }
    // numbers stand level with the middle of their label: a label line reaching down beside them is the row's
    if (LEADING_NUMBERING.test(region[i].text) || region[i].bbox[3] > region[firstBody].bbox[1]) return i;
    if (firstBody - i > 2) break;
  }
  return firstBody;
}

function buildAlignedTable(region: Line[], page: number): PageTable | null {
  const segs = region.map((l) => segmentsOf(l));
  const valueLineAt = segs.findIndex(isValueLine);
  const left = Math.min(...region.map((l) => l.bbox[0]));
  const right = Math.max(...region.map((l) => l.bbox[2]));
  if (!segs.slice(valueLineAt).some((s) => s.some((x) => !x.value)))
    return numbersOnlyTable(region, segs, valueLineAt, left, right, page);
  const values = segs.filter(isValueLine).flatMap((s) => s.slice(1).filter((x) => x.value));
  const labelEnd = Math.min(...values.map((v) => v.bbox[0]));
  const headers = leafHeaders(region.slice(0, valueLineAt)).filter((h) => h.bbox[0] >= labelEnd - 4);
  const centers = valueColumnCenters(values, headers);
  if (!centers.length) return null;
  const pitch = centers.length > 1 ? centers[1] - centers[0] : 2 * (centers[0] - labelEnd);
  const valueStart = Math.max(Math.min(labelEnd - 2, centers[0] - pitch / 2), left + 1);
  const firstBody = bodyStart(region, segs, valueLineAt, valueStart);
  // label columns stand closer than value columns: a group label wrapped narrow beside its items ((三 | 1.属于…)
  const pieces = region.map((l) => segmentsOf(l, HEADER_GAP_EMS));
  // header lines inside the body (信息内容 over a part 二 item) do not open label columns
  const labelLines = pieces.slice(firstBody).filter((s) => !s.some((x) => !x.value && x.bbox[0] >= valueStart - 2));
  const labelBorders = labelColumnStarts(
    labelLines.flatMap((s) => s.filter((x) => !x.value && x.bbox[2] <= labelEnd + 2).map((x) => x.bbox[0])),
  ).filter((x) => x > left + 4 && x < labelEnd - 6);
  const valueBorders = centers.slice(1).map((c, i) => (centers[i] + c) / 2);
  const borders = [
    left,
    ...labelBorders,
    valueStart,
    ...valueBorders,
    Math.max(right, centers[centers.length - 1] + pitch / 2),
  ];
  const columns = borders.slice(0, -1).map((x0, c) => [x0, borders[c + 1]] as const);
  const headerPieces = region.slice(0, firstBody).flatMap((l) =>
    segmentsOf(l, HEADER_GAP_EMS).map((s): HeaderPiece => ({
      runs: s.runs,
      x0: s.bbox[0],
      x1: s.bbox[2],
      y0: s.bbox[1],
      y1: s.bbox[3],
    })),
  );
  const header = headerCells(headerPieces, columns, labelBorders.length + 1);
  const body = bodyRows(region.slice(firstBody), pieces.slice(firstBody), {
    starts: [left, ...labelBorders],
    valueStart,
  });
  return alignedGrid(header, body, columns, labelBorders.length + 1, page);
}

/**
 * A body of numbers only (part 四): no label column, so the first number is a value too and the
 * header spans the whole width. A column left blank shows only its header, so the leaf headers
 * (header words with no header text below them, cut at any visible gap) place columns as well.
 */
function numbersOnlyTable(
  region: Line[],
  segs: Segment[][],
  valueLineAt: number,
  left: number,
  right: number,
  page: number,
): PageTable | null {
  const values = segs.slice(valueLineAt).flat();
  const headerPieces = region.slice(0, valueLineAt).flatMap((l) => segmentsOf(l, HEADER_GAP_EMS));
  const centers = valueColumnCenters(values, leafHeaders(region.slice(0, valueLineAt)));
  if (!centers.length) return null;
  const pitch = centers.length > 1 ? centers[1] - centers[0] : centers[0] - left;
  const borders = [
    Math.min(left, centers[0] - pitch / 2),
    ...centers.slice(1).map((c, i) => (centers[i] + c) / 2),
    Math.max(right, centers[centers.length - 1] + pitch / 2),
  ];
  const columns = borders.slice(0, -1).map((x0, c) => [x0, borders[c + 1]] as const);
  const header = headerCells(
    headerPieces.map((s): HeaderPiece => ({
      runs: s.runs,
      x0: s.bbox[0],
      x1: s.bbox[2],
      y0: s.bbox[1],
      y1: s.bbox[3],
    })),
    columns,
    0,
  );
  const body = bodyRows(region.slice(valueLineAt), segs.slice(valueLineAt), { starts: [], valueStart: columns[0][0] });
  return alignedGrid(header, body, columns, 0, page);
}

/**
 * Header words with no header text below them, cut at any visible gap: the bottom of each
 * column's header. Cut at a cell gap instead, narrow neighbours (社会公 | 法律服) run together
 * and a column of blank zeros loses the header that places it.
 */
function leafHeaders(headerLines: Line[]): Segment[] {
  const pieces = headerLines.flatMap((l) => segmentsOf(l, HEADER_GAP_EMS));
  return pieces.filter(
    (h) =>
      !pieces.some(
        (o) => o.bbox[1] >= h.bbox[3] - 1 && Math.min(o.bbox[2], h.bbox[2]) > Math.max(o.bbox[0], h.bbox[0]),
      ),
  );
}

/**
 * Centres of the value columns: where values stand, and where narrow header cells stand away
 * from every value column (a column of blank zeros shows only its header). Wide headers span
 * columns and are left out.
 */
function valueColumnCenters(values: Segment[], headers: Segment[]): number[] {
  const valueCenters = clusterValues(
    values.map((v) => centerX(v.bbox)),
    4,
  );
  const gaps = valueCenters
    .slice(1)
    .map((c, i) => c - valueCenters[i])
    .sort((a, b) => a - b);
  const pitch = gaps.length ? gaps[0] : Infinity;
  // a header over a column that has values adds nothing (values may sit left or right in it)
  const leaves = headers
    .filter((h) => h.bbox[2] - h.bbox[0] <= 1.3 * pitch)
    .map((h) => centerX(h.bbox))
    .filter((x) => valueCenters.every((c) => Math.abs(c - x) > 0.4 * pitch));
  return clusterValues([...valueCenters, ...leaves], Math.min(0.35 * pitch, 12));
}

/** Where label columns start: x positions where several labels begin. */
function labelColumnStarts(starts: number[]): number[] {
  return clusterValues(starts, 4).filter(
    (x) => starts.filter((s) => Math.abs(s - x) <= 4).length >= MIN_LABEL_COLUMN_STARTS,
  );
}
