import { readFileSync } from 'node:fs';
import { mapReport } from '../src/map/index.js';
import { describeShared, sharedPath } from './helpers/shared.js';
import { tabTextBlocks, truthMismatches } from './helpers/mapBlocks.js';

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
