/**
 * pdf.js's legacy build replaces Array.prototype.push process-wide with a core-js polyfill about
 * 4× slower on Node 20; extractors/pdf/pdfjs.ts puts the native one back. This fails if a change
 * (a pdf.js upgrade, a direct import of pdfjs-dist elsewhere) brings the polyfill back.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { extract } from '../src/pipeline.js';
import { reviewPage } from '../src/review/index.js';

/**
 * core-js disguises its polyfill (its toString says [native code]); it differs in behaviour:
 * it throws on an array whose length is read-only, where V8's push on Node 20 does not.
 */
const readOnlyLengthPush = (push: typeof Array.prototype.push): string => {
  try {
    push.call(Object.defineProperty([], 'length', { writable: false }));
    return 'no error';
  } catch (err) {
    return (err as Error).constructor.name;
  }
};
const pristinePush = runInNewContext('Array.prototype.push') as typeof Array.prototype.push;

test('Array.prototype.push is still native after a PDF is extracted and its review page rendered', async () => {
  const before = Array.prototype.push;
  const path = resolve('samples/generated/gen-001-2019.pdf');
  const bytes = new Uint8Array(readFileSync(path));
  const record = await extract(bytes, { file: path });
  expect(record.error).toBeUndefined();
  expect(record.facts.length).toBeGreaterThan(100);
  const page = await reviewPage(record, { status: 'found', path, bytes });
  expect(page.value).toContain('data:image/png');
  expect(Array.prototype.push).toBe(before);
  expect(readOnlyLengthPush(Array.prototype.push)).toBe(readOnlyLengthPush(pristinePush));
});
