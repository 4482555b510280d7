/**
 * The readings of one slot indexed by what they add to the instances the slot completes (both
 * sides known once it is read): a completed instance holds only where the reading adds exactly
 * what the others leave, so the readings breaking at most `room` of them are found by looking
 * the needed sums up, with up to `room` of them left out, instead of trying every reading
 * (the 总计 row fixed, the 792 cuts of 新收 that fit it are one look-up).
 */
import { orderedPlacements } from './readings.js';

const keyOf = (values: number[]) => values.map((v) => +v.toFixed(6)).join(',');

/** Every subset of `items` with at most `size` elements. */
function* subsets<T>(items: T[], size: number): Generator<T[]> {
  for (let k = 0; k <= Math.min(size, items.length); k++)
    for (const at of orderedPlacements(k, items.length)) yield at.map((i) => items[i]);
}

export class ClosingIndex {
  /** Per set of positions compared (as a key), the readings by what they add there. */
  private readonly byPositions = new Map<string, Map<string, number[]>>();

  /** `adds[r][i]`: what reading r adds to completed instance i (lhs less rhs). */
  constructor(private readonly adds: number[][]) {}

  private lookup(positions: number[], needed: number[]): number[] {
    const id = positions.join(',');
    let index = this.byPositions.get(id);
    if (!index) {
      index = new Map();
      for (const [r, add] of this.adds.entries()) {
        const key = keyOf(positions.map((i) => add[i]));
        index.set(key, [...(index.get(key) ?? []), r]);
      }
      this.byPositions.set(id, index);
    }
    return index.get(keyOf(positions.map((i) => needed[i]))) ?? [];
  }

  /**
   * The readings that may break at most `room` of the completed instances, fewest index first;
   * `needed[i]` is null where instance i is broken already (it is not checked again). Where
   * the look-ups would outnumber the readings, every reading.
   */
  candidates(needed: (number | null)[], room: number): number[] {
    const open = needed.flatMap((v, i) => (v === null ? [] : [i]));
    let lookups = 0;
    for (let k = 0, ways = 1; k <= Math.min(room, open.length); k++, ways = (ways * (open.length - k + 1)) / k)
      lookups += ways;
    if (lookups >= this.adds.length || open.length === 0) return this.adds.map((_, r) => r);
    const found = new Set<number>();
    for (const left of subsets(open, room)) {
      const compared = open.filter((i) => !left.includes(i));
      for (const r of this.lookup(compared, needed as number[])) found.add(r);
    }
    return [...found].sort((a, b) => a - b);
  }
}
