/**
 * Canonical cell keys `table.row.col` (FORMAT.md §2): the one place that builds an id from a key
 * and reads a key back from an id. Row keys may hold dots (`denied.state_secret`); table and
 * column keys never do.
 */

export interface CellKey<Table extends string = string> {
  table: Table;
  row: string;
  col: string;
}

export const cellId = (key: CellKey): string => `${key.table}.${key.row}.${key.col}`;

export function parseCellId(id: string): CellKey {
  const parts = id.split('.');
  if (parts.length < 3) throw new Error(`not a cell id (table.row.col): ${id}`);
  return { table: parts[0], row: parts.slice(1, -1).join('.'), col: parts[parts.length - 1] };
}
