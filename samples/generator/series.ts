/**
 * `npm run samples:series`: two agencies over 2019–2022, across the template change, each year
 * printed by another producer, written to samples/generated/series/ with their truth files.
 * Series A has one carry-over mismatch (2020's 上年结转 of 自然人 is 2 more than 2019's 结转下年度,
 * listed in `cross_year_broken`) and prints its agency two ways; series B's carry-overs all match.
 * Every report is consistent in itself (rules 1–4). Needs LibreOffice and pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { convert, requireTool, withoutImages } from './render.js';
import { generateReport, type GeneratedReport, type ReportPlan } from './report.js';
import { printedColumns, printedRows, type Layout } from './template-layout.js';
import type { Cells } from './values.js';

const OUT = resolve(import.meta.dirname, '../generated/series');

type Producer = 'docx' | 'pdf' | 'crawled' | 'html';

interface SeriesYear {
  year: number;
  /** The agency as this year's title prints it. */
  agency: string;
  producer: Producer;
  /** Added to 上年结转 of 自然人: a carry-over that does not match last year's. */
  mismatch?: number;
}

interface SeriesPlan {
  id: string;
  seed: number;
  years: SeriesYear[];
}

export const SERIES: SeriesPlan[] = [
  {
    id: 'a',
    seed: 7201,
    years: [
      { year: 2019, agency: '河阳市人民政府', producer: 'docx' },
      { year: 2020, agency: '河阳市人民政府', producer: 'pdf', mismatch: 2 },
      { year: 2021, agency: '河阳市人民政府办公室', producer: 'crawled' },
      { year: 2022, agency: '河阳市人民政府', producer: 'html' },
    ],
  },
  {
    id: 'b',
    seed: 8302,
    years: [
      { year: 2019, agency: '青山县民政局', producer: 'pdf' },
      { year: 2020, agency: '青山县民政局', producer: 'crawled' },
      { year: 2021, agency: '青山县民政局', producer: 'html' },
      { year: 2022, agency: '江州市青山县民政局', producer: 'docx' },
    ],
  },
];

const at = (row: string, col: string) => `requests.${row}.${col}`;

/** This year's values with 上年结转 = last year's 结转下年度 (+ mismatch), every rule still holding. */
function chained(lastForward: Cells | null, mismatch: number) {
  return (drawn: Cells, layout: Layout): Cells => {
    if (!lastForward) return drawn;
    const cells = { ...drawn };
    const cols = printedColumns(layout, 'requests')
      .map((c) => c.key)
      .filter((c) => c !== 'total');
    cols.forEach((col, i) => {
      const over = lastForward[at('carried_forward', col)] + (i === 0 ? mismatch : 0);
      let received = cells[at('total', col)] + cells[at('carried_forward', col)] - over;
      // Too few new requests to carry that many over: more were granted this year.
      if (received < 0) {
        cells[at('granted', col)] -= received;
        cells[at('total', col)] -= received;
        received = 0;
      }
      cells[at('carried_over', col)] = over;
      cells[at('new_received', col)] = received;
    });
    for (const row of printedRows(layout, 'requests'))
      cells[at(row.key, 'total')] = cols.reduce((s, col) => s + cells[at(row.key, col)], 0);
    return cells;
  };
}

/** The crawler's header lines above the page text (标题 / 发布时间 / 发布机构 / 原文链接). */
function crawled(text: string, title: string, year: number, agency: string, n: number): string {
  return `标题：${title}\n发布时间：${year + 1}-01-2${n} 10:00\n发布机构：${agency}\n原文链接：http://www.example.gov.cn/art/${year + 1}/1/2${n}/art_${n}.html\n\n${text}`;
}

function plans(series: SeriesPlan): { plan: ReportPlan; year: SeriesYear }[] {
  return series.years.map((year, i) => ({
    year,
    plan: {
      name: `ser-${series.id}-${year.year}`,
      seed: series.seed + i,
      year: year.year,
      agency: year.agency,
      layout: { version: year.year <= 2020 ? '2019' : '2021', other: year.year <= 2020 ? 'single' : 'split' },
    },
  }));
}

function generateSeries(series: SeriesPlan): { report: GeneratedReport; year: SeriesYear }[] {
  let lastForward: Cells | null = null;
  return plans(series).map(({ plan, year }) => {
    const report = generateReport({ ...plan, chain: chained(lastForward, year.mismatch ?? 0) });
    lastForward = report.truth.cells;
    if (year.mismatch)
      report.truth.cross_year_broken = [at('carried_over', 'natural_person'), at('carried_over', 'total')];
    return { report, year };
  });
}

function main(): void {
  requireTool('soffice');
  requireTool('pdftotext');
  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) if (f.startsWith('ser-')) rmSync(join(OUT, f));
  const work = mkdtempSync(join(tmpdir(), 'nianbao-series-'));
  try {
    const all = SERIES.flatMap(generateSeries);
    for (const { report } of all) writeFileSync(join(work, report.manifest.docx), report.docx);
    const docxOf = (producers: Producer[]) =>
      all.filter(({ year }) => producers.includes(year.producer)).map(({ report }) => join(work, report.manifest.docx));
    // The crawled text is pdftotext of the PDF, as a crawler of a PDF link would save it.
    convert(docxOf(['pdf', 'crawled']), 'pdf', join(work, 'pdf'), join(work, 'profile'));
    convert(docxOf(['html']), 'html', join(work, 'html'), join(work, 'profile'));
    all.forEach(({ report, year }, n) => {
      const { name } = report.manifest;
      writeFileSync(join(OUT, `${name}.truth.json`), `${JSON.stringify(report.truth, null, 2)}\n`);
      if (year.producer === 'docx') writeFileSync(join(OUT, `${name}.docx`), report.docx);
      if (year.producer === 'pdf')
        writeFileSync(join(OUT, `${name}.pdf`), readFileSync(join(work, 'pdf', `${name}.pdf`)));
      if (year.producer === 'html')
        writeFileSync(
          join(OUT, `${name}.html`),
          withoutImages(readFileSync(join(work, 'html', `${name}.html`), 'utf8')),
        );
      if (year.producer === 'crawled') {
        const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(work, 'pdf', `${name}.pdf`), '-'], {
          encoding: 'utf8',
        });
        writeFileSync(
          join(OUT, `${name}.txt`),
          crawled(text, `${year.agency}${year.year}年政府信息公开工作年度报告`, year.year, year.agency, n % 10),
        );
      }
    });
    console.log(`wrote ${all.length} reports of ${SERIES.length} series to ${OUT}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
