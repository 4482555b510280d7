import { readFileSync } from 'node:fs';
import { extractPdf } from '../extractors/pdf/index.js';
import { documentBlocks } from '../src/layout/index.js';
import { mapReport } from '../src/map/index.js';
import { describeShared, sharedPath } from './helpers/shared.js';
import { pdfLikeReport, tabTextBlocks, truthMismatches } from './helpers/map-blocks.js';

describeShared('mapReport on the flattened text sample', () => {
  const txt = readFileSync(sharedPath('text/erqi-culture-tourism-2020.txt'), 'utf8');
  const truth = JSON.parse(readFileSync(sharedPath('text/erqi-culture-tourism-2020.truth.json'), 'utf8'));
  const report = mapReport(tabTextBlocks(txt)).value;

  test('title, agency, year and template version from the document', () => {
    expect(report.agency).toBe(truth.agency);
    expect(report.year).toBe(truth.year);
    expect(report.template).toBe(truth.template);
    expect(report.reasons).toContain('text_only_source');
  });

  test('all six parts found, prose kept', () => {
    expect(report.sections.map((s) => s.part)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(report.sections[0].text).toContain('政府信息公开机制建设深入推进');
  });

  test('every truth cell mapped with its printed text', () => {
    expect(truthMismatches(report, truth.cells)).toEqual([]);
    expect(report.cells).toHaveLength(Object.keys(truth.cells).length);
    expect(report.layout).toEqual({ version: '2019', other: 'single' });
    expect(report.unmapped).toEqual([]);
  });
});

describe('mapReport on tables laid out as the PDF layout stage gives them', () => {
  const { blocks, expected } = pdfLikeReport();
  const report = mapReport(blocks, [{ code: 'table_joined_across_pages', message: 'joined' }]).value;
  const byKey = new Map(report.cells.map((c) => [`${c.table}.${c.row}.${c.col}`, c]));

  test('title spread over two lines gives agency and year; version from part 二 headers', () => {
    expect([report.agency, report.year, report.template]).toEqual(['洪泽区人民政府', 2023, '2021']);
    expect(report.sections.map((s) => s.part)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(report.reasons).toEqual(['table_joined_across_pages']);
  });

  test('every printed cell on its key, none elsewhere', () => {
    const got = Object.fromEntries(report.cells.map((c) => [`${c.table}.${c.row}.${c.col}`, c.raw]));
    expect(got).toEqual(expected);
    expect(report.unmapped).toEqual([]);
  });

  test('（六） printed as one row decides the layout, not the version', () => {
    expect(report.layout).toEqual({ version: '2021', other: 'single' });
  });

  test('cells carry page, bbox, geometry and a label score; a label typo not in the template scores below 1', () => {
    const cell = byKey.get('requests.unable.unclear.total')!;
    expect(cell.page).toBe(2);
    expect(cell.bbox).toBeDefined();
    expect(cell.geometry).toBe('ruled');
    expect(byKey.get('requests.granted.natural_person')!.labelScore).toBe(1);
    const typo = byKey.get('requests.denied.law_prohibited.total')!.labelScore;
    expect(typo).toBeGreaterThan(0.6);
    expect(typo).toBeLessThan(1);
  });
});

describeShared('mapReport on the real PDFs (extractors/pdf + src/layout blocks)', () => {
  for (const name of ['huaian-city-2024', 'huaian-hongze-2023']) {
    test(`${name}: every truth cell's printed text on its key, template and title right`, async () => {
      const truth = JSON.parse(readFileSync(sharedPath(`real/${name}.truth.json`), 'utf8'));
      const doc = await extractPdf(readFileSync(sharedPath(`real/${name}.pdf`)), { file: name });
      const blocks = documentBlocks(doc.value);
      const report = mapReport(blocks.value, blocks.warnings).value;
      expect(truthMismatches(report, truth.cells)).toEqual([]);
      expect(report.cells).toHaveLength(Object.keys(truth.cells).length);
      expect([report.template, report.agency, report.year]).toEqual([truth.template, truth.agency, truth.year]);
      expect(report.sections.map((s) => s.part)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(report.unmapped).toEqual([]);
    });
  }
});
