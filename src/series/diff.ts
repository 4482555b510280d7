/**
 * One agency's reports side by side: per canonical cell its value per year, the change and the
 * percent change from the year before, what is not comparable across the template change, the
 * cross-year rule (FORMAT.md §3 rule 6), missing years, and values flagged in either record.
 */
import type { NianbaoRecord } from '../record/schema.js';
import { ACTIVE_ACROSS_VERSIONS, CROSS_YEAR, OTHER_SUM } from '../template/comparable.js';
import { cellId, layoutCells, PART_TABLES, tableDef, type TableKey } from '../template/index.js';
import type { AgencyGroup } from './group.js';
import type { Loaded } from './load.js';

export interface YearValue {
  value: number | null;
  /** Flagged in its record, or in a failed check there: a person should look before trusting a change. */
  flagged: boolean;
  /** Computed here (the sum of （六）'s items), not printed. */
  derived?: boolean;
}

export type StepStatus = 'compared' | 'not_comparable' | 'missing';

export interface Step {
  status: StepStatus;
  change: number | null;
  /** Percent of the earlier value, one decimal; null where that is 0. */
  percent: number | null;
  /** Either value flagged: the change is not certain. */
  flagged: boolean;
}

export interface DiffRow {
  key: string;
  /** One per year of the diff, null where that year's record has no such cell. */
  values: (YearValue | null)[];
  /** steps[i] from year i-1 to year i; steps[0] is null. */
  steps: (Step | null)[];
}

export interface CrossYearCheck {
  rule: '6';
  ok: boolean;
  /** `FILE#table.row.col` of last year's carried_forward and this year's carried_over. */
  cells: [string, string];
  years: [number, number];
  message: string;
}

export interface AgencyDiff {
  agency: string;
  key: string;
  years: number[];
  files: string[];
  /** Versions of the template per year. */
  templates: string[];
  missingYears: number[];
  rows: DiffRow[];
  checks: CrossYearCheck[];
  notes: string[];
}

/** The source file a person opens (the record's source.file), else where the report was read. */
const fileOf = (r: Loaded): string => r.record.source.file || r.path;

function cellsOf(record: NianbaoRecord): Map<string, YearValue> {
  const failed = new Set(record.checks.filter((c) => !c.ok).flatMap((c) => c.cells));
  return new Map(
    record.facts.map((f) => [cellId(f), { value: f.value, flagged: f.flags.length > 0 || failed.has(cellId(f)) }]),
  );
}

/** （六） as one row in a record that printed its three items: their sum, per column. */
function addOtherSum(cells: Map<string, YearValue>): void {
  const { table } = OTHER_SUM;
  for (const col of tableDef('2021', table).columns.map((c) => c.key)) {
    const items = OTHER_SUM.items.map((row) => cells.get(cellId({ table, row, col })));
    if (items.some((i) => !i) || cells.has(cellId({ table, row: OTHER_SUM.row, col }))) continue;
    const values = items.map((i) => i!.value);
    cells.set(cellId({ table, row: OTHER_SUM.row, col }), {
      value: values.every((v) => v !== null) ? values.reduce((a, b) => a! + b!, 0) : null,
      flagged: items.some((i) => i!.flagged),
      derived: true,
    });
  }
}

/** Template order over both versions, （六） as one row just before its items. */
const ORDER: string[] = (() => {
  const ids = (version: '2019' | '2021', other: 'single' | 'split', table: TableKey) =>
    layoutCells({ version, other }, [table]).map(cellId);
  const requests = ids('2021', 'split', OTHER_SUM.table);
  const at = requests.findIndex((k) => k.startsWith(`${OTHER_SUM.table}.${OTHER_SUM.items[0]}.`));
  requests.splice(
    at,
    0,
    ...ids('2021', 'single', OTHER_SUM.table).filter((k) => k.startsWith(`${OTHER_SUM.table}.${OTHER_SUM.row}.`)),
  );
  return [
    ...ids('2019', 'single', PART_TABLES[2]),
    ...ids('2021', 'split', PART_TABLES[2]),
    ...requests,
    ...ids('2021', 'split', PART_TABLES[4]),
  ];
})();
const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);

const ACROSS = new Set(ACTIVE_ACROSS_VERSIONS.flatMap(([a, b]) => (a === b ? [a] : [])));

function comparable(key: string, before: NianbaoRecord, after: NianbaoRecord): boolean {
  return before.report.template === after.report.template || !key.startsWith(`${PART_TABLES[2]}.`) || ACROSS.has(key);
}

function step(key: string, a: YearValue | null, b: YearValue | null, ra: NianbaoRecord, rb: NianbaoRecord): Step {
  const flagged = Boolean(a?.flagged || b?.flagged);
  if (!a || !b || !comparable(key, ra, rb)) return { status: 'not_comparable', change: null, percent: null, flagged };
  if (a.value === null || b.value === null) return { status: 'missing', change: null, percent: null, flagged };
  const change = Math.round((b.value - a.value) * 1e4) / 1e4;
  return {
    status: 'compared',
    change,
    percent: a.value === 0 ? null : Math.round((change / a.value) * 1000) / 10,
    flagged,
  };
}

