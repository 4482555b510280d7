/**
 * Reads one printed cell (`raw`) as a number for a column of a given kind (FORMAT.md §4, §5).
 * The number is kept as printed: a unit that contradicts the column is flagged, never
 * converted, and a sign or decimal the column does not allow is flagged, never dropped.
 */
import type { ValueKind } from '../template/index.js';
import { COUNT_UNITS, WAN_YUAN, isBlankMark, normalizeNumber, splitUnit } from '../lexicon/index.js';

export interface ParsedValue {
  value: number | null;
  flags: string[];
}

/** The unit each kind of column is printed in; the others contradict it. */
const NATIVE_UNITS: Record<ValueKind, string[]> = {
  count: COUNT_UNITS,
  signed: COUNT_UNITS,
  decimal: [WAN_YUAN],
};

/** `1,234,567` → `1234567`; separators elsewhere (`1,23`) are not thousands and fail to parse. */
function dropThousands(number: string): string {
  return /^[+-]?\d{1,3}([,，]\d{3})+(\.\d+)?$/.test(number) ? number.replace(/[,，]/g, '') : number;
}

export function parseValue(raw: string, kind: ValueKind): ParsedValue {
  if (isBlankMark(raw)) return { value: 0, flags: [] };
  const { number, unit } = splitUnit(normalizeNumber(raw));
  const flags: string[] = [];
  if (unit && !NATIVE_UNITS[kind].includes(unit)) flags.push('unit_mismatch');

  const plain = dropThousands(number);
  if (!/^[+-]?(\d+(\.\d+)?|\.\d+)$/.test(plain)) return { value: null, flags: ['unparsed'] };
  const value = Number(plain);
  if (value < 0 && kind !== 'signed') flags.push('unexpected_negative');
  if (!Number.isInteger(value) && kind !== 'decimal') flags.push('unexpected_decimal');
  // `-0` prints as a sign; keep the value JSON-stable.
  return { value: value === 0 ? 0 : value, flags };
}
