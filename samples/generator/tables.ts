/**
 * The three report tables as TableSpecs, built from the template data (src/template) and a
 * report's values; labels come from the template, never re-declared here.
 */
import { layoutRows, rowColumns, SUM_RULES, tableDef, type ColumnDef, type Layout } from '../../src/template/index.js';
import type { Cells } from './values.js';
import type { Variant } from './variant.js';
import type { CellSpec, RowSpec, TableSpec } from './wordml.js';

/** Text width of an A4 page with 3.17 cm side margins, in twips. */
export const TEXT_WIDTH = 8306;

/** 第二十条第（N）项 of the regulation that each part 二 row reports on (headings, not labels). */
const ARTICLE_20_ITEM: Record<string, string> = {
  regulations: '一',
  normative_docs: '一',
  licensing: '五',
  other_services: '五',
  punishment: '六',
  coercion: '六',
  fees: '八',
  procurement: '九',
};

/** Printed above the 申请人 columns and in the corner of table 三 (template wording). */
const APPLICANTS = '申请人情况';
const CORNER_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const CONTENT = '信息内容';

export function printValue(value: number, v: Variant): string {
  if (value !== 0) return String(value);
  return v.zeros === '0' ? '0' : v.zeros === 'blank' ? '' : '—';
}

/** Which of a template entry's printed labels (canonical first, variants after) a report uses. */
export type LabelOf = (labels: string[]) => string;
export const canonicalLabel: LabelOf = (labels) => labels[0];

const headerLines = (label: string, v: Variant): string[] => (v.charPerLine ? [...label] : [label]);
const label = (text: string): CellSpec => ({ lines: [text], align: 'left' });

/** Consecutive items with the same defined key, grouped; an item without a key stands alone. */
function runs<T>(items: T[], keyOf: (item: T) => string | undefined): { key?: string; items: T[] }[] {
  const out: { key?: string; items: T[] }[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = out[out.length - 1];
    if (key !== undefined && last?.key === key) last.items.push(item);
    else out.push({ key, items: [item] });
  }
  return out;
}

// ---- part 二 ----

/** Part 二: one table with a heading row per 项, or one table per 项. */
export function activeTables(layout: Layout, cells: Cells, v: Variant, labelOf: LabelOf = canonicalLabel): TableSpec[] {
  const def = tableDef(layout.version, 'active');
  const valueCols = Math.max(...def.rows.map((r) => rowColumns(def, r).length));
  const labelWidth = v.labelWidth === 'narrow' ? 1700 : 2600;
  const grid = [labelWidth, ...Array(valueCols).fill(Math.floor((TEXT_WIDTH - labelWidth) / valueCols))];
  const blocks = runs(layoutRows(layout, 'active'), (r) => ARTICLE_20_ITEM[r.key] ?? '').map(
    ({ key: item, items: rows }) => {
      const cols = rowColumns(def, rows[0]);
      const spans = spreadSpans(cols.length, valueCols);
      const heading: RowSpec = { cells: [{ lines: [`第二十条第（${item}）项`], span: valueCols + 1, bold: true }] };
      const header: RowSpec = {
        cells: [{ lines: [CONTENT] }, ...cols.map((c, i) => ({ lines: [labelOf(c.labels)], span: spans[i] }))],
      };
      const body = rows.map((row) => ({
        cells: [
          label(labelOf(row.labels)),
          ...rowColumns(def, row).map((c, i) => ({
            lines: [printValue(cells[`active.${row.key}.${c.key}`], v)],
            span: spans[i],
          })),
        ],
      }));
      return [heading, header, ...body];
    },
  );
  const ruled = !v.unruled.includes('active');
  return v.activeLayout === 'one-table'
    ? [{ grid, ruled, rows: blocks.flat() }]
    : blocks.map((rows) => ({ grid, ruled, rows }));
}

/** Spreads n value cells over the table's value columns: the last cell takes what is left. */
function spreadSpans(n: number, of: number): number[] {
  return Array.from({ length: n }, (_, i) => (i < n - 1 ? 1 : of - n + 1));
}

// ---- part 三 ----

export function requestsTable(layout: Layout, cells: Cells, v: Variant, labelOf: LabelOf = canonicalLabel): TableSpec {
  const def = tableDef(layout.version, 'requests');
  const labelGrid = v.labelWidth === 'narrow' ? [500, 700, 1800] : [700, 1000, 2600];
  const labelTotal = labelGrid.reduce((a, b) => a + b, 0);
  const grid = [
    ...labelGrid,
    ...Array(def.columns.length).fill(Math.floor((TEXT_WIDTH - labelTotal) / def.columns.length)),
  ];
  const header = requestHeader(def.columns, v, labelOf).map((cells) => ({ cells, header: v.headerRepeat }));
  return { grid, ruled: !v.unruled.includes('requests'), rows: [...header, ...requestBody(layout, cells, v, labelOf)] };
}

