/**
 * The sample generator (issue 3): values obey rules 1–5, injected errors break a rule and
 * are listed, the DOCX is a real Word package with merges mammoth can read, and the
 * committed corpus is what the generator writes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { cellId, layoutCells, layoutRows, tableDef, type Layout } from '../src/template/index.js';
import { cellsInFailedRules, failedRules } from '../samples/generator/checks.js';
import { planCorpus } from '../samples/generator/corpus.js';
import { generateReport, type GeneratedReport } from '../samples/generator/report.js';
import { printValue } from '../samples/generator/tables.js';
import { createRng } from '../samples/generator/prng.js';
import { proseFigures } from '../samples/generator/prose-figures.js';
import { printedRows, TABLES } from '../samples/generator/template-layout.js';
import { printedForms } from '../samples/generator/template-print.js';

const plans = planCorpus();
const reports: GeneratedReport[] = plans.map(generateReport);
const layoutOf = (r: GeneratedReport): Layout => ({ version: r.manifest.template, other: r.manifest.other });
const documentXml = (r: GeneratedReport): string => strFromU8(unzipSync(r.docx)['word/document.xml']);

describe('corpus plan', () => {
  test('at least 36 reports over both versions, some 2021+ with （六） as one row, about 1/5 broken', () => {
    expect(reports.length).toBeGreaterThanOrEqual(36);
    const m = reports.map((r) => r.manifest);
    expect(m.filter((x) => x.template === '2019').every((x) => x.year <= 2020 && x.other === 'single')).toBe(true);
    expect(m.filter((x) => x.template === '2021').every((x) => x.year >= 2021 && x.year <= 2025)).toBe(true);
    expect(m.some((x) => x.template === '2021' && x.other === 'single')).toBe(true);
    const broken = m.filter((x) => x.broken).length;
    expect(broken / m.length).toBeGreaterThan(0.15);
    expect(broken / m.length).toBeLessThan(0.3);
    expect(new Set(m.map((x) => x.agency)).size).toBeGreaterThan(20);
  });
});

describe('values', () => {
  test.each(reports.map((r) => [r.truth.name, r] as const))(
    '%s: a value for every layout cell, rules 1–5 hold before injection',
    (_, r) => {
      const layout = layoutOf(r);
      const cells = layoutCells(layout);
      expect(Object.keys(r.truth.cells)).toEqual(cells.map(cellId));
      expect(failedRules(layout, r.correct)).toEqual([]);
      for (const c of cells) {
        const v = r.truth.cells[cellId(c)];
        if (c.kind === 'decimal') expect(Number.isFinite(v) && v >= 0).toBe(true);
        else expect(Number.isInteger(v)).toBe(true);
        if (c.kind === 'count') expect(v).toBeGreaterThanOrEqual(0);
      }
      if (!r.manifest.broken) expect(r.truth.cells).toEqual(r.correct);
    },
  );

  test('many cells are non-zero (not the all-zero reports of real life)', () => {
    const requestValues = reports.flatMap((r) =>
      Object.entries(r.correct)
        .filter(([id]) => id.startsWith('requests.'))
        .map(([, v]) => v),
    );
    expect(requestValues.filter((v) => v > 0).length / requestValues.length).toBeGreaterThan(0.2);
    expect(reports.every((r) => Object.values(r.correct).some((v) => v > 9))).toBe(true);
  });
});

describe('injected errors', () => {
  const broken = reports.filter((r) => r.manifest.broken);

  test.each(broken.map((r) => [r.truth.name, r] as const))(
    '%s: every broken cell sits in a failed rule, none in part 二',
    (_, r) => {
      const failing = cellsInFailedRules(layoutOf(r), r.truth.cells);
      expect(r.truth.broken.length).toBeGreaterThan(0);
      for (const id of r.truth.broken) {
        expect(failing.has(id)).toBe(true);
        expect(id.startsWith('active.')).toBe(false);
        expect(r.truth.cells[id]).not.toBe(r.correct[id]);
      }
      const changed = Object.keys(r.correct).filter((id) => r.correct[id] !== r.truth.cells[id]);
      expect(changed.sort()).toEqual(r.truth.broken);
    },
  );

  test('the prose states a broken cell as printed, never wrong: its truth stays among the cells', () => {
    const { cells, template } = broken[0].truth;
    const disagrees = (seed: number, brokenIds: string[]) =>
      proseFigures(createRng(seed), cells, template, brokenIds).disagrees;
    const seeds = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(seeds.some((seed) => disagrees(seed, []))).toBe(true);
    expect(seeds.filter((seed) => disagrees(seed, Object.keys(cells)))).toEqual([]);
  });

  test('one of them is a 总计 printed as 0', () => {
    const zeroTotals = broken.flatMap((r) =>
      r.truth.broken.filter((id) => id.split('.').includes('total') && r.truth.cells[id] === 0),
    );
    expect(zeroTotals.length).toBeGreaterThan(0);
  });
});

describe('DOCX package', () => {
  test.each(reports.map((r) => [r.truth.name, r] as const))(
    '%s: a zip whose document.xml has real merges and the variant features',
    (_, r) => {
      const parts = unzipSync(r.docx);
      expect(Object.keys(parts)).toEqual(
        expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']),
      );
      const xml = documentXml(r);
      for (const tag of [
        '<w:gridSpan w:val=',
        '<w:vMerge w:val="restart"/>',
        '<w:vMerge/>',
        '<w:textDirection w:val="tbRl"/>',
        '<w:tblLayout w:type="fixed"/>',
        '<w:tblGrid>',
        '<w:tcW ',
      ]) {
        expect(xml).toContain(tag);
      }
      const f = r.manifest.features;
      expect(xml.includes('<w:tblHeader/>')).toBe(f.headerRepeat);
      expect(xml.includes('w:val="none"')).toBe(f.unruled.length > 0);
      expect(xml).toContain(`w:eastAsia="${f.fontFamily}"`);
    },
  );

  test('reports with label variants print some non-canonical template labels, the others none', () => {
    const entries = (['2019', '2021'] as const).flatMap((version) =>
      (['single', 'split'] as const).flatMap((other) =>
        TABLES.flatMap((t) =>
          printedRows({ version, other }, t).flatMap((r) => [
            r.labels,
            ...r.cols.map((c) => c.labels),
            ...r.within.map(printedForms),
          ]),
        ),
      ),
    );
    const canonical = new Set(entries.map((labels) => labels[0]));
    const variants = new Set(entries.flatMap((labels) => labels.slice(1)).filter((l) => !canonical.has(l)));
    for (const r of reports) {
      const texts = [...documentXml(r).matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]);
      expect(texts.some((t) => variants.has(t))).toBe(r.manifest.features.labelVariants);
    }
  });

  test('the same plan gives byte-identical files', () => {
    const again = generateReport(plans[7]);
    expect(Buffer.from(again.docx).equals(Buffer.from(reports[7].docx))).toBe(true);
    expect(again.truth).toEqual(reports[7].truth);
  });
});

/** Cell texts of every table row in mammoth's HTML (merged continuation cells are absent). */
function htmlRows(html: string): string[][] {
  return [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) =>
    [...m[1].matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) =>
      c[1].replace(/<\/p><p>/g, '\n').replace(/<[^>]+>/g, ''),
    ),
  );
}

