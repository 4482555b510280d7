/**
 * The readings of one glued run: every way to cut it into one printed number per cell that
 * the cells' kinds allow (FORMAT.md §3 rule 5). No leading zero except 0 itself, a decimal
 * point only in `decimal` columns, a minus only in `signed` ones; a zero may be printed as a
 * dash or 无. Where the source kept a space, the cut must fall there.
 */
import type { ValueKind } from '../template/index.js';
import {
  EM_DASH,
  MINUS_SIGNS,
  NATIVE_UNITS,
  PAIRED_DASH,
  isBlankMark,
  parseNumber,
  splitUnit,
} from '../lexicon/index.js';

export interface Reading {
  tokens: string[];
  values: number[];
}

const NUMBER: Record<ValueKind, RegExp> = {
  count: /^(0|[1-9]\d*)$/,
  signed: /^[+-]?(0|[1-9]\d*)$/,
  decimal: /^(0|[1-9]\d*)(\.\d+)?$/,
};

/** The value of one cell's token, null where the column's kind does not allow it; `nextChar` follows the token in the run. */
export function tokenValue(
  token: string,
  kind: ValueKind,
  nextChar: string | undefined,
  pairedDash: boolean,
): number | null {
  // The column's own unit may stay on its number (`采购00万元`: 0 | 0万元, FORMAT.md §4); a bare
  // number needs no look at the units (this runs for every cut the solver tries).
  if (!NUMBER[kind].test(token)) {
    const { number, unit } = splitUnit(token);
    if (unit && number && NATIVE_UNITS[kind].includes(unit)) token = number;
  }
  if (NUMBER[kind].test(token)) return token === '-0' ? null : parseNumber(token)!.value;
  if (token === PAIRED_DASH && !pairedDash) return null;
  // A zero may be printed as any blank mark the value parser knows; ASCII `-` before a digit in
  // a signed column is a minus instead.
  if (token === '' || !isBlankMark(token)) return null;
  if (kind === 'signed' && token === '-' && nextChar !== undefined && /\d/.test(nextChar)) return null;
  return 0;
}

export interface Enumeration {
  readings: Reading[];
  /** True when more readings exist than `cap`: the list is incomplete. */
  capped: boolean;
}

const MINUS = new RegExp(`[${MINUS_SIGNS}]`, 'g');

/** Full-width digits and signs to ASCII, so `１２` cuts like `12`. */
export const normalizeRun = (raw: string) => raw.normalize('NFKC').replace(MINUS, '-').trim();

/**
 * Whether a report prints a zero as the paired dash `——`: yes when a printed cell is exactly that,
 * no when a glued run holds an odd number of dashes in a row (single dashes, one per cell), and
 * either where nothing tells.
 */
const EM_DASHES = new RegExp(`${EM_DASH}+`, 'g');

export function pairsDashes(printed: string[], runs: string[]): boolean {
  if (printed.some((raw) => raw.trim() === PAIRED_DASH)) return true;
  return !runs.some((run) => (run.match(EM_DASHES) ?? []).some((dashes) => dashes.length % 2 === 1));
}

export interface ReadingRules {
  /** Whether `——` may be one cell's blank mark (see pairsDashes). */
  pairedDash?: boolean;
  /** False when the values read so far (the run's first cells) already break a rule: that cut is dropped early. */
  possible?: (values: number[]) => boolean;
}

export function enumerateReadings(raw: string, kinds: ValueKind[], cap: number, rules: ReadingRules = {}): Enumeration {
  const { pairedDash = true, possible = () => true } = rules;
  const text = normalizeRun(raw);
  const readings: Reading[] = [];
  let capped = false;
  const tokens: string[] = [];
  const values: number[] = [];

  const walk = (pos: number): void => {
    if (capped) return;
    const cell = tokens.length;
    if (cell === kinds.length) {
      if (pos === text.length) {
        if (readings.length === cap) capped = true;
        else readings.push({ tokens: [...tokens], values: [...values] });
      }
      return;
    }
    const segmentEnd = text.slice(pos).search(/\s/);
    const end = segmentEnd < 0 ? text.length : pos + segmentEnd;
    for (let stop = pos + 1; stop <= end; stop++) {
      const token = text.slice(pos, stop);
      const value = tokenValue(token, kinds[cell], text[stop], pairedDash);
      if (value === null) continue;
      let next = stop;
      while (next < text.length && /\s/.test(text[next])) next++;
      tokens.push(token);
      values.push(value);
      if (possible(values)) walk(next);
      tokens.pop();
      values.pop();
    }
  };
  walk(0);
  return { readings, capped };
}
