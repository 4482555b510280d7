/** Runs the chain after the extractor on perturbations of a correct document and tallies the verdicts. */
import type { SourceDocument } from '../../extractors/model.js';
import type { Truth } from '../../src/eval/truth.js';
import { recordFromDocument } from '../../src/pipeline.js';
import type { SourceInfo } from '../../src/record/error.js';
import { MUTATION_KINDS, mutations, seededRandom, type MutationKind } from './mutate.js';
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
}

export interface MutationTally {
  byKind: Record<MutationKind, KindTally>;
  escapes: Escape[];
  invisible: Escape[];
}

export function emptyTally(): MutationTally {
  const zero = (): KindTally => ({ mutations: 0, wrong: 0, caught: 0, uncaughtCovered: 0, uncaughtInvisible: 0 });
  return { byKind: Object.fromEntries(MUTATION_KINDS.map((k) => [k, zero()])) as Record<MutationKind, KindTally>, escapes: [], invisible: [] };
}

export const baselineWrong = (doc: SourceDocument, source: SourceInfo, truth: Truth): WrongValue[] => wrongValues(recordFromDocument(doc, source).value, truth);

/** Adds `count` seeded perturbations of `doc` to `tally`. */
export function mutateAndJudge(tally: MutationTally, name: string, doc: SourceDocument, source: SourceInfo, truth: Truth, count: number, seed: number): void {
  for (const m of mutations(doc, count, seededRandom(seed))) {
    const kind = tally.byKind[m.kind];
    kind.mutations++;
    for (const wrong of wrongValues(recordFromDocument(m.doc, source).value, truth)) {
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
  const rows = MUTATION_KINDS.map((k) => {
    const t = tally.byKind[k];
    return `${k.padEnd(12)} ${String(t.mutations).padStart(5)} ${String(t.wrong).padStart(6)} ${String(t.caught).padStart(6)} ${String(t.uncaughtCovered).padStart(9)} ${String(t.uncaughtInvisible).padStart(10)}`;
  });
  const total = Object.values(tally.byKind).reduce((a, t) => ({ mutations: a.mutations + t.mutations, wrong: a.wrong + t.wrong, caught: a.caught + t.caught, uncaughtCovered: a.uncaughtCovered + t.uncaughtCovered, uncaughtInvisible: a.uncaughtInvisible + t.uncaughtInvisible }));
  const line = (e: Escape) => `  ${e.name} [${e.kind}: ${e.describe}] ${e.wrong.cell} expected ${e.wrong.expected} got ${e.wrong.got} flags [${e.wrong.flags.join(',')}]`;
  return [
    'kind         mutations wrong caught unflagged-covered unflagged-uncovered',
    ...rows,
    `total        ${String(total.mutations).padStart(5)} ${String(total.wrong).padStart(6)} ${String(total.caught).padStart(6)} ${String(total.uncaughtCovered).padStart(9)} ${String(total.uncaughtInvisible).padStart(10)}`,
    ...(tally.escapes.length ? ['unflagged wrong values in covered cells:', ...tally.escapes.slice(0, 40).map(line)] : []),
    ...(tally.invisible.length ? ['unflagged wrong values the sums cannot see (first 15):', ...tally.invisible.slice(0, 15).map(line)] : []),
  ].join('\n');
}
