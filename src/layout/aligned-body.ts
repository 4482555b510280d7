/**
 * The body of a table drawn without lines, as rows: a row starts where a label starts (an item
 * number, or a line after a label that did not wrap) and takes the wrapped lines of its label
 * and the numbers printed beside any of them; group labels (left of the item column, often
 * vertical) span the rows beside them.
 */
import type { BBox, TextRun } from '../../extractors/model.js';
import { centerX, centerY, unionBox } from './geometry.js';
import { isHeaderText, isRowLabelText, startsRowLabel } from './header-line.js';
import { cellText, type Line } from './text-join.js';
import { LEADING_NUMBERING } from '../lexicon/index.js';

export interface Piece {
  runs: TextRun[];
  bbox: BBox;
  value: boolean;
}

export interface BodyRow {
  /** Label column where the row's own label starts (it spans to the last label column). */
  labelCol: number;
  label: TextRun[];
  values: TextRun[];
  /** Text over the value columns that is not a number: a header line inside the table. */
  inner: Piece[];
  bbox: BBox;
  /** The last line of the label fills the label column: the label may go on below. */
  wraps: boolean;
  /** It reaches the right border within an em: it may go on below numbers printed beside its first line (a row cut by a page break). */
  full: boolean;
  /** Room left on the label's last line before the widest label line ends. */
  room: number;
}

export interface GroupLabel {
  col: number;
  row0: number;
  row1: number;
  runs: TextRun[];
}

/** Where the label columns start (x, ascending), and where the value columns start. */
export interface LabelFrame {
  starts: number[];
  valueStart: number;
}

const em = (runs: TextRun[]) => Math.max(...runs.map((r) => r.fontSize));
const itemStart = (f: LabelFrame) => f.starts[f.starts.length - 1];
const columnOf = (f: LabelFrame, x: number) => Math.max(0, f.starts.filter((s) => x >= s - 2).length - 1);

interface LineParts {
  leaf: Piece[];
  values: Piece[];
  inner: Piece[];
  groups: { col: number; piece: Piece }[];
}

/** One line's pieces sorted into the row's own label, its values, group labels and inner headers. */
function lineParts(line: Line, pieces: Piece[], f: LabelFrame): LineParts {
  const out: LineParts = { leaf: [], values: [], inner: [], groups: [] };
  if (line.runs[0]?.vertical) {
    out.groups.push({ col: columnOf(f, line.bbox[0]), piece: { runs: line.runs, bbox: line.bbox, value: false } });
    return out;
  }
  for (const p of pieces) {
    if (p.value && centerX(p.bbox) >= f.valueStart - 2) out.values.push(p);
    else if (p.bbox[0] >= f.valueStart - 2) out.inner.push(p);
    else if (p.bbox[0] >= itemStart(f) - 2 || p.bbox[2] > itemStart(f) + em(p.runs)) out.leaf.push(p);
    else out.groups.push({ col: columnOf(f, p.bbox[0]), piece: p });
  }
  // a short numbered label left of the item column beside numbers is a row's own label ((七)总计),
  // and so is a whole row label printed without its number (总计 under a blank （六）其他处理);
  // a bare number ((五) over 不予处理) starts a group label, level with numbers of the item beside it
  const own = out.groups.filter((g) => {
    const text = cellText(g.piece.runs);
    return (LEADING_NUMBERING.test(text) && text.replace(LEADING_NUMBERING, '').trim()) || isRowLabelText(text);
  });
  if (out.values.length && !out.leaf.length && own.length) {
    out.leaf.push(own[own.length - 1].piece);
    out.groups = out.groups.filter((g) => g !== own[own.length - 1]);
  }
  return out;
}

/** A header line inside the body: its text over the value columns is their header, the rest the label's. */
function headerParts(pieces: Piece[], f: LabelFrame): LineParts {
  const over = pieces.filter((p) => centerX(p.bbox) >= f.valueStart - 2);
  return { leaf: pieces.filter((p) => !over.includes(p)), values: [], inner: over, groups: [] };
}

const isBodyHeader = (line: Line, pieces: Piece[]) =>
  !line.runs[0]?.vertical && !pieces.some((p) => p.value) && isHeaderText(pieces.map((p) => cellText(p.runs)));

