/**
 * The fallback for tables drawn without ruling lines: rows from lines of text that hold values
 * set apart by wide gaps, value columns from the x-bands those values occupy, label columns
 * from where label text starts, header rows from the lines just above. Geometry `aligned`:
 * positions are inferred, so later stages trust blanks less.
 */
import type { BBox, Page, Table, TableCell, TextRun } from '../../extractors/model.js';
import { splitAtCellBorders } from './assign.js';
import { centerX, centerY, clusterValues, unionBox } from './geometry.js';
import type { PageTable } from './page-table.js';
import { cellText, groupIntoLines, lastLineFilled, type Line } from './text-join.js';
import { isValueText } from './value-text.js';

interface Segment {
  runs: TextRun[];
  bbox: BBox;
  text: string;
  value: boolean;
}

interface Row {
  lines: Line[];
  segments: Segment[];
  bbox: BBox;
}

/** A gap this many ems wide separates two cells of a line (justified text has none). */
const CELL_GAP_EMS = 1.5;
/** Header cells over narrow columns stand closer: any visible gap separates them. */
const HEADER_GAP_EMS = 0.5;
const MIN_VALUE_ROWS = 2;
const MIN_VALUES_IN_ONE_ROW = 4;
/** Label text must start at an x this often to open a label column (wrapped lines start anywhere). */
const MIN_LABEL_COLUMN_STARTS = 3;
const MAX_HEADER_LINES = 8;

const em = (l: Line) => Math.max(...l.runs.map((r) => r.fontSize));

