/** Shapes of the template knowledge (FORMAT.md §1–§4), declared once in ./data.ts. */
import type { TABLE_KEYS } from './data.js';

export type TemplateVersion = '2019' | '2021';
export type TableKey = (typeof TABLE_KEYS)[number];

/** How a column's numbers are read and checked (rule 5). */
export type ValueKind = 'count' | 'signed' | 'decimal';

export interface ColumnDef {
  key: string;
  /** Printed header labels, canonical first; variants after. */
  labels: string[];
  kind: ValueKind;
  /** Labels of header cells above this one (a 法人或其他组织 group, a 行政诉讼 block). */
  groupLabels?: string[];
}

export interface RowDef {
  /** Canonical row key, dotted for group leaves (`denied.state_secret`). */
  key: string;
  /** Printed labels of the row itself (without its group's label), canonical first. */
  labels: string[];
  /** The group parent's key, for leaves (`denied`). */
  group?: string;
  /** Columns of this row, where rows differ (part 二). Defaults to the table's columns. */
  cols?: string[];
  /** A result leaf summed by rule 3. */
  result?: boolean;
  /** Only in one layout of （六）: `single` = one row `other`, `split` = three items. */
  otherLayout?: 'single' | 'split';
}

export interface GroupDef {
  key: string;
  labels: string[];
}

export interface TableDef {
  key: TableKey;
  /** Part number (二 = 2 …) and the keywords that find its heading. */
  part: 2 | 3 | 4;
  columns: ColumnDef[];
  rows: RowDef[];
  groups: GroupDef[];
}

/**
 * A sum that must hold (FORMAT.md §3). `over: 'columns'` means: for every column, the
 * listed rows add up (terms are row keys); `over: 'rows'`: for every row, the listed
 * columns add up (terms are column keys). `rhsResults` stands for every result leaf of the
 * layout (rule 3).
 */
export interface SumRule {
  rule: 1 | 2 | 3 | 4;
  table: TableKey;
  over: 'columns' | 'rows';
  lhs: string[];
  rhs: string[] | 'results';
  /** How the rule reads in messages. */
  description: string;
}

export interface Template {
  version: TemplateVersion;
  /** Column headers of part 二 that identify this version. */
  markers: string[];
  tables: TableDef[];
}
