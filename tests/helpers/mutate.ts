/**
 * Perturbs a correct document model the way extraction goes wrong: a value or a row's label lost,
 * two numbers swapped, a row's values shifted by a column, a row lost, two numbers glued into one cell.
 * Works on both kinds of model: tables whose grid the source states (DOCX/HTML blocks) and
 * positioned text runs (PDF pages). Deterministic for a given seed.
 */
import type { SourceDocument, Table, TextRun } from '../../extractors/model.js';
import { isBlankMark } from '../../src/values/parse.js';

export const MUTATION_KINDS = [
  'drop_value',
  'drop_label',
  'swap_in_row',
  'shift_row',
  'drop_row',
  'glue_pair',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutation {
  kind: MutationKind;
  /** Where and what, for the test's output. */
  describe: string;
  doc: SourceDocument;
  /** What the perturbed document prints in place of the original: a new text per piece (null: gone). */
  edits: Edits;
  /** Pieces of a table row removed with their row: their cells are no longer printed at all. */
  removedRow: Slot[];
}

/** mulberry32: a small seeded PRNG, so every run perturbs the same places. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, xs: T[]): T => xs[Math.floor(rand() * xs.length)];

const isNumber = (text: string) => /^[+-]?\d[\d,]*(\.\d+)?$/.test(text.trim());
const isValueText = (text: string) => isNumber(text) || isBlankMark(text);

/** One printed piece of a row: a table cell or a text run, addressed so an edit can find it. */
export interface Slot {
  text: string;
  ref: { block: number; cell: number } | { page: number; run: number };
}

/** A stable name for a piece, the same in the original and in a perturbed copy. */
export const slotRef = (slot: Slot): string =>
  'block' in slot.ref ? `b${slot.ref.block}.${slot.ref.cell}` : `p${slot.ref.page}.${slot.ref.run}`;

/** A printed row: all its pieces left to right, and the value pieces right of its last label. */
interface Row {
  slots: Slot[];
  values: Slot[];
}

function rowOf(slots: Slot[]): Row {
  const lastLabel = slots.map((s) => isValueText(s.text)).lastIndexOf(false);
  return { slots, values: slots.slice(lastLabel + 1) };
}

function tableRows(doc: SourceDocument): Row[] {
  const rows: Row[] = [];
  doc.blocks.forEach((block, b) => {
    if (block.kind !== 'table') return;
    for (let r = 0; r < block.nRows; r++) {
      const slots = block.cells
        .map((cell, c) => ({ cell, c }))
        .filter(({ cell }) => cell.row === r)
        .sort((x, y) => x.cell.col - y.cell.col)
        .map(({ cell, c }): Slot => ({ text: cell.text, ref: { block: b, cell: c } }));
      rows.push(rowOf(slots));
    }
  });
  return rows;
}

const centerY = (run: TextRun) => (run.bbox[1] + run.bbox[3]) / 2;

/** Horizontal runs grouped into lines by their vertical centres (a table row prints on one line). */
function pageRows(doc: SourceDocument): Row[] {
  const rows: Row[] = [];
  doc.pages.forEach((page, p) => {
    const runs = page.runs.map((run, r) => ({ run, r })).filter(({ run }) => !run.vertical && run.text.trim() !== '');
    runs.sort((x, y) => centerY(x.run) - centerY(y.run));
    let line: typeof runs = [];
    const flush = () => {
      if (line.length === 0) return;
      const slots = [...line]
        .sort((x, y) => x.run.bbox[0] - y.run.bbox[0])
        .map(({ run, r }): Slot => ({ text: run.text, ref: { page: p, run: r } }));
      rows.push(rowOf(slots));
      line = [];
    };
    for (const item of runs) {
      const last = line[line.length - 1];
      const tolerance = last
        ? Math.min(last.run.bbox[3] - last.run.bbox[1], item.run.bbox[3] - item.run.bbox[1]) / 2
        : 0;
      if (last && Math.abs(centerY(item.run) - centerY(last.run)) > tolerance) flush();
      line.push(item);
    }
    flush();
  });
  return rows;
}

/** Text edits: a new text per slot, or null to remove the piece (a run) / empty it (a cell). */
export type Edits = Map<Slot, string | null>;

function applyEdits(doc: SourceDocument, edits: Edits): SourceDocument {
  const out = structuredClone(doc);
  const removedRuns = new Map<number, Set<number>>();
  for (const [slot, text] of edits) {
    if ('block' in slot.ref) {
      (out.blocks[slot.ref.block] as Table).cells[slot.ref.cell].text = text ?? '';
    } else if (text === null) {
      removedRuns.set(slot.ref.page, (removedRuns.get(slot.ref.page) ?? new Set()).add(slot.ref.run));
    } else {
      out.pages[slot.ref.page].runs[slot.ref.run].text = text;
    }
  }
  for (const [p, runs] of removedRuns) out.pages[p].runs = out.pages[p].runs.filter((_, r) => !runs.has(r));
  return out;
}

/** Removes table row `r` of a block: cells on it go, cells below move up, spans through it shrink. */
function withoutTableRow(doc: SourceDocument, block: number, r: number): SourceDocument {
  const out = structuredClone(doc);
  const table = out.blocks[block] as Table;
  table.cells = table.cells
    .filter((cell) => !(cell.row === r && cell.rowSpan === 1))
    .map((cell) => {
      if (cell.row > r) return { ...cell, row: cell.row - 1 };
      if (cell.row + cell.rowSpan > r) return { ...cell, rowSpan: cell.rowSpan - 1 };
      return cell;
    });
  table.nRows -= 1;
  return out;
}

const numbered = (row: Row) => row.values.filter((s) => isNumber(s.text));
const valueOf = (text: string) => Number(text.replace(/,/g, ''));

const labelsOf = (row: Row) =>
  row.slots.slice(0, row.slots.length - row.values.length).filter((s) => s.text.trim() !== '');

/** A perturbation made of text edits (labels dropped or values changed). */
const edited = (describe: string, doc: SourceDocument, edits: Edits): Made => ({
  describe,
  doc: applyEdits(doc, edits),
  edits,
  removedRow: [],
});

function withoutLabels(doc: SourceDocument, row: Row): Made {
  const labels = labelsOf(row);
  return edited(
    `dropped label ${labels.map((s) => s.text).join(' ')}`,
    doc,
    new Map(labels.map((s): [Slot, null] => [s, null])),
  );
}

const rowsOf = (doc: SourceDocument) => (doc.pages.length > 0 ? pageRows(doc) : tableRows(doc));

/** The document with the labels of the first row of numbers whose label contains `text` removed. */
export function dropLabelOf(doc: SourceDocument, text: string): SourceDocument {
  const row = rowsOf(doc).find((r) => numbered(r).length > 0 && labelsOf(r).some((s) => s.text.includes(text)));
  if (!row) throw new Error(`no row of numbers labelled ${text}`);
  return withoutLabels(doc, row).doc;
}

/** Each kind: where it can apply, and the perturbation it makes there (null if it cannot). */
type Made = Omit<Mutation, 'kind'>;
type Mutator = (doc: SourceDocument, rows: Row[], rand: () => number) => Made | null;

const MUTATORS: Record<MutationKind, Mutator> = {
  drop_value: (doc, rows, rand) => {
    const slots = rows.flatMap(numbered).filter((s) => valueOf(s.text) !== 0);
    if (slots.length === 0) return null;
    const slot = pick(rand, slots);
    return edited(`dropped ${slot.text}`, doc, new Map([[slot, null]]));
  },
  drop_label: (doc, rows, rand) => {
    const candidates = rows.filter((row) => labelsOf(row).length > 0 && numbered(row).length > 0);
    return candidates.length === 0 ? null : withoutLabels(doc, pick(rand, candidates));
  },
  swap_in_row: (doc, rows, rand) => {
    const candidates = rows.filter((row) => new Set(numbered(row).map((s) => valueOf(s.text))).size >= 2);
    if (candidates.length === 0) return null;
    const nums = numbered(pick(rand, candidates));
    const a = pick(rand, nums);
    const b = pick(
      rand,
      nums.filter((s) => valueOf(s.text) !== valueOf(a.text)),
    );
    const edits: Edits = new Map([
      [a, b.text],
      [b, a.text],
    ]);
    return edited(`swapped ${a.text} and ${b.text}`, doc, edits);
  },
  shift_row: (doc, rows, rand) => {
    const candidates = rows.filter((row) => row.values.length >= 2 && numbered(row).some((s) => valueOf(s.text) !== 0));
    if (candidates.length === 0) return null;
    const { values } = pick(rand, candidates);
    // Every value moves one place right; the first place is left empty, the last value is lost.
    const edits: Edits = new Map(
      values.map((slot, i): [Slot, string | null] => [slot, i === 0 ? null : values[i - 1].text]),
    );
    return edited(`shifted ${values.map((s) => s.text).join(' ')} right`, doc, edits);
  },
  drop_row: (doc, rows, rand) => {
    const candidates = rows.filter((row) => numbered(row).some((s) => valueOf(s.text) !== 0));
    if (candidates.length === 0) return null;
    const row = pick(rand, candidates);
    const text = row.slots.map((s) => s.text).join(' ');
    const first = row.slots[0].ref;
    if ('block' in first) {
      const table = doc.blocks[first.block] as Table;
      return {
        describe: `dropped row ${text}`,
        doc: withoutTableRow(doc, first.block, table.cells[first.cell].row),
        edits: new Map(),
        removedRow: row.slots,
      };
    }
    return edited(`dropped line ${text}`, doc, new Map(row.slots.map((s): [Slot, null] => [s, null])));
  },
  glue_pair: (doc, rows, rand) => {
    const pairs = rows.flatMap((row) =>
      row.values.slice(1).flatMap((b, i): [Slot, Slot][] => {
        const a = row.values[i];
        return isNumber(a.text) && isNumber(b.text) ? [[a, b]] : [];
      }),
    );
    if (pairs.length === 0) return null;
    const [a, b] = pick(rand, pairs);
    const edits: Edits = new Map([
      [a, a.text.trim() + b.text.trim()],
      [b, null],
    ]);
    return edited(`glued ${a.text} ${b.text}`, doc, edits);
  },
};

/**
 * The document with every value piece (numbers and blanks right of a row's labels) replaced by a
 * distinct number, and the piece each number stands for: read once, it tells which cell each
 * piece is printed in, so a perturbation's edits become the values the perturbed page prints.
 */
export function tagValues(doc: SourceDocument): { doc: SourceDocument; tags: Map<string, Slot> } {
  const slots = rowsOf(doc).flatMap((row) => row.values);
  const tags = new Map(slots.map((slot, i): [string, Slot] => [String(1_000_001 + i), slot]));
  return { doc: applyEdits(doc, new Map([...tags].map(([tag, slot]) => [slot, tag]))), tags };
}

/** `count` perturbations of one correct document, kinds in turn, places drawn from `rand`. */
export function mutations(doc: SourceDocument, count: number, rand: () => number): Mutation[] {
  const rows = rowsOf(doc);
  const out: Mutation[] = [];
  for (let i = 0; out.length < count && i < count * 4; i++) {
    const kind = MUTATION_KINDS[i % MUTATION_KINDS.length];
    const made = MUTATORS[kind](doc, rows, rand);
    if (made) out.push({ kind, ...made });
  }
  return out;
}
