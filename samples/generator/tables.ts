/**
 * The three report tables as TableSpecs, built from the generator's printed template
 * (template-print.ts, keyed by template-layout.ts) and a report's values.
 */
import { printedColumns, printedRows, type KeyedColumn, type Layout } from './template-layout.js';
import { articleItemLine, CONTENT_HEADER, printedForms, REQUESTS } from './template-print.js';
import type { Cells } from './values.js';
import type { Variant } from './variant.js';
import type { CellSpec, RowSpec, TableSpec } from './wordml.js';

/** Text width of an A4 page with 3.17 cm side margins, in twips. */
export const TEXT_WIDTH = 8306;

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
  const rows = printedRows(layout, 'active');
  const valueCols = Math.max(...rows.map((r) => r.cols.length));
  const labelWidth = v.labelWidth === 'narrow' ? 1700 : 2600;
  const grid = [labelWidth, ...Array(valueCols).fill(Math.floor((TEXT_WIDTH - labelWidth) / valueCols))];
  const blocks = runs(rows, (r) => r.item).map(({ key: item, items }) => {
    const cols = items[0].cols;
    const spans = spreadSpans(cols.length, valueCols);
    const heading: RowSpec = { cells: [{ lines: [articleItemLine(item!)], span: valueCols + 1, bold: true }] };
    const header: RowSpec = {
      cells: [{ lines: [CONTENT_HEADER] }, ...cols.map((c, i) => ({ lines: [labelOf(c.labels)], span: spans[i] }))],
    };
    const body = items.map((row) => ({
      cells: [
        label(labelOf(row.labels)),
        ...row.cols.map((c, i) => ({
          lines: [printValue(cells[`active.${row.key}.${c.key}`], v)],
          span: spans[i],
        })),
      ],
    }));
    return [heading, header, ...body];
  });
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
  const columns = printedColumns(layout, 'requests');
  const labelGrid = v.labelWidth === 'narrow' ? [500, 700, 1800] : [700, 1000, 2600];
  const labelTotal = labelGrid.reduce((a, b) => a + b, 0);
  const grid = [...labelGrid, ...Array(columns.length).fill(Math.floor((TEXT_WIDTH - labelTotal) / columns.length))];
  const header = requestHeader(columns, v, labelOf).map((cells) => ({ cells, header: v.headerRepeat }));
  return { grid, ruled: !v.unruled.includes('requests'), rows: [...header, ...requestBody(layout, cells, v, labelOf)] };
}

/** Three header rows: 申请人情况 / 自然人 · 法人或其他组织 · 总计 / the organisation kinds. */
function requestHeader(columns: KeyedColumn[], v: Variant, labelOf: LabelOf): CellSpec[][] {
  const corner = (vMerge: 'restart' | 'continue'): CellSpec => ({ lines: [REQUESTS.corner], span: 3, vMerge });
  const top: CellSpec[] = [corner('restart'), { lines: [REQUESTS.applicants], span: columns.length }];
  const mid: CellSpec[] = [corner('continue')];
  const low: CellSpec[] = [corner('continue')];
  for (const run of runs(columns, (c) => c.under)) {
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
 * Body rows. The rows of 三、本年度办理结果 sit under its vertical cell; the items of a group
 * (（三）不予公开 …) under their vertically merged group label.
 */
function requestBody(layout: Layout, cells: Cells, v: Variant, labelOf: LabelOf): RowSpec[] {
  const rows = printedRows(layout, 'requests');
  return rows.map((row, i) => {
    const values = row.cols.map((c) => ({ lines: [printValue(cells[`requests.${row.key}.${c.key}`], v)] }));
    const [block, group] = row.within;
    if (!block) return { cells: [{ ...label(labelOf(row.labels)), span: 3 }, ...values] };
    const results: CellSpec = {
      lines: [labelOf(printedForms(block))],
      vMerge: rows[i - 1]?.within[0] !== block ? 'restart' : 'continue',
      vertical: true,
      bold: true,
    };
    if (!group) return { cells: [results, { ...label(labelOf(row.labels)), span: 2 }, ...values] };
    const firstOfGroup = rows[i - 1]?.within[1] !== group;
    const cell: CellSpec = {
      lines: [labelOf(printedForms(group))],
      vMerge: firstOfGroup ? 'restart' : 'continue',
      vertical: v.verticalGroups,
    };
    return { cells: [results, cell, label(labelOf(row.labels)), ...values] };
  });
}

// ---- part 四 ----

/** Part 四: 行政复议 and the 行政诉讼 group side by side, column labels below, one row of numbers. */
export function reviewTable(layout: Layout, cells: Cells, v: Variant, labelOf: LabelOf = canonicalLabel): TableSpec {
  const rows = printedRows(layout, 'review_litigation');
  const columns = rows[0].cols;
  const n = columns.length;
  const grid = Array(n * rows.length).fill(Math.floor(TEXT_WIDTH / (n * rows.length)));
  const colLabels = columns.map((c) => ({ lines: headerLines(labelOf(c.labels), v) }));
  const top: CellSpec[] = [];
  const mid: CellSpec[] = [];
  const low: CellSpec[] = [];
  for (const run of runs(rows, (r) => r.within[0]?.text)) {
    if (!run.key) {
      top.push({ lines: [labelOf(run.items[0].labels)], span: n });
      mid.push(...colLabels.map((c) => ({ ...c, vMerge: 'restart' as const })));
      low.push(...colLabels.map(() => ({ lines: [], vMerge: 'continue' as const })));
    } else {
      top.push({ lines: [labelOf(printedForms(run.items[0].within[0]))], span: n * run.items.length });
      mid.push(...run.items.map((r) => ({ lines: [labelOf(r.labels)], span: n })));
      low.push(...run.items.flatMap(() => colLabels));
    }
  }
  const values = rows.flatMap((r) =>
    columns.map((c) => ({ lines: [printValue(cells[`review_litigation.${r.key}.${c.key}`], v)] })),
  );
  return {
    grid,
    ruled: !v.unruled.includes('review_litigation'),
    rows: [top, mid, low, values].map((c) => ({ cells: c })),
  };
}
