/**
 * The project's generated reports (samples/generated) as DOCX and, where rendered, as HTML: the
 * part 四 value row comes out as the 15 printed numbers of the truth, in order, one grid cell each.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocx } from '../extractors/docx/index.js';
import { extractHtml } from '../extractors/html/index.js';
import { cellMatrix, type Extractor, type Table } from '../extractors/model.js';

const DIR = join(process.cwd(), 'samples/generated');
const files = existsSync(DIR)
  ? readdirSync(DIR)
      .filter((f) => /\.(docx|html)$/.test(f))
      .sort()
  : [];
const EXTRACTORS: Record<string, Extractor> = { docx: extractDocx, html: extractHtml };
const REVIEW_ROWS = ['review', 'litigation_direct', 'litigation_after_review'];
const REVIEW_COLS = ['upheld', 'corrected', 'other', 'pending', 'total'];

/** As the truth stores them: blanks and dashes are 0. */
const printed = (text: string) => (/^(|—|-|\/|无)$/.test(text.trim()) ? 0 : Number(text.trim()));

test('samples/generated holds DOCX reports', () => {
  expect(files.filter((f) => f.endsWith('.docx')).length).toBeGreaterThan(0);
});

describe.each(files)('%s', (file) => {
  test('part 四: the last row holds the 15 truth values in order, one cell each', async () => {
    const truth = JSON.parse(readFileSync(join(DIR, file.replace(/\.\w+$/, '.truth.json')), 'utf8')) as {
      cells: Record<string, number>;
    };
    const extract = EXTRACTORS[file.split('.').pop()!];
    const { value } = await extract(readFileSync(join(DIR, file)), { file });
    const review = value.blocks
      .filter((b): b is Table => b.kind === 'table' && b.cells.some((c) => c.text.includes('复议后起诉')))
      .at(-1);
    expect(review?.geometry).toBe('structural');
    const lastRow = [...new Set(cellMatrix(review!)[review!.nRows - 1])].filter((c) => c !== undefined);
    const expected = REVIEW_ROWS.flatMap((r) => REVIEW_COLS.map((c) => truth.cells[`review_litigation.${r}.${c}`]));
    expect(lastRow.map((c) => printed(c!.text))).toEqual(expected);
  });
});
