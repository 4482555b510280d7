/** Every input that once broke the pipeline (tests/fixtures/fuzz/README.md) ends in a valid record or a clean error. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/pipeline.js';
import { RecordSchema } from '../src/record/schema.js';

const DIR = 'tests/fixtures/fuzz';
const FIXTURES = readdirSync(DIR).filter((f) => f !== 'README.md');

describe('fuzz regressions', () => {
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  beforeAll(() => process.on('unhandledRejection', onRejection));
  afterAll(() => process.off('unhandledRejection', onRejection));

  test.each(FIXTURES)('%s', async (name) => {
    const record = RecordSchema.parse(await extract(new Uint8Array(readFileSync(join(DIR, name))), { file: name }));
    expect(record.error?.code).not.toBe('INTERNAL');
    expect(record.review.required).toBe(true);
    // Let pdf.js's own promises settle: a rejection with no handler shows here.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(rejections).toEqual([]);
  });

  test('the README names every fixture', () => {
    const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
    expect(FIXTURES.filter((f) => !readme.includes(`\`${f}\``))).toEqual([]);
  });
});
