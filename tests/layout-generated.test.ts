/**
 * Layout on the project's LibreOffice-rendered samples (samples/generated): borders drawn the
 * LibreOffice way, table 三 cut by page breaks with and without a repeated header, a header row
 * split by the break, zeros printed blank, part 四 without ruling lines.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cellMatrix, type Table } from '../extractors/model.js';
import { extractPdf } from '../extractors/pdf/index.js';
import { documentBlocks } from '../src/layout/index.js';

const generated = (name: string) => resolve(process.cwd(), 'samples/generated', name);

async function layout(name: string) {
  const { value } = await extractPdf(new Uint8Array(readFileSync(generated(`${name}.pdf`))), { file: name });
  return documentBlocks(value);
}

const truthRows = (name: string, table: string) => {
  const cells = Object.keys(
    JSON.parse(readFileSync(generated(`${name}.truth.json`), 'utf8')).cells as Record<string, number>,
  );
  return new Set(cells.filter((k) => k.startsWith(`${table}.`)).map((k) => k.split('.').slice(1, -1).join('.'))).size;
};

const tables = (blocks: { kind: string }[]) => blocks.filter((b): b is Table => b.kind === 'table');

describe('layout of LibreOffice-rendered samples', () => {
  test.each([
    ['gen-006-2024', 'header repeated after the break'],
    ['gen-007-2021', 'no repeated header, zeros blank'],
    ['gen-008-2023', 'repeated header; rows of blank zeros on both sides of the break'],
    ['gen-019-2023', 'a header row split by the break'],
  ])('%s (%s): table 三 is one ruled table with one body row per template row', async (name) => {
    const { value, warnings } = await layout(name);
    const requests = tables(value).filter((t) => t.cells.some((c) => /本年新收/.test(c.text)));
    expect(requests).toHaveLength(1);
    expect(requests[0].geometry).toBe('ruled');
    expect(requests[0].pages.length).toBeGreaterThan(1);
    expect(warnings.some((w) => w.code === 'table_joined_across_pages')).toBe(true);
    // header rows end where 一、本年新收 starts; every later row is one template row
    const matrix = cellMatrix(requests[0]);
    const first = matrix.findIndex((row) => row.some((c) => c && /本年新收/.test(c.text)));
    expect(matrix.length - first).toBe(truthRows(name, 'requests'));
    expect(requests[0].cells.filter((c) => c.text === '自然人')).toHaveLength(1); // no repeated header left
  });

  test('gen-009-2024: part 四 drawn without lines is an aligned table with its 15 numbers in one row', async () => {
    const review = tables((await layout('gen-009-2024')).value).find((t) =>
      t.cells.some((c) => /复议后起诉/.test(c.text)),
    )!;
    expect(review.geometry).toBe('aligned');
    const value = /^(\d+|—)$/; // this sample prints zeros as —
    const numeric = cellMatrix(review).filter((row) => row.some((c) => c && value.test(c.text)));
    expect(numeric).toHaveLength(1);
    expect(review.cells.filter((c) => value.test(c.text))).toHaveLength(15);
    expect(review.cells.filter((c) => c.text === '行政复议')).toHaveLength(1); // a header word is not cut
  });
});