/** Body lines → rows, and the group labels spanning them. */
export function bodyRows(lines: Line[], pieces: Piece[][], f: LabelFrame): { rows: BodyRow[]; groups: GroupLabel[] } {
  const header = lines.map((l, i) => isBodyHeader(l, pieces[i]));
  const parts = lines.map((l, i) => (header[i] ? headerParts(pieces[i], f) : lineParts(l, pieces[i], f)));
  // header lines (a centred 第二十条第（N）项) do not set how wide labels run before they wrap
  const leafRight = Math.max(...parts.filter((_, i) => !header[i]).flatMap((p) => p.leaf.map((x) => x.bbox[2])));
  // labels starting in one column end at one border: the widest of them shows where
  const rightOf = (col: number) =>
    Math.max(
      ...parts
        .filter((p, i) => !header[i] && p.leaf.length && columnOf(f, unionBox(p.leaf.map((x) => x.bbox))[0]) === col)
        .flatMap((p) => p.leaf.map((x) => x.bbox[2])),
    );
  const rows: BodyRow[] = [];
  const groupPieces: { col: number; piece: Piece }[] = [];
  let cur: BodyRow | undefined;
  const box = (xs: Piece[]) => unionBox(xs.map((x) => x.bbox));
  parts.forEach((p, i) => {
    if (cur && wrapsBack(cur, p)) {
      p.leaf.push(...p.groups.map((g) => g.piece));
      p.groups = [];
    } else if (ownsNumbers(cur, p)) {
      const own = p.groups.reduce((a, b) => (b.col > a.col ? b : a));
      p.leaf.push(own.piece);
      p.groups = p.groups.filter((g) => g !== own);
    }
    groupPieces.push(...p.groups);
    const leafRuns = p.leaf.flatMap((x) => x.runs);
    if (header[i] || (p.inner.length && !p.values.length)) {
      rows.push({
        labelCol: p.leaf.length ? columnOf(f, box(p.leaf)[0]) : f.starts.length - 1,
        label: leafRuns,
        values: [],
        inner: p.inner,
        bbox: box([...p.leaf, ...p.inner]),
        wraps: false,
        full: false,
        room: 0,
      });
      cur = undefined;
      return;
    }
    if (!p.leaf.length && !p.values.length) return;
    const numbered = p.leaf.length > 0 && LEADING_NUMBERING.test(cellText(leafRuns));
    const startsRow =
      !cur ||
      (p.leaf.length > 0 &&
        cur.label.length > 0 &&
        (numbered ||
          !cur.wraps ||
          wouldHaveFit(cur, leafRuns) ||
          // each line a whole row label of the template: two rows of blank zeros, not one wrapped label
          (isRowLabelText(cellText(cur.label)) && isRowLabelText(cellText(leafRuns))) ||
          ((!cur.full || numbersFollow(parts, i)) &&
            labelDone(cur, box(p.leaf)) &&
            // numbers printed level with a label's first line: the rest of a template label still reads on
            !(!p.values.length && startsRowLabel(cellText([...cur.label, ...leafRuns])))))) ||
      (p.values.length > 0 && cur.values.length > 0);
    if (startsRow) {
      cur = {
        labelCol: f.starts.length - 1,
        label: [],
        values: [],
        inner: [],
        bbox: box([...p.leaf, ...p.values]),
        wraps: false,
        full: false,
        room: 0,
      };
      rows.push(cur);
    }
    const row = cur!;
    if (p.leaf.length) {
      if (!row.label.length) row.labelCol = columnOf(f, box(p.leaf)[0]);
      row.label.push(...leafRuns);
      row.wraps = box(p.leaf)[2] >= leafRight - 2.5 * em(leafRuns);
      row.full = box(p.leaf)[2] >= leafRight - em(leafRuns);
      row.room = rightOf(columnOf(f, box(p.leaf)[0])) - box(p.leaf)[2];
    }
    row.values.push(...p.values.flatMap((x) => x.runs));
    row.bbox = unionBox([row.bbox, box([...p.leaf, ...p.values])]);
  });
  return { rows, groups: groupLabels(groupPieces, rows, f) };
}

/** Text that may not start a line pulls the character before it along (kinsoku); a run of Latin letters or digits breaks as one word. */
const FIRST_WORD = /^[（(“‘《〈【〔[]*(?:[A-Za-z0-9.,%]+|.)[，。、；：！？）)”’》〉】〕\]%]*/u;

/**
 * Labels wrap only when the next word does not fit: a label line with room left for the first
 * word of the line below ended there, so that line starts a row of its own (a label of blank
 * zeros printed as tall as a wrapped one).
 */
function wouldHaveFit(row: BodyRow, next: TextRun[]): boolean {
  const text = cellText(next);
  const word = [...(FIRST_WORD.exec(text)?.[0] ?? '')];
  const size = em(next);
  const width = word.reduce((w, ch) => w + (ch.charCodeAt(0) < 128 ? 0.5 : 1) * size, 0);
  return word.length > 0 && row.room >= width - 0.1 * size;
}

