/**
 * Glued text variants (FORMAT.md §4): the `pdftotext -layout` text of a report with every
 * whitespace character and line break removed inside the table blocks, as text scraped from a
 * web page's table comes out, and the truth that goes with it: cells whose glued run has more
 * than one valid split move from `cells` to `must_flag`.
 *
 * What a run covers was read off LibreOffice PDFs through pdftotext: a row's numbers sit on one
 * text line in cell order, so with the whitespace gone each row's numbers form one run, in row
 * order, and the fifteen numbers of part 四 form one run. Seen in the rendered samples:
 *   - a wrapped label can surround its run: `…不计其他0061029情形）`;
 *   - a row whose label wraps may print its numbers above its label, so the run comes before the
 *     label it belongs to: `7.属于行政执法案卷0300036本00000008.属于行政查询事项`;
 *   - the next label's item number sticks to a run (`…00000008.属于…` ends in the item 8), and a
 *     vertical group label leaves single characters between runs, including a `、` (`0000000、本`)
 *     that is not an item mark;
 *   - zeros printed as — stay in the run, one — per cell; blank zeros vanish, so reports printing
 *     zeros blank get no glued variant.
 * The generator checks this against the truth values on every text it writes and skips a report
 * where it does not hold.
 */
import {
  canonicalValue,
  enumerateSplits,
  isValidNumber,
  ZERO_DASH,
  type Segment,
  type SplitCell,
  type SumConstraint,
} from './splits.js';
import { TABLE_OF_PART } from './template-keys.js';
import {
  cellId,
  layoutCells,
  printedRows,
  sumInstances,
  type Layout,
  type TableKey,
  type Version,
} from './template-layout.js';
import { PART_HEADINGS, PART_NUMERALS } from './template-print.js';

/** The truth file fields this module reads and writes (../shared/README.md). */
export interface Truth {
  name: string;
  template: Version;
  year: number;
  agency: string;
  cells: Record<string, number>;
  broken: string[];
  must_flag?: string[];
  /** Printed values of cells the prose states wrong (already in `must_flag`). */
  prose_disagrees?: Record<string, number>;
  variant?: string;
  [other: string]: unknown;
}

/** Each table's part, and the part whose heading ends its block. */
const TABLE_PARTS = ([2, 3, 4] as const).map((part) => ({ table: TABLE_OF_PART[part], part, next: part + 1 }));

/** A part heading line: its numeral and its heading (row labels like 三、本年度… lack them). */
function isHeading(line: string, part: number): boolean {
  const t = line.trim();
  return t.startsWith(`${PART_NUMERALS[part - 1]}、`) && t.includes(PART_HEADINGS[part - 1]);
}

/** Line ranges [start, end) of the three table blocks: everything between part headings 二…五. */
export function tableBlocks(lines: string[]): { table: TableKey; start: number; end: number }[] {
  return TABLE_PARTS.map(({ table, part, next }) => {
    const from = lines.findIndex((l) => isHeading(l, part));
    const to = lines.findIndex((l, i) => i > from && isHeading(l, next));
    if (from < 0 || to < 0) throw new Error(`no block for part ${PART_NUMERALS[part - 1]} (headings not found)`);
    return { table, start: from + 1, end: to };
  });
}

/** The text with each table block collapsed to one line without any whitespace. */
export function glueText(text: string): { text: string; blocks: Map<TableKey, string> } {
  const lines = text.split('\n');
  const blocks = new Map<TableKey, string>();
  const out: string[] = [];
  let pos = 0;
  for (const b of tableBlocks(lines)) {
    out.push(...lines.slice(pos, b.start));
    const glued = lines.slice(b.start, b.end).join('').replace(/\s+/g, '');
    blocks.set(b.table, glued);
    out.push(glued);
    pos = b.end;
  }
  out.push(...lines.slice(pos));
  return { text: out.join('\n'), blocks };
}