/** One report per year: the one a person would trust most (fewest flags and failed checks). */
function onePerYear(reports: Loaded[], notes: string[]): Loaded[] {
  const doubt = (r: NianbaoRecord) =>
    r.facts.filter((f) => f.flags.length).length + r.checks.filter((c) => !c.ok).length + (r.error ? 1e6 : 0);
  const byYear = new Map<number, Loaded[]>();
  for (const r of reports) {
    const y = r.record.report.year;
    if (y === null) notes.push(`${fileOf(r)}: no year found; left out`);
    else byYear.set(y, [...(byYear.get(y) ?? []), r]);
  }
  return [...byYear]
    .sort((a, b) => a[0] - b[0])
    .map(([year, rs]) => {
      const [best, ...others] = [...rs].sort((a, b) => doubt(a.record) - doubt(b.record) || (a.path < b.path ? -1 : 1));
      if (others.length)
        notes.push(
          `${year}: ${others.length + 1} reports; compared ${fileOf(best)} (fewest flags), not ${others.map(fileOf).join(', ')}`,
        );
      return best;
    });
}

function crossYearChecks(series: Loaded[], cells: Map<string, YearValue>[], notes: string[]): CrossYearCheck[] {
  const out: CrossYearCheck[] = [];
  for (let i = 1; i < series.length; i++) {
    const [last, now] = [series[i - 1], series[i]];
    const [y0, y1] = [last.record.report.year!, now.record.report.year!];
    if (y1 !== y0 + 1) {
      notes.push(
        `carry-over ${y0} → ${y1} not checked: ${Array.from({ length: y1 - y0 - 1 }, (_, k) => y0 + k + 1).join(', ')} missing`,
      );
      continue;
    }
    const cols = [...cells[i].keys()]
      .filter((k) => k.startsWith(`${CROSS_YEAR.table}.${CROSS_YEAR.thisYear}.`))
      .map((k) => k.split('.').pop()!);
    for (const col of cols) {
      const before = cells[i - 1].get(`${CROSS_YEAR.table}.${CROSS_YEAR.lastYear}.${col}`);
      const after = cells[i].get(`${CROSS_YEAR.table}.${CROSS_YEAR.thisYear}.${col}`);
      const lastCell = `${fileOf(last)}#${CROSS_YEAR.table}.${CROSS_YEAR.lastYear}.${col}`;
      const thisCell = `${fileOf(now)}#${CROSS_YEAR.table}.${CROSS_YEAR.thisYear}.${col}`;
      if (before?.value == null || after?.value == null) {
        notes.push(`carry-over ${y0} → ${y1} ${col} not checked: a value is missing`);
        continue;
      }
      const ok = before.value === after.value;
      const doubt = before.flagged || after.flagged ? ' (a value is flagged in its record)' : '';
      out.push({
        rule: '6',
        ok,
        cells: [lastCell, thisCell],
        years: [y0, y1],
        message: ok
          ? `${y1} carried_over.${col} = ${y0} carried_forward.${col} = ${after.value}`
          : `${y1} ${CROSS_YEAR.thisYear}.${col} = ${after.value} (${fileOf(now)}) ≠ ${y0} ${CROSS_YEAR.lastYear}.${col} = ${before.value} (${fileOf(last)})${doubt}`,
      });
    }
  }
  return out;
}

export function diffAgency(group: AgencyGroup): AgencyDiff {
  const notes: string[] = [];
  const series = onePerYear(group.reports, notes);
  const cells = series.map((r) => cellsOf(r.record));
  const mixedOther =
    cells.some((c) =>
      [...c.keys()].some((k) => k.startsWith(`${OTHER_SUM.table}.${OTHER_SUM.row}.`) && k.split('.').length === 3),
    ) && cells.some((c) => [...c.keys()].some((k) => k.startsWith(`${OTHER_SUM.table}.${OTHER_SUM.items[0]}.`)));
  if (mixedOther) cells.forEach(addOtherSum);
  const keys = [...new Set(cells.flatMap((c) => [...c.keys()]))].sort((a, b) => rank(a) - rank(b));
  const rows = keys.map((key): DiffRow => {
    const values = cells.map((c) => c.get(key) ?? null);
    return {
      key,
      values,
      steps: values.map((v, i) =>
        i === 0 ? null : step(key, values[i - 1], v, series[i - 1].record, series[i].record),
      ),
    };
  });
  const years = series.map((r) => r.record.report.year!);
  return {
    agency: group.name,
    key: group.key,
    years,
    files: series.map(fileOf),
    templates: series.map((r) => r.record.report.template),
    missingYears: group.missingYears,
    rows,
    checks: crossYearChecks(series, cells, notes),
    notes,
  };
}
