/** A sample of samples/generated run through the whole pipeline and scored against its truth file. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scoreDocument } from '../../src/eval/score.js';
import { parseTruth } from '../../src/eval/truth.js';
import { extract } from '../../src/pipeline.js';

const GENERATED = resolve(process.cwd(), 'samples/generated');

/** `name` without extension; `ext` the input's (txt by default). */
export async function scoredSample(name: string, ext = 'txt') {
  const file = `${name}.${ext}`;
  const record = await extract(readFileSync(resolve(GENERATED, file)), { file });
  const truthFile = resolve(GENERATED, `${name}.truth.json`);
  return { record, score: scoreDocument(parseTruth(readFileSync(truthFile, 'utf8'), truthFile), record) };
}
