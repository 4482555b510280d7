/**
 * The printed template (template-print.ts) of one report's layout, keyed through template-keys.ts:
 * its tables' rows and columns, every cell a truth file lists, and the sums that must hold.
 */
import { keyOf, TABLE_OF_PART, type TableKey } from './template-keys.js';
import {
  ACTIVE,
  printedForms,
  REQUESTS,
  REVIEW,
  SUMS,
  type Column,
  type Label,
  type PrintedSum,
  type Row,
  type ValueKind,
  type Version,
} from './template-print.js';

export type { TableKey } from './template-keys.js';
export type { ValueKind, Version } from './template-print.js';

/** How （六）其他处理 is printed: one row, or its three items. */
export type OtherShape = 'single' | 'split';

export interface Layout {
  version: Version;
  other: OtherShape;
}

/** The tables in the order the parts print them. */
export const TABLES: TableKey[] = [TABLE_OF_PART[2], TABLE_OF_PART[3], TABLE_OF_PART[4]];

export interface KeyedColumn {
  key: string;
  label: Label;
  /** Every form it is printed in, the template's first. */
  labels: string[];
  kind: ValueKind;
  under?: string;
}

export interface KeyedRow {
  key: string;
  label: Label;
  labels: string[];
  cols: KeyedColumn[];
  /** The labels printed over it, outermost first (三、本年度办理结果, （三）不予公开). */
  within: Label[];
  /** Part 二: the item of 第二十条 its block reports on. */
  item?: string;
}

const keyedColumn = (table: TableKey, c: Column): KeyedColumn => ({
  key: keyOf(table, 'columns', c.label.text),
  label: c.label,
  labels: printedForms(c.label),
  kind: c.kind,
  ...(c.under ? { under: c.under } : {}),
});

const keyedRow = (table: TableKey, label: Label, cols: KeyedColumn[], within: Label[]): KeyedRow => ({
  key: keyOf(table, 'rows', label.text),
  label,
  labels: printedForms(label),
  cols,
  within,
});

/** The rows that carry numbers, with the labels over them; （六） as this layout prints it. */
function leaves(rows: Row[], other: OtherShape, within: Label[] = []): { label: Label; within: Label[] }[] {
  return rows.flatMap((r) =>
    r.items && !(r.oneRowOr && other === 'single')
      ? leaves(r.items, other, [...within, r.label])
      : [{ label: r.label, within }],
  );
}

/** The rows of a table in this layout, in printed order. */
export function printedRows(layout: Layout, table: TableKey): KeyedRow[] {
  if (table === TABLE_OF_PART[2])
    return ACTIVE[layout.version].flatMap(({ item, columns, rows }) => {
      const cols = columns.map((c) => keyedColumn(table, c));
      return rows.map((label) => ({ ...keyedRow(table, label, cols, []), item }));
    });
  const { rows, columns } =
    table === TABLE_OF_PART[3]
      ? { rows: REQUESTS.rows, columns: REQUESTS.columns }
      : { rows: REVIEW.blocks, columns: REVIEW.columns };
  const cols = columns.map((c) => keyedColumn(table, c));
  return leaves(rows, layout.other).map(({ label, within }) => keyedRow(table, label, cols, within));
}

/** The columns of part 三 or 四 (every row has them all). */
export const printedColumns = (layout: Layout, table: TableKey): KeyedColumn[] => printedRows(layout, table)[0].cols;

export const cellId = (table: TableKey, row: string, col: string): string => `${table}.${row}.${col}`;

export interface Cell {
  id: string;
  table: TableKey;
  row: string;
  col: string;
  kind: ValueKind;
}

/** Every cell of the layout in printed order: the cells a truth file lists. */
export function layoutCells(layout: Layout, tables: readonly TableKey[] = TABLES): Cell[] {
  return tables.flatMap((table) =>
    printedRows(layout, table).flatMap((row) =>
      row.cols.map((col) => ({
        id: cellId(table, row.key, col.key),
        table,
        row: row.key,
        col: col.key,
        kind: col.kind,
      })),
    ),
  );
}

/** A printed sum with its terms as keys: row keys when it holds in every column, column keys when in every row. */
export interface SumTerms {
  rule: PrintedSum['rule'];
  table: TableKey;
  each: PrintedSum['each'];
  lhs: string[];
  rhs: string[];
}

export function sumTerms(layout: Layout): SumTerms[] {
  return SUMS.map((sum) => {
    const table = TABLE_OF_PART[sum.part];
    const rows = printedRows(layout, table);
    const terms: { label: Label; key: string; within?: Label[] }[] = sum.each === 'column' ? rows : rows[0].cols;
    const find = (words: string) => {
      const found = terms.find((t) => t.label.text === words);
      if (!found) throw new Error(`sum ${sum.rule}: nothing printed as ${words} in ${table}`);
      return found;
    };
    const lhs = sum.sum.map(find);
    const block = lhs[0].within?.at(-1);
    // `rest`: a row's neighbours inside the block it closes; a column's: every other column.
    const rhs =
      sum.equals === 'rest'
        ? terms.filter((t) => !lhs.includes(t) && (!block || t.within!.includes(block)))
        : sum.equals.map(find);
    return { rule: sum.rule, table, each: sum.each, lhs: lhs.map((t) => t.key), rhs: rhs.map((t) => t.key) };
  });
}

/** The terms of one rule (FORMAT.md §3 numbering). */
export const termsOf = (layout: Layout, rule: PrintedSum['rule']): SumTerms =>
  sumTerms(layout).find((s) => s.rule === rule)!;

/** A sum instantiated for one column or row: the cell ids whose sums must agree. */
export interface SumInstance {
  rule: PrintedSum['rule'];
  lhs: string[];
  rhs: string[];
}

export function sumInstances(layout: Layout): SumInstance[] {
  return sumTerms(layout).flatMap(({ rule, table, each, lhs, rhs }) => {
    const rows = printedRows(layout, table);
    if (each === 'column')
      return rows[0].cols.map((col) => ({
        rule,
        lhs: lhs.map((r) => cellId(table, r, col.key)),
        rhs: rhs.map((r) => cellId(table, r, col.key)),
      }));
    return rows.map((row) => ({
      rule,
      lhs: lhs.map((c) => cellId(table, row.key, c)),
      rhs: rhs.map((c) => cellId(table, row.key, c)),
    }));
  });
}

/** Cells covered by at least one sum in this layout. */
export const coveredCells = (layout: Layout): Set<string> =>
  new Set(sumInstances(layout).flatMap((s) => [...s.lhs, ...s.rhs]));
