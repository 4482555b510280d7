/** Small inline SVG line charts of a series over years: no script, no fonts to fetch. */
import { escapeHtml } from '../review/html.js';

export interface Line {
  label: string;
  /** One per year; null where the year has no value. */
  points: (number | null)[];
}

const COLORS = ['#1f6fb4', '#c0392b', '#2e8b57', '#8e44ad', '#d68910'];
const W = 300;
const H = 150;
const PAD = { left: 44, right: 10, top: 12, bottom: 34 };

const fmt = (n: number, percent: boolean) =>
  percent ? `${(n * 100).toFixed(0)}%` : Number.isInteger(n) ? String(n) : n.toFixed(1);

export function lineChart(title: string, years: number[], lines: Line[], percent = false): string {
  const values = lines.flatMap((l) => l.points.filter((p): p is number => p !== null));
  const max = Math.max(percent ? 0.01 : 1, ...values);
  const x = (i: number) =>
    PAD.left +
    (years.length === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (years.length - 1));
  const y = (v: number) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  const axis = `<line x1="${PAD.left}" y1="${y(0)}" x2="${W - PAD.right}" y2="${y(0)}" stroke="#999"/><line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${y(0)}" stroke="#999"/>
<text x="${PAD.left - 4}" y="${PAD.top + 4}" text-anchor="end">${fmt(max, percent)}</text><text x="${PAD.left - 4}" y="${y(0)}" text-anchor="end">0</text>
${years.map((yr, i) => `<text x="${x(i)}" y="${H - PAD.bottom + 14}" text-anchor="middle">${yr}</text>`).join('')}`;
  const drawn = lines
    .map((l, k) => {
      const color = COLORS[k % COLORS.length];
      // A year without a value breaks the line rather than bridging it.
      const segments: string[][] = [[]];
      l.points.forEach((p, i) =>
        p === null ? segments.push([]) : segments[segments.length - 1].push(`${x(i).toFixed(1)},${y(p).toFixed(1)}`),
      );
      const paths = segments
        .filter((s) => s.length > 1)
        .map((s) => `<polyline fill="none" stroke="${color}" stroke-width="2" points="${s.join(' ')}"/>`);
      const dots = l.points.map((p, i) =>
        p === null
          ? ''
          : `<circle cx="${x(i).toFixed(1)}" cy="${y(p).toFixed(1)}" r="3" fill="${color}"><title>${escapeHtml(l.label)} ${years[i]}: ${fmt(p, percent)}</title></circle>`,
      );
      return [...paths, ...dots].join('');
    })
    .join('');
  const legend = lines
    .map((l, k) => `<tspan fill="${COLORS[k % COLORS.length]}">■ ${escapeHtml(l.label)} </tspan>`)
    .join('');
  return `<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(title)}">${axis}${drawn}<text x="${PAD.left}" y="${H - 4}">${legend}</text></svg><figcaption>${escapeHtml(title)}</figcaption></figure>`;
}