/** A line cut where its runs are set far apart. */
export function segmentsOf(line: Line, gapEms = CELL_GAP_EMS): Segment[] {
  const out: Segment[] = [];
  for (const run of line.runs) {
    const last = out[out.length - 1];
    if (last && run.bbox[0] - last.bbox[2] < gapEms * run.fontSize) {
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
  const single = (r: TextRun) => !r.vertical && !isValueText(r.text) && !/\d/.test(r.text) && [...r.text].length <= 2 && r.bbox[2] - r.bbox[0] <= 2.2 * r.fontSize;
  const rest = runs.filter((r) => !single(r));
  const stacks: TextRun[][] = [];
  for (const run of runs.filter(single).sort((a, b) => a.bbox[1] - b.bbox[1])) {
    const stack = stacks.find((s) => {
      const top = s[s.length - 1];
      return Math.abs(top.bbox[0] - run.bbox[0]) <= 1 && run.bbox[1] - top.bbox[3] <= 0.6 * run.fontSize && run.bbox[1] >= top.bbox[1];
    });
    if (stack) stack.push(run);
    else stacks.push([run]);
  }
  for (const s of stacks) {
    if (s.length < 3) rest.push(...s);
    else rest.push({ ...s[0], text: s.map((r) => r.text).join(''), bbox: unionBox(s.map((r) => r.bbox)), vertical: true });
  }
  return rest;
}

/** Finds aligned tables among runs no ruled table took; returns them and the runs left over. */
export function alignedTables(runs: TextRun[], page: Page): { tables: PageTable[]; rest: TextRun[] } {
  const stacked = stackSingleCharacters(runs);
  const lines = [...groupIntoLines(stacked.filter((r) => !r.vertical)), ...stacked.filter((r) => r.vertical).map((r): Line => ({ runs: [r], bbox: r.bbox, text: r.text }))].sort(
    (a, b) => a.bbox[1] - b.bbox[1],
  );
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
    while (start > 0 && i - start < MAX_HEADER_LINES && isHeaderLine(lines[start - 1], lines[start])) start--;
    const valueLines = lines.slice(i, end + 1).filter((_, k) => valueLine[i + k]);
    // one row of many values (part 四) is a table too
    if (valueLines.length >= MIN_VALUE_ROWS || segmentsOf(valueLines[0]).filter((s) => s.value).length >= MIN_VALUES_IN_ONE_ROW) regions.push(lines.slice(start, end + 1));
    i = end + 1;
  }
  return regions;
}

const SENTENCE_END = /[。；;]$/;
const SECTION_HEADING = /^[一二三四五六七八九十]+、.{4,}情况$/;

/** A line right below `above` that still belongs to the table that `first` started. */
function continuesTable(line: Line, above: Line, first: Line): boolean {
  if (line.runs[0]?.vertical) return true;
  if (line.bbox[1] - above.bbox[3] > 2.5 * em(above)) return false;
  if (Math.abs(em(line) - em(first)) > 0.15 * em(first)) return false;
  return !SENTENCE_END.test(line.text) && !SECTION_HEADING.test(line.text);
}

/** A line just above a table that reads as part of its header, not as prose or a heading. */
function isHeaderLine(line: Line, below: Line): boolean {
  if (below.bbox[1] - line.bbox[3] > 1.5 * em(line)) return false;
  if (Math.abs(em(line) - em(below)) > 0.15 * em(below)) return false;
  return !SENTENCE_END.test(line.text) && !SECTION_HEADING.test(line.text);
}

function buildAlignedTable(region: Line[], page: number): PageTable | null {
  const segs = region.map((l) => segmentsOf(l));
  const firstBody = segs.findIndex(isValueLine);
  const values = segs.filter(isValueLine).flatMap((s) => s.slice(1).filter((x) => x.value));
  const labelEnd = Math.min(...values.map((v) => v.bbox[0]));
  const headers = segs.slice(0, firstBody).flat().filter((h) => h.bbox[0] >= labelEnd - 4);
  const centers = valueColumnCenters(values, headers);
  if (!centers.length) return null;
  const left = Math.min(...region.map((l) => l.bbox[0]));
  const right = Math.max(...region.map((l) => l.bbox[2]));
  const labelBorders = labelColumnStarts(segs.slice(firstBody).flatMap((s) => s.filter((x) => !x.value && x.bbox[2] <= labelEnd + 2).map((x) => x.bbox[0]))).filter(
    (x) => x > left + 4 && x < labelEnd - 6,
  );
  const pitch = centers.length > 1 ? centers[1] - centers[0] : 2 * (centers[0] - labelEnd);
  const firstValueBorder = Math.min(labelEnd - 2, centers[0] - pitch / 2);
  const valueBorders = centers.slice(1).map((c, i) => (centers[i] + c) / 2);
  const borders = [left, ...labelBorders, Math.max(firstValueBorder, left + 1), ...valueBorders, Math.max(right, centers[centers.length - 1] + pitch / 2)];
  const itemStart = labelBorders.length ? labelBorders[labelBorders.length - 1] : left;
  const headerSegs = segs.map((line, i) => (i < firstBody ? segmentsOf(region[i], HEADER_GAP_EMS) : line));
  return gridFromRows(rowsOf(region, headerSegs, firstBody, itemStart, labelEnd), borders, labelBorders.length + 1, page);
}

/**
 * Centres of the value columns: where values stand, and where narrow header cells stand away
 * from every value column (a column of blank zeros shows only its header). Wide headers span
 * columns and are left out.
 */
function valueColumnCenters(values: Segment[], headers: Segment[]): number[] {
  const valueCenters = clusterValues(values.map((v) => centerX(v.bbox)), 4);
  const gaps = valueCenters.slice(1).map((c, i) => c - valueCenters[i]).sort((a, b) => a - b);
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
  return clusterValues(starts, 4).filter((x) => starts.filter((s) => Math.abs(s - x) <= 4).length >= MIN_LABEL_COLUMN_STARTS);
}

/**
 * Header lines each make a row. In the body a value line makes a row; a label line with no
 * values makes a row of blanks unless it wraps on from the line above or onto the line below
 * (its label fills the label area); lines holding only a group label or a vertical label join
 * the nearest row.
 */
function rowsOf(region: Line[], segs: Segment[][], firstBody: number, itemStart: number, labelEnd: number): Row[] {
  const rows: Row[] = region.slice(0, firstBody).map((l, i) => ({ lines: [l], segments: segs[i], bbox: l.bbox }));
  const body: Row[] = [];
  const floating: number[] = [];
  const itemLabel = (i: number) => segs[i].find((x) => !x.value && x.bbox[0] >= itemStart - 2 && x.bbox[2] <= labelEnd + 2);
  const fills = (i: number) => {
    const label = itemLabel(i);
    return !!label && label.bbox[2] >= labelEnd - 2.5 * em(region[i]);
  };
  let last = -1; // index of the last line placed in a body row
  let lastRowHasValues = false;
  for (let i = firstBody; i < region.length; i++) {
    const valueLine = isValueLine(segs[i]);
    if (!valueLine && (region[i].runs[0]?.vertical || !itemLabel(i))) {
      floating.push(i);
      continue;
    }
    const row = body[body.length - 1];
    const wrapsOn = row && last >= 0 && fills(last) && !(valueLine && lastRowHasValues);
    if (wrapsOn) {
      row.lines.push(region[i]);
      row.segments.push(...segs[i]);
      row.bbox = unionBox([row.bbox, region[i].bbox]);
      lastRowHasValues ||= valueLine;
    } else {
      body.push({ lines: [region[i]], segments: [...segs[i]], bbox: region[i].bbox });
      lastRowHasValues = valueLine;
    }
    last = i;
  }
  for (const i of floating) {
    const y = centerY(region[i].bbox);
    const nearest = body.reduce((best, r) => (Math.abs(centerY(r.bbox) - y) < Math.abs(centerY(best.bbox) - y) ? r : best), body[0]);
    nearest.lines.push(region[i]);
    nearest.segments.push(...segs[i]);
  }
  return [...rows, ...body];
}

/**
 * Cells from each row's segments. A label segment goes whole to the label column where it
 * starts (a label running across the label columns is one label); values, and text reaching
 * into the value columns (headers), go to the column under their centre; value runs crossing
 * a border are cut there.
 */
function gridFromRows(rows: Row[], borders: number[], labelColumns: number, page: number): PageTable {
  const columns = borders.slice(0, -1).map((x0, c) => [x0, borders[c + 1]] as const);
  const columnAt = (x: number) => {
    let c = 0;
    while (c + 1 < columns.length && x >= columns[c + 1][0] - 2) c++;
    return c;
  };
  const cells: TableCell[] = [];
  const filled = new Set<TableCell>();
  let top = Math.min(...rows.map((r) => r.bbox[1]));
  rows.forEach((row, r) => {
    const bottom = Math.max(...row.segments.map((s) => s.bbox[3]));
    const colBoxes = columns.map(([x0, x1]): BBox => [x0, top, x1, Math.max(bottom, top + 1)]);
    const runsOf = columns.map(() => [] as TextRun[]);
    for (const seg of row.segments) {
      const start = columnAt(seg.bbox[0]);
      const withinLabels = seg.bbox[2] <= borders[labelColumns] + 2;
      if (start < labelColumns && withinLabels && !seg.value) runsOf[start].push(...seg.runs);
      else if (!seg.runs.some((run) => isValueText(run.text))) runsOf[columnAt(centerX(seg.bbox))].push(...seg.runs); // a header word stays whole
      else for (const run of seg.runs) for (const piece of splitAtCellBorders(run, colBoxes)) runsOf[columnAt(centerX(piece.bbox))].push(piece);
    }
    for (let c = 0; c < columns.length; ) {
      // a label cell spans the empty label columns to its right
      let span = 1;
      while (c < labelColumns && c + span < labelColumns && runsOf[c].length && !runsOf[c + span].length) span++;
      const bbox: BBox = [columns[c][0], top, columns[c + span - 1][1], colBoxes[c][3]];
      const cell: TableCell = { row: r, col: c, rowSpan: 1, colSpan: span, text: cellText(runsOf[c]), page, bbox };
      cells.push(cell);
      if (lastLineFilled(runsOf[c], bbox[2])) filled.add(cell);
      c += span;
    }
    top = bottom;
  });
  const table: Table = { kind: 'table', geometry: 'aligned', nRows: rows.length, nCols: columns.length, cells, pages: [page] };
  const bbox = unionBox(rows.map((r) => r.bbox));
  return { table, bbox: [borders[0], bbox[1], borders[borders.length - 1], bbox[3]], xs: borders, openTop: new Set(), openBottom: new Set(), filled };
}
