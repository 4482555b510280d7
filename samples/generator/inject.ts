/**
 * Injected inconsistencies (issue 3): cells covered by rules 1–4 printed wrong, as real
 * reports do — a 总计 printed as 0, or a typo in one cell. Part 二 is never touched (no
 * rule covers it). Every changed cell is verified to sit in a failed rule instance.
 */
import { cellsInFailedRules } from './checks.js';
import type { Rng } from './prng.js';
import { coveredCells, type Layout } from './template-layout.js';
import type { Cells } from './values.js';

export type InjectionKind = 'total_zero' | 'typo';

export interface Injected {
  cells: Cells;
  /** Cell ids printed wrong, sorted. */
  broken: string[];
}

const isTotal = (id: string): boolean => id.split('.').slice(1).includes('total');

export function injectErrors(rng: Rng, layout: Layout, correct: Cells, first: InjectionKind): Injected {
  const covered = [...coveredCells(layout)].sort();
  for (let attempt = 0; attempt < 50; attempt++) {
    const cells = { ...correct };
    const broken = new Set<string>();
    const kinds: InjectionKind[] = rng.chance(0.3) ? [first, rng.pick(['total_zero', 'typo'] as const)] : [first];
    for (const kind of kinds) {
      const id = kind === 'total_zero' ? zeroTotal(rng, covered, cells) : typo(rng, covered, cells);
      if (id) broken.add(id);
    }
    const failing = cellsInFailedRules(layout, cells);
    if (broken.size === kinds.length && [...broken].every((id) => failing.has(id)))
      return { cells, broken: [...broken].sort() };
  }
  throw new Error('could not inject an error that breaks a rule');
}

/** A non-zero 总计 (row or column total of part 三 or 四) printed as 0. */
function zeroTotal(rng: Rng, covered: string[], cells: Cells): string | undefined {
  const candidates = covered.filter((id) => isTotal(id) && cells[id] > 0);
  if (candidates.length === 0) return undefined;
  const id = rng.pick(candidates);
  cells[id] = 0;
  return id;
}

/** One covered cell mistyped: a digit added, dropped, swapped or off by a few. */
function typo(rng: Rng, covered: string[], cells: Cells): string | undefined {
  const id = rng.pick(covered);
  const v = cells[id];
  const s = String(v);
  const options = [
    v + rng.int(1, 9),
    v * 10 + rng.int(0, 9),
    s.length > 1 ? Number(s.slice(0, -1)) : v + 10,
    s.length > 1 ? Number(s[1] + s[0] + s.slice(2)) : v + 1,
    Math.max(0, v - rng.int(1, 3)),
  ].filter((x) => x !== v && x >= 0);
  if (options.length === 0) return undefined;
  cells[id] = rng.pick(options);
  return id;
}
