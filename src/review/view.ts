/**
 * The review page's content as plain data: the three tables on their canonical rows and columns
 * (labels from src/template), each cell with its value, raw text and reasons.
 */
import type { Fact, NianbaoRecord } from '../record/schema.js';
import { PART_KEYWORDS, TEMPLATES, type TableDef, type TableKey } from '../template/index.js';
import { cellReasons, factId, reasonFlags, reasonMessages } from './reasons.js';

export interface CellView {
  id: string;
  fact: Fact;
  flags: string[];
  messages: string[];
  failed: boolean;
}

export interface RowView {
  key: string;
  label: string;
  /** The group's label, on the first row of a group (the document prints it above its items). */
  groupStart?: string;
  /** One entry per table column; null where this row has no such cell. */
  cells: (CellView | null)[];
}

export interface TableView {
  key: TableKey;
  title: string;
  columns: { key: string; label: string }[];
  rows: RowView[];
  facts: Fact[];
}

const TABLE_ORDER: TableKey[] = ['active', 'requests', 'review_litigation'];

/** The record's template, or both versions' definitions merged when it is unknown. */
function definitionOf(record: NianbaoRecord, table: TableKey): Pick<TableDef, 'part' | 'columns' | 'rows' | 'groups'> {
  const versions = record.report.template === 'unknown' ? (['2021', '2019'] as const) : [record.report.template];
  const defs = versions.map((v) => TEMPLATES[v].tables.find((t) => t.key === table)!);
  const unique = <T extends { key: string }>(xs: T[]) =>
    xs.filter((x, i) => xs.findIndex((y) => y.key === x.key) === i);
  return {
    part: defs[0].part,
    columns: unique(defs.flatMap((d) => d.columns)),
    rows: unique(defs.flatMap((d) => d.rows)),
    groups: unique(defs.flatMap((d) => d.groups)),
  };
}

/** Keys in template order, then any key the template lacks in the order the facts give it. */
function ordered(templateKeys: string[], present: string[]): string[] {
  const extra = present.filter((k, i) => !templateKeys.includes(k) && present.indexOf(k) === i);
  return [...templateKeys.filter((k) => present.includes(k)), ...extra];
}

function tableView(record: NianbaoRecord, table: TableKey, facts: Fact[]): TableView {
  const def = definitionOf(record, table);
  const reasons = cellReasons(record);
  const colKeys = ordered(
    def.columns.map((c) => c.key),
    facts.map((f) => f.col),
  );
  const rowKeys = ordered(
    def.rows.map((r) => r.key),
    facts.map((f) => f.row),
  );
  const byId = new Map(facts.map((f) => [factId(f), f]));
  const seenGroups = new Set<string>();
  const rows = rowKeys.map((key): RowView => {
    const rowDef = def.rows.find((r) => r.key === key);
    const group = rowDef?.group ? def.groups.find((g) => g.key === rowDef.group) : undefined;
    const groupStart = group && !seenGroups.has(group.key) ? group.labels[0] : undefined;
    if (group) seenGroups.add(group.key);
    const cells = colKeys.map((col) => {
      const fact = byId.get(`${table}.${key}.${col}`);
      if (!fact) return null;
      const why = reasons.get(factId(fact));
      return {
        id: factId(fact),
        fact,
        flags: why ? reasonFlags(why) : [],
        messages: why ? reasonMessages(why) : [],
        failed: (why?.failedChecks.length ?? 0) > 0,
      };
    });
    return { key, label: rowDef?.labels[0] ?? key, ...(groupStart ? { groupStart } : {}), cells };
  });
  const columns = colKeys.map((key) => ({ key, label: def.columns.find((c) => c.key === key)?.labels[0] ?? key }));
  return { key: table, title: PART_KEYWORDS[def.part][0], columns, rows, facts };
}

/** The tables that have facts, in document order. */
export function tableViews(record: NianbaoRecord): TableView[] {
  return TABLE_ORDER.flatMap((table) => {
    const facts = record.facts.filter((f) => f.table === table);
    return facts.length ? [tableView(record, table, facts)] : [];
  });
}
