import { readFileSync } from 'node:fs';
import { parseTruth } from '../src/eval/truth.js';
import { scoreDocument } from '../src/eval/score.js';
import { extract } from '../src/pipeline.js';
import { describeShared, sharedPath } from './helpers/shared.js';

describeShared('the real flattened-text report through the whole pipeline', () => {
  test('erqi-culture-tourism-2020.txt gives every cell of its truth file, 2019 template', async () => {
    const file = sharedPath('text/erqi-culture-tourism-2020.txt');
    const record = await extract(readFileSync(file), { file: 'erqi-culture-tourism-2020.txt' });
    const truthFile = sharedPath('text/erqi-culture-tourism-2020.truth.json');
    const score = scoreDocument(parseTruth(readFileSync(truthFile, 'utf8'), truthFile), record);
    expect(record.source.format).toBe('txt');
    expect(record.report.template).toBe('2019');
    expect(score.problems).toEqual([]);
    expect([score.correct, score.truthCells]).toEqual([198, 198]);
  });
});