/** Three header rows: 申请人情况 / 自然人 · 法人或其他组织 · 总计 / the organisation kinds. */
function requestHeader(columns: ColumnDef[], v: Variant, labelOf: LabelOf): CellSpec[][] {
  const corner = (vMerge: 'restart' | 'continue'): CellSpec => ({ lines: [CORNER_NOTE], span: 3, vMerge });
  const top: CellSpec[] = [corner('restart'), { lines: [APPLICANTS], span: columns.length }];
  const mid: CellSpec[] = [corner('continue')];
  const low: CellSpec[] = [corner('continue')];
  for (const run of runs(columns, (c) => c.groupLabels?.[0])) {
    if (!run.key) {
      mid.push({ lines: headerLines(labelOf(run.items[0].labels), v), vMerge: 'restart' });
      low.push({ lines: [], vMerge: 'continue' });
    } else {
      mid.push({ lines: [run.key], span: run.items.length });
      low.push(...run.items.map((c) => ({ lines: headerLines(labelOf(c.labels), v) })));
    }
  }
  return [top, mid, low];
}

/**
 * Body rows. The results block (first result row through rule 3's 总计) sits under the
 * vertical 三、本年度办理结果 cell; group leaves sit under their vertically merged group label.
 */
function requestBody(layout: Layout, cells: Cells, v: Variant, labelOf: LabelOf): RowSpec[] {
  const def = tableDef(layout.version, 'requests');
  const rows = layoutRows(layout, 'requests');
  const groupLabel = (key: string): string => labelOf(def.groups.find((g) => g.key === key)?.labels ?? [key]);
  const totalKey = SUM_RULES.find((r) => r.rule === 3)?.lhs[0];
  const start = rows.findIndex((r) => r.result);
  const end = rows.findIndex((r) => r.key === totalKey);
  return rows.map((row, i) => {
    const values = def.columns.map((c) => ({ lines: [printValue(cells[`requests.${row.key}.${c.key}`], v)] }));
    if (i < start || i > end) return { cells: [{ ...label(labelOf(row.labels)), span: 3 }, ...values] };
    const results: CellSpec = {
      lines: [groupLabel('results')],
      vMerge: i === start ? 'restart' : 'continue',
      vertical: true,
      bold: true,
    };
    if (!row.group) return { cells: [results, { ...label(labelOf(row.labels)), span: 2 }, ...values] };
    const firstOfGroup = rows[i - 1]?.group !== row.group;
    const group: CellSpec = {
      lines: [groupLabel(row.group)],
      vMerge: firstOfGroup ? 'restart' : 'continue',
      vertical: v.verticalGroups,
    };
    return { cells: [results, group, label(labelOf(row.labels)), ...values] };
  });
}

// ---- part 四 ----

/** Part 四: 行政复议 and the 行政诉讼 group side by side, column labels below, one row of numbers. */
export function reviewTable(layout: Layout, cells: Cells, v: Variant, labelOf: LabelOf = canonicalLabel): TableSpec {
  const def = tableDef(layout.version, 'review_litigation');
  const rows = layoutRows(layout, 'review_litigation');
  const n = def.columns.length;
  const grid = Array(n * rows.length).fill(Math.floor(TEXT_WIDTH / (n * rows.length)));
  const colLabels = def.columns.map((c) => ({ lines: headerLines(labelOf(c.labels), v) }));
  const top: CellSpec[] = [];
  const mid: CellSpec[] = [];
  const low: CellSpec[] = [];
  for (const run of runs(rows, (r) => r.group)) {
    if (!run.key) {
      top.push({ lines: [labelOf(run.items[0].labels)], span: n });
      mid.push(...colLabels.map((c) => ({ ...c, vMerge: 'restart' as const })));
      low.push(...colLabels.map(() => ({ lines: [], vMerge: 'continue' as const })));
    } else {
      const group = run.key;
      top.push({
        lines: [labelOf(def.groups.find((g) => g.key === group)?.labels ?? [group])],
        span: n * run.items.length,
      });
      mid.push(...run.items.map((r) => ({ lines: [labelOf(r.labels)], span: n })));
      low.push(...run.items.flatMap(() => colLabels));
    }
  }
  const values = rows.flatMap((r) =>
    def.columns.map((c) => ({ lines: [printValue(cells[`review_litigation.${r.key}.${c.key}`], v)] })),
  );
  return {
    grid,
    ruled: !v.unruled.includes('review_litigation'),
    rows: [top, mid, low, values].map((c) => ({ cells: c })),
  };
}
