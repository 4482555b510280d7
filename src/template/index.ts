/** Queries over the template data: which cells a layout has, which rules cover a cell. */
import { cellId, type CellKey as AnyCellKey } from '../core/index.js';
import { SUM_RULES, TABLE_KEYS, TEMPLATES } from './data.js';
export * from './prose-terms.js';
import type { ColumnDef, RowDef, SumRule, TableDef, TableKey, TemplateVersion } from './types.js';

export * from './types.js';
export {
  ARTICLE_ITEM,
  HEADER_ONLY_LABELS,
  LABEL_COLUMN_HEADER,
  PART_HEADING_END,
  PART_KEYWORDS,
  PART_TABLES,
  SUM_RULES,
  TABLE_KEYS,
  TEMPLATES,
  TOTAL_LABELS,
} from './data.js';

/** How （六）其他处理 is printed: one row, or three items (FORMAT.md §2). */
export type OtherLayout = 'single' | 'split';

export interface Layout {
  version: TemplateVersion;
  other: OtherLayout;
}

/** A cell of the template: its table is one of the template's. */
export type CellKey = AnyCellKey<TableKey>;
export { cellId } from '../core/index.js';

export function tableDef(version: TemplateVersion, table: TableKey): TableDef {
  const def = TEMPLATES[version].tables.find((t) => t.key === table);
  if (!def) throw new Error(`template ${version} has no table ${table}`);
  return def;
}

/** The part (二 = 2, 三, 四) that prints a table; the same in both versions. */
export const partOf = (table: TableKey): number => tableDef('2021', table).part;

/** The table a part prints, or undefined for parts 一, 五, 六. */
export const tableOfPart = (part: number): TableKey | undefined => TABLE_KEYS.find((t) => partOf(t) === part);

/** How （六） is printed as one row: its label (`（六）其他处理`). */
export const singleOtherLabel = (version: TemplateVersion): string =>
  tableDef(version, 'requests').rows.find((r) => r.otherLayout === 'single')!.labels[0];

/** The rows of rule 1 (received + carried over = total + carried forward), its left side first. */
export function balanceRows(): string[] {
  const rule = SUM_RULES.find((r) => r.rule === 1)!;
  return [...rule.lhs, ...(rule.rhs === 'results' ? [] : rule.rhs)];
}

/** The rows of a table in this layout, in template order. */
export function layoutRows(layout: Layout, table: TableKey): RowDef[] {
  return tableDef(layout.version, table).rows.filter((r) => !r.otherLayout || r.otherLayout === layout.other);
}

export function rowColumns(def: TableDef, row: RowDef): ColumnDef[] {
  if (!row.cols) return def.columns;
  return row.cols.map((k) => {
    const col = def.columns.find((c) => c.key === k);
    if (!col) throw new Error(`unknown column ${k} in ${def.key}.${row.key}`);
    return col;
  });
}

/** A cell of a layout and the kind of value its column holds. */
export type LayoutCell = CellKey & { kind: ColumnDef['kind'] };

/** Every cell of the layout, in template order: the facts a record must carry. */
export function layoutCells(layout: Layout, tables: readonly TableKey[] = TABLE_KEYS): LayoutCell[] {
  const out: LayoutCell[] = [];
  for (const table of tables) {
    const def = tableDef(layout.version, table);
    for (const row of layoutRows(layout, table)) {
      for (const col of rowColumns(def, row)) out.push({ table, row: row.key, col: col.key, kind: col.kind });
    }
  }
  return out;
}

/** Every canonical key of any template and layout, each once, in template order (2021 first). */
export function allCellIds(): string[] {
  const layouts: Layout[] = (Object.keys(TEMPLATES) as TemplateVersion[]).flatMap((version) => [
    { version, other: 'single' as const },
    { version, other: 'split' as const },
  ]);
  return [...new Set(layouts.flatMap((layout) => layoutCells(layout).map(cellId)))];
}

/** A rule instantiated for one column or row: the cells whose sums must agree. */
export interface RuleInstance {
  rule: SumRule;
  lhs: CellKey[];
  rhs: CellKey[];
  /** The column (over columns) or row (over rows) it is instantiated for. */
  along: string;
}

export function ruleInstances(layout: Layout): RuleInstance[] {
  const out: RuleInstance[] = [];
  for (const rule of SUM_RULES) {
    const def = tableDef(layout.version, rule.table);
    const rows = layoutRows(layout, rule.table);
    if (rule.over === 'columns') {
      const rhsRows = rule.rhs === 'results' ? rows.filter((r) => r.result).map((r) => r.key) : rule.rhs;
      for (const col of def.columns) {
        const at = (row: string): CellKey => ({ table: rule.table, row, col: col.key });
        out.push({ rule, lhs: rule.lhs.map(at), rhs: rhsRows.map(at), along: col.key });
      }
    } else {
      const cols = rule.rhs === 'results' ? [] : rule.rhs;
      for (const row of rows) {
        const at = (col: string): CellKey => ({ table: rule.table, row: row.key, col });
        out.push({ rule, lhs: rule.lhs.map(at), rhs: cols.map(at), along: row.key });
      }
    }
  }
  return out;
}

/** Cells covered by at least one of rules 1–4 in this layout. */
export function coveredCells(layout: Layout): Set<string> {
  const out = new Set<string>();
  for (const inst of ruleInstances(layout)) for (const c of [...inst.lhs, ...inst.rhs]) out.add(cellId(c));
  return out;
}
