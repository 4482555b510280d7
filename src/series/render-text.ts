/** A diff as a terminal table, Markdown, CSV (UTF-8 with BOM) and JSON. */
import type { AgencyDiff, DiffRow, Step, YearValue } from './diff.js';

export const LEGEND =
  '* = flagged in its record (or in a failed check there): look before trusting the change; n/c = not comparable across the template change; (sum) = （六） as the sum of its items';

const number = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, ''));
const signed = (n: number) => (n > 0 ? `+${number(n)}` : number(n));

export function valueText(v: YearValue | null): string {
  if (!v) return '–';
  return `${v.value === null ? '?' : number(v.value)}${v.flagged ? '*' : ''}`;
}

export function stepText(s: Step | null): string {
  if (!s) return '';
  if (s.status === 'not_comparable') return 'n/c';
  if (s.status === 'missing') return '?';
  const pct = s.percent === null ? '' : `, ${signed(s.percent)}%`;
  return `${signed(s.change!)}${pct}${s.flagged ? '*' : ''}`;
}

const rowLabel = (row: DiffRow) => (row.values.some((v) => v?.derived) ? `${row.key} (sum)` : row.key);

/** Header and one line per cell: the key, then per year its value and the change from the year before. */
export function diffMatrix(diff: AgencyDiff): string[][] {
  const header = ['cell', ...diff.years.map((y, i) => `${y} (${diff.templates[i]})`)];
  const rows = diff.rows.map((row) => [
    rowLabel(row),
    ...row.values.map((v, i) => (i === 0 ? valueText(v) : `${valueText(v)} (${stepText(row.steps[i])})`)),
  ]);
  return [header, ...rows];
}

function summaryLines(diff: AgencyDiff): string[] {
  const failed = diff.checks.filter((c) => !c.ok);
  return [
    `years: ${diff.years.map((y, i) => `${y} ${diff.files[i]}`).join(' · ')}`,
    `missing years: ${diff.missingYears.length ? diff.missingYears.join(', ') : 'none'}`,
    `cross-year rule (this year's carried_over = last year's carried_forward): ${diff.checks.length} checked, ${failed.length} failed`,
    ...failed.map((c) => `FAILED ${c.cells[1]} vs ${c.cells[0]}: ${c.message}`),
    ...diff.notes.map((n) => `note: ${n}`),
  ];
}

const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);

export function terminalText(diffs: AgencyDiff[]): string {
  return diffs
    .map((d) => {
      const m = diffMatrix(d);
      const widths = m[0].map((_, c) => Math.max(...m.map((r) => width(r[c]))));
      const lines = m.map((r) =>
        r
          .map((cell, c) => cell + ' '.repeat(widths[c] - width(cell)))
          .join('  ')
          .trimEnd(),
      );
      return [`== ${d.agency}`, ...summaryLines(d), '', ...lines, '', LEGEND].join('\n');
    })
    .join('\n\n');
}

const mdCell = (s: string) => s.replace(/\|/g, '\\|');

export function markdown(diffs: AgencyDiff[]): string {
  return (
    diffs
      .map((d) => {
        const [head, ...rows] = diffMatrix(d);
        const table = [
          `| ${head.map(mdCell).join(' | ')} |`,
          `|${head.map(() => '---').join('|')}|`,
          ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`),
        ];
        return [`## ${d.agency}`, '', ...summaryLines(d).map((l) => `- ${l}`), '', ...table, '', `_${LEGEND}_`].join(
          '\n',
        );
      })
      .join('\n\n') + '\n'
  );
}

const csvField = (v: string | number | boolean | null) => {
  const s = v === null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One line per agency, cell and year; the change is from the year before in the series. */
export function csv(diffs: AgencyDiff[]): string {
  const lines = [
    ['agency', 'cell', 'year', 'file', 'template', 'value', 'flagged', 'derived', 'change', 'percent', 'status'],
  ];
  for (const d of diffs) {
    for (const row of d.rows) {
      row.values.forEach((v, i) => {
        const s = row.steps[i];
        lines.push([
          d.agency,
          row.key,
          String(d.years[i]),
          d.files[i],
          d.templates[i],
          v?.value == null ? '' : String(v.value),
          String(Boolean(v?.flagged || s?.flagged)),
          String(Boolean(v?.derived)),
          s?.change == null ? '' : String(s.change),
          s?.percent == null ? '' : String(s.percent),
          s ? s.status : v ? 'first' : 'absent',
        ]);
      });
    }
    for (const c of d.checks)
      lines.push([
        d.agency,
        `rule 6 ${c.cells[1]}`,
        String(c.years[1]),
        c.cells[0],
        '',
        '',
        '',
        '',
        '',
        '',
        c.ok ? 'cross_year_ok' : `cross_year_failed: ${c.message}`,
      ]);
  }
  return '\ufeff' + lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const json = (diffs: AgencyDiff[]): string =>
  `${JSON.stringify({ legend: LEGEND, agencies: diffs }, null, 2)}\n`;
