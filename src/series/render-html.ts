/**
 * The diff as one self-contained HTML page: per agency its years, the cross-year checks, small
 * SVG charts of the key series and the full table. Inline CSS, no script, and a
 * Content-Security-Policy that forbids every request.
 */
import { escapeHtml } from '../review/html.js';
import { CROSS_YEAR, SERIES_CHARTS as CHART } from '../template/comparable.js';
import { lineChart, type Line } from './charts.js';
import type { AgencyDiff } from './diff.js';
import { diffMatrix, LEGEND } from './render-text.js';

const STYLE = `body{font:14px/1.45 system-ui,"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;margin:1.5rem;color:#111}
h1{font-size:1.4rem}h2{font-size:1.2rem;margin-top:2.5rem}.charts{display:flex;flex-wrap:wrap;gap:1rem}
figure{margin:0}figcaption{color:#555;font-size:.85rem;text-align:center}svg text{font-size:9px;fill:#333}
table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}td:first-child,th:first-child{text-align:left;font-family:monospace}
td.flagged{background:#fff4d6}td.nc{color:#888}.failed{color:#a40000;font-weight:600}.legend{color:#555}`;

/** Value of one cell per year from the diff rows. */
function series(diff: AgencyDiff, key: string): (number | null)[] {
  const row = diff.rows.find((r) => r.key === key);
  return diff.years.map((_, i) => row?.values[i]?.value ?? null);
}

function sumOf(diff: AgencyDiff, prefix: string, col: string): (number | null)[] {
  const rows = diff.rows.filter(
    (r) => r.key.startsWith(prefix) && r.key.endsWith(`.${col}`) && !r.values.some((v) => v?.derived),
  );
  return diff.years.map((_, i) => {
    const vs = rows.map((r) => r.values[i]?.value).filter((v): v is number => v != null);
    return vs.length ? vs.reduce((a, b) => a + b, 0) : null;
  });
}

const share = (part: (number | null)[], whole: (number | null)[]) =>
  part.map((p, i) => (p === null || !whole[i] ? null : p / whole[i]!));

function charts(diff: AgencyDiff): string {
  const total = series(diff, CHART.allRequests);
  // The first row's values, plus the others' where the first has one.
  const rowsSum = (rows: readonly string[]) => (col: string) =>
    series(diff, `${rows[0]}.${col}`).map((v, i) =>
      v === null ? null : rows.slice(1).reduce((s, row) => s + (series(diff, `${row}.${col}`)[i] ?? 0), v),
    );
  const outcomes = (of: (col: string) => (number | null)[]): Line[] =>
    CHART.outcomes.map(({ col, legend }) => ({ label: legend, points: of(col) }));
  const { newRequests, granted, denied, review, litigation } = CHART;
  return `<div class="charts">${[
    lineChart(newRequests.title, diff.years, [{ label: newRequests.legend, points: series(diff, newRequests.id) }]),
    lineChart(
      granted.title,
      diff.years,
      [{ label: granted.legend, points: share(series(diff, granted.id), total) }],
      true,
    ),
    lineChart(
      denied.title,
      diff.years,
      [{ label: denied.legend, points: share(sumOf(diff, denied.prefix, denied.col), total) }],
      true,
    ),
    lineChart(review.title, diff.years, outcomes(rowsSum(review.rows))),
    lineChart(litigation.title, diff.years, outcomes(rowsSum(litigation.rows))),
  ].join('')}</div>`;
}

function table(diff: AgencyDiff): string {
  const [head, ...rows] = diffMatrix(diff);
  const body = rows.map((cells, r) => {
    const row = diff.rows[r];
    const tds = cells.map((text, c) => {
      if (c === 0) return `<td>${escapeHtml(text)}</td>`;
      const i = c - 1;
      const classes = [
        row.values[i]?.flagged || row.steps[i]?.flagged ? 'flagged' : '',
        row.steps[i]?.status === 'not_comparable' ? 'nc' : '',
      ].filter(Boolean);
      return `<td${classes.length ? ` class="${classes.join(' ')}"` : ''}>${escapeHtml(text)}</td>`;
    });
    return `<tr>${tds.join('')}</tr>`;
  });
  return `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

function section(diff: AgencyDiff): string {
  const failed = diff.checks.filter((c) => !c.ok);
  const years = diff.years
    .map((y, i) => `<li>${y} (${escapeHtml(diff.templates[i])}): ${escapeHtml(diff.files[i])}</li>`)
    .join('');
  const checks = failed.length
    ? `<ul>${failed.map((c) => `<li class="failed">${escapeHtml(c.message)}<br><code>${escapeHtml(c.cells[1])}</code> vs <code>${escapeHtml(c.cells[0])}</code></li>`).join('')}</ul>`
    : `<p>all ${diff.checks.length} carry-over checks pass</p>`;
  const notes = diff.notes.length ? `<ul>${diff.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : '';
  return `<section class="agency"><h2>${escapeHtml(diff.agency)}</h2><ul>${years}</ul>
<p>missing years: ${diff.missingYears.length ? diff.missingYears.join(', ') : 'none'}</p>
<h3>Cross-year rule: this year's ${CROSS_YEAR.thisYear} = last year's ${CROSS_YEAR.lastYear}</h3>${checks}${notes}
${charts(diff)}<h3>Every cell</h3><p class="legend">${escapeHtml(LEGEND)}</p>${table(diff)}</section>`;
}

export function diffPage(diffs: AgencyDiff[]): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>nianbao diff: ${escapeHtml(diffs.map((d) => d.agency).join(', '))}</title><style>${STYLE}</style></head>
<body><h1>Year to year: ${diffs.length} agenc${diffs.length === 1 ? 'y' : 'ies'}</h1>${diffs.map(section).join('')}</body></html>
`;
}
