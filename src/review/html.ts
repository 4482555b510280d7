/**
 * The review page's HTML: one self-contained file (inline CSS, images as data: URIs, no script)
 * whose Content-Security-Policy forbids every network request. All text is escaped.
 */
import type { NianbaoRecord } from '../record/schema.js';
import type { TableKey } from '../template/index.js';
import type { RegionImage } from './render-pdf.js';
import type { CellView, RowView, TableView } from './view.js';

export interface PageContent {
  record: NianbaoRecord;
  tables: TableView[];
  images: Map<TableKey, RegionImage[]>;
  /** Why there are no page images, or null when they are there. */
  sourceNote: string | null;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

const PART_NUMERALS = ['', '一', '二', '三', '四', '五', '六'];
const TABLE_PART: Record<TableKey, number> = { active: 2, requests: 3, review_litigation: 4 };

const STYLE = `
body{font:14px/1.45 system-ui,"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;margin:1.5rem;color:#111}
h1{font-size:1.4rem;margin:0 0 .5rem}h2{font-size:1.15rem;margin:2rem 0 .5rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:0}dl.meta dt{color:#555}
.verdict{font-weight:600}.verdict.required{color:#a40000}.note{background:#fff4d6;border:1px solid #e0b84c;padding:.5rem .75rem}
.pair{display:flex;gap:1rem;align-items:flex-start}.pair>.grid{flex:1 1 auto;overflow-x:auto}.pair>.sources{flex:0 1 48%}
.sources img{max-width:100%;border:1px solid #999;display:block}figure{margin:0 0 .75rem}figcaption{color:#555;font-size:.85rem}
table{border-collapse:collapse}th,td{border:1px solid #bbb;padding:.15rem .4rem;vertical-align:top}
th{background:#f2f2f2;font-weight:500}th.row{text-align:left;max-width:22rem}tr.group th{background:#e6e6e6}
td.v{text-align:right;position:relative;min-width:3rem}td.na{background:#fafafa}
.key{display:block;color:#777;font:11px monospace}.raw{display:block;color:#555;font-size:11px}
td.hl{background:#ffe1e1;outline:2px solid #d40000;outline-offset:-2px}td.hl-flag:not(.hl-check){background:#fff0c2;outline-color:#d48a00}
.why{display:none;position:absolute;z-index:2;right:0;top:100%;width:20rem;text-align:left;white-space:pre-wrap;background:#fff;border:1px solid #333;padding:.4rem;font-size:12px}
td.hl:focus .why,td.hl:hover .why{display:block}
ol.checks li,ul.unmapped li{margin-bottom:.4rem}.cells a{font:12px monospace;margin-right:.5rem}
`;

function header(record: NianbaoRecord): string {
  const { source, report, review } = record;
  const meta: [string, string][] = [
    ['agency', report.agency],
    ['year', report.year?.toString() ?? 'unknown'],
    ['template', report.template],
    ['source', source.file],
    [
      'format',
      `${source.format ?? 'unknown'}${source.convertedFrom ? ` (converted from ${source.convertedFrom})` : ''}`,
    ],
    ['pages', source.pages?.toString() ?? '—'],
    ['sha256', source.sha256],
  ];
  const reasons = review.reasons.length ? `: ${review.reasons.join(', ')}` : '';
  return `<header><h1>${escapeHtml(report.title || source.file)}</h1>
<dl class="meta">${meta.map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>
<p class="verdict${review.required ? ' required' : ''}">${review.required ? 'Review required' : 'No review required'}${escapeHtml(reasons)}</p>
${record.error ? `<p class="note error">Error ${escapeHtml(record.error.code)}: ${escapeHtml(record.error.message)}</p>` : ''}</header>`;
}

/** The hover title: the cell's key, value evidence and every reason to look at it. */
function cellTitle(cell: CellView): string {
  const lines = [cell.id, `raw: ${cell.fact.raw || '(blank)'}`, `confidence: ${cell.fact.confidence}`];
  if (cell.flags.length) lines.push(`flags: ${cell.flags.join(', ')}`);
  return [...lines, ...cell.messages].join('\n');
}

function cellHtml(cell: CellView | null): string {
  if (!cell) return '<td class="na"></td>';
  const { fact } = cell;
  const marked = cell.flags.length > 0;
  const classes = [
    'v',
    ...(marked ? ['hl'] : []),
    ...(fact.flags.length ? ['hl-flag'] : []),
    ...(cell.failed ? ['hl-check'] : []),
  ];
  const value = fact.value === null ? '—' : String(fact.value);
  const raw =
    fact.raw !== value ? `<span class="raw">${escapeHtml(fact.raw ? `raw ${fact.raw}` : 'blank')}</span>` : '';
  const why = marked
    ? `<span class="why">${escapeHtml([`flags: ${cell.flags.join(', ')}`, ...cell.messages].join('\n'))}</span>`
    : '';
  return `<td id="cell-${escapeHtml(cell.id)}" class="${classes.join(' ')}" tabindex="0" title="${escapeHtml(cellTitle(cell))}">${escapeHtml(value)}${raw}${why}</td>`;
}

function rowHtml(row: RowView, width: number): string {
  const group = row.groupStart
    ? `<tr class="group"><th colspan="${width + 1}">${escapeHtml(row.groupStart)}</th></tr>`
    : '';
  return `${group}<tr><th class="row">${escapeHtml(row.label)}<span class="key">${escapeHtml(row.key)}</span></th>${row.cells.map(cellHtml).join('')}</tr>`;
}

function imagesHtml(images: RegionImage[], note: string | null): string {
  if (images.length === 0) return note ? `<p class="note source-note">${escapeHtml(note)}</p>` : '';
  return images
    .map((img) => {
      const src = `data:image/png;base64,${Buffer.from(img.png).toString('base64')}`;
      const where = `page ${img.page}, y ${Math.round(img.clip[1])}–${Math.round(img.clip[3])} pt`;
      return `<figure><img class="source-image" src="${src}" width="${Math.round(img.clip[2] - img.clip[0])}" alt="${escapeHtml(`source ${where}`)}"><figcaption>${escapeHtml(where)}</figcaption></figure>`;
    })
    .join('');
}

function tableHtml(table: TableView, images: RegionImage[], note: string | null): string {
  const head = `<tr><th></th>${table.columns.map((c) => `<th>${escapeHtml(c.label)}<span class="key">${escapeHtml(c.key)}</span></th>`).join('')}</tr>`;
  const body = table.rows.map((r) => rowHtml(r, table.columns.length)).join('\n');
  return `<section class="table" id="table-${table.key}"><h2>${PART_NUMERALS[TABLE_PART[table.key]]}、${escapeHtml(table.title)} <span class="key">${table.key}</span></h2>
<div class="pair"><div class="grid"><table><thead>${head}</thead><tbody>${body}</tbody></table></div>
<div class="sources">${imagesHtml(images, note)}</div></div></section>`;
}

function checksHtml(record: NianbaoRecord): string {
  const failed = record.checks.filter((c) => !c.ok);
  if (failed.length === 0)
    return `<section id="checks"><h2>Failed checks</h2><p>None: every check of rules 1–5 holds.</p></section>`;
  const items = failed.map((c) => {
    const cells = c.cells.map((id) => `<a href="#cell-${escapeHtml(id)}">${escapeHtml(id)}</a>`).join('');
    return `<li class="failed-check"><b>rule ${escapeHtml(c.rule)}</b>: ${escapeHtml(c.message)}<div class="cells">${cells}</div></li>`;
  });
  return `<section id="checks"><h2>Failed checks (${failed.length})</h2><ol class="checks">${items.join('')}</ol></section>`;
}

function unmappedHtml(record: NianbaoRecord): string {
  if (record.unmapped.length === 0) return '';
  const items = record.unmapped.map((u) => {
    const where = [u.table, u.page ? `page ${u.page}` : ''].filter(Boolean).join(', ');
    return `<li>${escapeHtml(u.label)}${where ? ` <i>(${escapeHtml(where)})</i>` : ''}: ${escapeHtml(u.values.join(' ') || '(no values)')}</li>`;
  });
  return `<section id="unmapped"><h2>Unmapped entries (${record.unmapped.length})</h2><ul class="unmapped">${items.join('')}</ul></section>`;
}

export function reviewHtml(content: PageContent): string {
  const { record } = content;
  const note = content.sourceNote;
  const topNote = note ? `<p class="note source-note">${escapeHtml(note)}</p>` : '';
  // Beside each table as well for PDFs, where the images would be.
  const sideNote = record.source.format === 'pdf' ? note : null;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review: ${escapeHtml(record.report.title || record.source.file)}</title><style>${STYLE}</style></head>
<body>${header(record)}${topNote}${checksHtml(record)}${unmappedHtml(record)}
${content.tables.map((t) => tableHtml(t, content.images.get(t.key) ?? [], sideNote)).join('\n')}
</body></html>
`;
}
