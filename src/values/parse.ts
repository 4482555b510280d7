/**
 * Reads one printed cell (`raw`) as a number for a column of a given kind (FORMAT.md §4, §5).
 * The number is kept as printed: a unit that contradicts the column is flagged, never
 * converted, and a sign or decimal the column does not allow is flagged, never dropped.
 */
import type { Flag } from '../core/index.js';
import type { ValueKind } from '../template/index.js';
import { NATIVE_UNITS, parseNumber } from '../lexicon/index.js';

export interface ParsedValue {
  value: number | null;
  flags: Flag[];
}

export function parseValue(raw: string, kind: ValueKind): ParsedValue {
  const printed = parseNumber(raw);
  if (!printed) return { value: null, flags: ['unparsed'] };
  const { value, unit } = printed;
  const flags: Flag[] = [];
  if (unit && !NATIVE_UNITS[kind].includes(unit)) flags.push('unit_mismatch');
  if (value < 0 && kind !== 'signed') flags.push('unexpected_negative');
  if (!Number.isInteger(value) && kind !== 'decimal') flags.push('unexpected_decimal');
  return { value, flags };
}