describe('mammoth reads the DOCX', () => {
  test.each(reports.map((r) => [r.truth.name, r] as const))(
    '%s: title, tables and the printed values of parts 三 and 四',
    async (_, r) => {
      const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(r.docx) });
      expect(html).toContain(`${r.truth.agency}${r.truth.year}年政府信息公开工作年度报告`);
      const layout = layoutOf(r);
      const f = r.manifest.features;
      const rows = htmlRows(html);
      const print = (id: string): string => printValue(r.truth.cells[id], f);

      const requestCols = tableDef(layout.version, 'requests').columns;
      const requestRows = layoutRows(layout, 'requests');
      const start = rows.findIndex((cells) => cells.some((c) => c.includes('申请人情况'))) + 3;
      requestRows.forEach((row, i) => {
        const printed = rows[start + i].slice(-requestCols.length);
        expect(printed).toEqual(requestCols.map((c) => print(`requests.${row.key}.${c.key}`)));
      });

      const reviewValues = rows[start + requestRows.length + 3];
      expect(reviewValues).toEqual(layoutCells(layout, ['review_litigation']).map((c) => print(cellId(c))));
    },
  );
});

describe('committed corpus', () => {
  const dir = resolve(process.cwd(), 'samples/generated');
  const present = existsSync(resolve(dir, 'manifest.json'));
  (present ? test : test.skip)('samples/generated holds what `npm run samples` writes', () => {
    const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));
    expect(manifest.reports).toEqual(reports.map((r) => r.manifest));
    for (const r of reports) {
      expect(readFileSync(resolve(dir, r.manifest.docx)).equals(Buffer.from(r.docx))).toBe(true);
      expect(JSON.parse(readFileSync(resolve(dir, r.manifest.truth), 'utf8'))).toEqual(r.truth);
    }
  });
});