/** The label line at `i` has numbers of its own: beside it, or on the next line with no label. */
function numbersFollow(parts: LineParts[], i: number): boolean {
  const next = parts[i + 1];
  return parts[i].values.length > 0 || (!!next && next.values.length > 0 && !next.leaf.length);
}

/** A line of a wide label wrapped back to where the label starts, left of the item column (量 under 本年新收…申请数). */
function wrapsBack(row: BodyRow, p: LineParts): boolean {
  if (!row.wraps || p.leaf.length || !p.groups.length || !row.label.length) return false;
  const start = Math.min(...row.label.map((r) => r.bbox[0]));
  return p.groups.every((g) => Math.abs(g.piece.bbox[0] - start) <= 2);
}

/**
 * Numbers beside a label left of the item column, with no label waiting above for its numbers:
 * that label is the row's own, spanning the item column (予以公开 under a group, 合计).
 */
function ownsNumbers(cur: BodyRow | undefined, p: LineParts): boolean {
  if (!p.values.length || p.leaf.length || !p.groups.length) return false;
  const line = unionBox([...p.values, ...p.groups.map((g) => g.piece)].map((x) => x.bbox));
  const waiting = cur && cur.label.length > 0 && !cur.values.length && line[1] - cur.bbox[3] < 0.5 * em(cur.label);
  return !waiting;
}

/**
 * Numbers stand level with the middle of their label: once a row has numbers, its label ends
 * as far below them as it began above, so a label line further down starts the next row.
 */
function labelDone(row: BodyRow, line: BBox): boolean {
  if (!row.values.length) return false;
  const top = Math.min(...row.label.map((r) => r.bbox[1]));
  const end = 2 * centerY(unionBox(row.values.map((r) => r.bbox))) - top;
  return centerY(line) > end + 0.5 * em(row.label);
}

/** Pieces of one label column stacked close together are one group label. */
function blocksOf(pieces: Piece[]): Piece[] {
  const blocks: Piece[] = [];
  for (const p of [...pieces].sort((a, b) => a.bbox[1] - b.bbox[1])) {
    const last = blocks[blocks.length - 1];
    if (last && p.bbox[1] - last.bbox[3] < 0.8 * em(p.runs)) {
      last.runs.push(...p.runs);
      last.bbox = unionBox([last.bbox, p.bbox]);
    } else blocks.push({ runs: [...p.runs], bbox: p.bbox, value: false });
  }
  return blocks;
}

const FIRST_ITEM = /^\s*[1１][.、．]/;

/**
 * Each group label spans the run of rows that leave its column empty; several labels in one
 * run share it, split where item numbering starts again at 1 (else halfway between them).
 */
function groupLabels(pieces: { col: number; piece: Piece }[], rows: BodyRow[], f: LabelFrame): GroupLabel[] {
  const out: GroupLabel[] = [];
  for (let col = 0; col < f.starts.length - 1; col++) {
    const blocks = blocksOf(pieces.filter((p) => p.col === col).map((p) => p.piece));
    if (!blocks.length) continue;
    const open = rows.map((r) => !r.inner.length && r.labelCol > col);
    for (let r0 = 0; r0 < rows.length;) {
      if (!open[r0]) {
        r0++;
        continue;
      }
      let r1 = r0;
      while (r1 + 1 < rows.length && open[r1 + 1]) r1++;
      const top = rows[r0].bbox[1] - 6,
        bottom = rows[r1].bbox[3] + 6;
      const inRun = blocks.filter((b) => centerY(b.bbox) >= top && centerY(b.bbox) <= bottom);
      let start = r0;
      inRun.forEach((b, i) => {
        const next = inRun[i + 1];
        let end = r1;
        if (next) {
          const between = (r: number) =>
            centerY(rows[r].bbox) > centerY(b.bbox) && centerY(rows[r].bbox) < centerY(next.bbox);
          const candidates = [...Array(r1 - start + 1).keys()]
            .map((k) => start + k)
            .filter((r) => r > start && between(r));
          const restart = candidates.find((r) => FIRST_ITEM.test(cellText(rows[r].label)));
          const middle = (b.bbox[3] + next.bbox[1]) / 2;
          end = (restart ?? candidates.find((r) => centerY(rows[r].bbox) > middle) ?? start + 1) - 1;
        }
        out.push({ col, row0: start, row1: Math.max(start, end), runs: b.runs });
        start = Math.max(start, end) + 1;
      });
      r0 = r1 + 1;
    }
  }
  return out;
}