/** A maximal digit run; `itemFollows` when `.`/`．`/`、` and a non-digit come next (a label's `2.`). */
export interface DigitRun {
  text: string;
  itemFollows: boolean;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Part of a run: a digit, a zero dash, a sign before a digit, a decimal point between digits. */
function inRun(s: string, i: number): boolean {
  const c = s[i];
  if (isDigit(c) || c === ZERO_DASH) return true;
  if (c === '-' || c === '+') return isDigit(s[i + 1]);
  return c === '.' && isDigit(s[i - 1]) && isDigit(s[i + 1]);
}

export function digitRuns(s: string): DigitRun[] {
  const runs: DigitRun[] = [];
  let i = 0;
  while (i < s.length) {
    if (!inRun(s, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < s.length && inRun(s, j)) j++;
    runs.push({ text: s.slice(i, j), itemFollows: '.．、'.includes(s[j] ?? 'x') && !isDigit(s[j + 1]) });
    i = j;
  }
  return runs;
}

/** Can `text` be cut into pieces that print exactly these values? */
function printsAs(text: string, cells: SplitCell[], values: number[]): boolean {
  if (cells.length === 0) return text === '';
  const want = canonicalValue(String(values[0]), cells[0].kind);
  for (let end = 1; end <= text.length; end++) {
    const piece = text.slice(0, end);
    if (
      isValidNumber(piece, cells[0].kind) &&
      canonicalValue(piece, cells[0].kind) === want &&
      printsAs(text.slice(end), cells.slice(1), values.slice(1))
    )
      return true;
  }
  return false;
}

/** The cells printed together in one run when nothing separates them: a row, or all of part 四. */
export function printedGroups(layout: Layout, table: TableKey): SplitCell[][] {
  const rows = printedRows(layout, table).map((row) =>
    row.cols.map((col) => ({ id: cellId(table, row.key, col.key), kind: col.kind })),
  );
  return table === TABLE_OF_PART[4] ? [rows.flat()] : rows;
}

/**
 * Pairs each run of a glued block (its label item number cut off) with the consecutive cell
 * groups whose true values it prints. Throws where the text does not print the truth that way.
 */
export function alignRuns(block: string, groups: SplitCell[][], truth: Record<string, number>): Segment[] {
  const segments: Segment[] = [];
  let next = 0;
  const valuesOf = (cells: SplitCell[]): number[] => cells.map((c) => truth[c.id]);
  for (const run of digitRuns(block)) {
    // The 、 after a run may also be a character of a vertical group label (三、本年度…): then
    // nothing is cut off.
    const bodies = run.itemFollows
      ? [...[1, 2].filter((n) => n <= run.text.length).map((n) => run.text.slice(0, -n)), run.text]
      : [run.text];
    const match = bodies
      .filter((body) => body !== '')
      .flatMap((body) =>
        groups.slice(next).map((_, k) => ({ body, cells: groups.slice(next, next + k + 1).flat(), k })),
      )
      .find((m) => printsAs(m.body, m.cells, valuesOf(m.cells)));
    if (!match && bodies.includes('')) continue; // a label's item number alone (（三）不4.保护…)
    if (!match)
      throw new Error(`run ${run.text} does not print the next cells (${groups[next]?.[0]?.id ?? 'none left'})`);
    segments.push({ text: match.body, cells: match.cells });
    next += match.k + 1;
  }
  if (next !== groups.length) throw new Error(`${groups.length - next} cell groups not found in the glued text`);
  return segments;
}

/** Rules 1–4 of this layout as sums over cell ids. */
export function layoutConstraints(layout: Layout): SumConstraint[] {
  return sumInstances(layout).map(({ lhs, rhs }) => ({ lhs, rhs }));
}

/** The layout a truth file describes: its version, and （六） as one row or three items. */
export function truthLayout(truth: Truth): Layout {
  const ids = new Set([...Object.keys(truth.cells), ...(truth.must_flag ?? [])]);
  const single: Layout = { version: truth.template, other: 'single' };
  return layoutCells(single).every((c) => ids.has(c.id)) ? single : { ...single, other: 'split' };
}

/**
 * The glued variant of a report's layout text and its truth. Only for reports without injected
 * errors: a broken cell has no valid split to compare with.
 */
export function gluedVariant(layoutText: string, truth: Truth, name: string): { text: string; truth: Truth } {
  if (truth.broken.length > 0) throw new Error('glued variants are made only from reports without injected errors');
  const layout = truthLayout(truth);
  const glued = glueText(layoutText);
  const printed = { ...truth.cells, ...truth.prose_disagrees };
  const segments = TABLE_PARTS.flatMap(({ table }) =>
    alignRuns(glued.blocks.get(table)!, printedGroups(layout, table), printed),
  );
  const outcome = enumerateSplits(segments, layoutConstraints(layout));
  for (const cell of segments.flatMap((s) => s.cells)) {
    if (!outcome.values.get(cell.id)!.includes(canonicalValue(String(printed[cell.id]), cell.kind))) {
      throw new Error(`the printed value of ${cell.id} is not among its valid splits`);
    }
  }
  const mustFlag = new Set([...outcome.ambiguous, ...(truth.must_flag ?? [])]);
  const cells = Object.fromEntries(Object.entries(truth.cells).filter(([id]) => !mustFlag.has(id)));
  return {
    text: glued.text,
    truth: {
      ...truth,
      name,
      cells,
      must_flag: [...mustFlag],
      variant: `${truth.variant ?? ''}; glued text: pdftotext -layout with all whitespace removed inside the table blocks`,
    },
  };
}
