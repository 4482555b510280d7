/** Runs the chain after the extractor on perturbations of a correct document and tallies the verdicts. */
import type { SourceDocument } from '../../extractors/model.js';
import type { Truth } from '../../src/eval/truth.js';
import { recordFromDocument } from '../../src/pipeline.js';
import type { SourceInfo } from '../../src/record/error.js';
import { MUTATION_KINDS, mutations, seededRandom, type MutationKind } from './mutate.js';
import { pieceCells, printedTruth } from './mutation-printed.js';
import { wrongValues, type WrongValue } from './mutation-verdict.js';

export interface Escape {
  name: string;
  kind: MutationKind;
  describe: string;
  wrong: WrongValue;
}

export interface KindTally {
  mutations: number;
  wrong: number;
  caught: number;
  /** Wrong, not caught, in a cell rules 1–4 can see: the promise is broken (target 0). */
  uncaughtCovered: number;
  /** Wrong, not caught, invisible to the sums (part 二, a permutation inside a part-四 row). */
  uncaughtInvisible: number;
  /** Values that differ from what the perturbed page prints and carry no flag (target 0). */
  misread: number;
  /** Perturbations whose printed values could not be told (an edited piece read into no single cell). */
  unjudged: number;
}

export interface MutationTally {
  byKind: Record<MutationKind, KindTally>;
  escapes: Escape[];
  invisible: Escape[];
  misreadings: Escape[];
}

export function emptyTally(): MutationTally {
  const zero = (): KindTally => ({
    mutations: 0,
    wrong: 0,
    caught: 0,
    uncaughtCovered: 0,
    uncaughtInvisible: 0,
    misread: 0,
    unjudged: 0,
  });
  return {
    byKind: Object.fromEntries(MUTATION_KINDS.map((k) => [k, zero()])) as Record<MutationKind, KindTally>,
    escapes: [],
    invisible: [],
    misreadings: [],
  };
}

export const baselineWrong = (doc: SourceDocument, source: SourceInfo, truth: Truth): WrongValue[] =>
  wrongValues(recordFromDocument(doc, source).value, truth);

/** Adds `count` seeded perturbations of `doc` to `tally`. */
export function mutateAndJudge(
  tally: MutationTally,
  name: string,
  doc: SourceDocument,
  source: SourceInfo,
  truth: Truth,
  count: number,
  seed: number,
): void {
  const pieces = pieceCells(doc, source);
  for (const m of mutations(doc, count, seededRandom(seed))) {
    const kind = tally.byKind[m.kind];
    kind.mutations++;
    const record = recordFromDocument(m.doc, source).value;
    const printed = printedTruth(truth, pieces, m);
    if (!printed) kind.unjudged++;
    // Right is what the perturbed page prints, or what the report printed before: a glued text
    // run split back into its cells by the sums is read right, although the page lost the space.
    const asBefore = (w: WrongValue) =>
      w.got !== null && w.cell in truth.cells && Math.abs(truth.cells[w.cell] - w.got) < 1e-9;
    for (const wrong of printed ? wrongValues(record, printed).filter((w) => !w.caught && !asBefore(w)) : []) {
      kind.misread++;
      tally.misreadings.push({ name, kind: m.kind, describe: m.describe, wrong });
    }
    for (const wrong of wrongValues(record, truth)) {
      kind.wrong++;
      if (wrong.caught) kind.caught++;
      else if (wrong.invisibleToSums) {
        kind.uncaughtInvisible++;
        tally.invisible.push({ name, kind: m.kind, describe: m.describe, wrong });
      } else {
        kind.uncaughtCovered++;
        tally.escapes.push({ name, kind: m.kind, describe: m.describe, wrong });
      }
    }
  }
}

export function formatTally(tally: MutationTally): string {
  const columns = [
    'mutations',
    'wrong',
    'caught',
    'uncaughtCovered',
    'uncaughtInvisible',
    'misread',
    'unjudged',
  ] as const;
  const format = (name: string, t: KindTally) =>
    [name.padEnd(12), ...columns.map((c) => String(t[c]).padStart(c.length))].join(' ');
  const total = Object.values(tally.byKind).reduce(
    (a, t) => Object.fromEntries(columns.map((c) => [c, a[c] + t[c]])) as unknown as KindTally,
  );
  const line = (e: Escape) =>
    `  ${e.name} [${e.kind}: ${e.describe}] ${e.wrong.cell} expected ${e.wrong.expected} got ${e.wrong.got} flags [${e.wrong.flags.join(',')}]`;
  return [
    ['kind'.padEnd(12), ...columns].join(' '),
    ...MUTATION_KINDS.map((k) => format(k, tally.byKind[k])),
    format('total', total),
    ...(tally.misreadings.length
      ? ['unflagged misreadings of the perturbed page:', ...tally.misreadings.slice(0, 40).map(line)]
      : []),
    ...(tally.escapes.length
      ? ['unflagged wrong values in covered cells:', ...tally.escapes.slice(0, 40).map(line)]
      : []),
    ...(tally.invisible.length
      ? [
          'changed values the sums cannot see, read as the perturbed page prints them (first 15):',
          ...tally.invisible.slice(0, 15).map(line),
        ]
      : []),
  ].join('\n');
}
