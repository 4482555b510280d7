/** The pure core's dispatch and error records, with the stages it is given. */
import { createHash } from 'node:crypto';
import { ExtractionError, type Extractor, type SourceDocument } from '../extractors/model.js';
import type { MappedReport } from '../src/map/types.js';
import { extract } from '../src/pipeline.js';
import { RecordSchema } from '../src/record/schema.js';
import type { Stages } from '../src/stages.js';
import { layoutCells } from '../src/template/index.js';

const TEXT = new TextEncoder().encode('某局2023年政府信息公开工作年度报告\n');
const doc: SourceDocument = { format: 'txt', pageCount: null, pages: [], blocks: [] };
const mapped: MappedReport = {
  title: '某局2023年政府信息公开工作年度报告',
  agency: '某局',
  year: 2023,
  template: '2021',
  layout: { version: '2021', other: 'split' },
  sections: [],
  tablesFound: ['review_litigation'],
  cells: [],
  glued: [],
  unmapped: [],
  reasons: ['text_only_source'],
  warnings: [],
};

const stages = (txt: Extractor, map = mapped): Stages => ({
  extractors: { txt },
  mapDocument: () => ({ value: map, warnings: [] }),
});
const reads =
  (d: SourceDocument): Extractor =>
  async () => ({ value: d, warnings: [] });

describe('extract', () => {
  test('a mapped document becomes a schema-valid record with the source described', async () => {
    const r = await extract(TEXT, { file: 'in/a.txt' }, stages(reads(doc)));
    expect(RecordSchema.parse(r)).toEqual(r);
    expect(r.source).toEqual({
      file: 'in/a.txt',
      sha256: createHash('sha256').update(TEXT).digest('hex'),
      format: 'txt',
      pages: null,
    });
    expect(r.facts).toHaveLength(layoutCells(mapped.layout!, ['review_litigation']).length);
    expect(r.review.reasons).toEqual(
      expect.arrayContaining(['text_only_source', 'part_missing:active', 'part_missing:requests']),
    );
  });

  test.each([
    ['ENCRYPTED', new ExtractionError('ENCRYPTED', 'a user password is required')],
    ['UNREADABLE', new TypeError('cannot read properties of undefined')],
  ])('an extractor failure becomes an error record %s', async (code, thrown) => {
    const failing: Extractor = async () => {
      throw thrown;
    };
    const r = await extract(TEXT, { file: 'a.txt' }, stages(failing));
    expect(r.error?.code).toBe(code);
    expect(r).toMatchObject({ facts: [], checks: [], review: { required: true } });
    expect(r.source.format).toBe('txt');
  });

  test('no report table gives NOT_A_REPORT', async () => {
    const r = await extract(TEXT, { file: 'a.txt' }, stages(reads(doc), { ...mapped, layout: null, tablesFound: [] }));
    expect(r.error?.code).toBe('NOT_A_REPORT');
  });

  test('bytes of no known format and formats without a reader are UNSUPPORTED_FORMAT', async () => {
    const binary = new Uint8Array([0, 1, 2, 0, 255]);
    expect((await extract(binary, { file: 'x.pdf' }, stages(reads(doc)))).error?.code).toBe('UNSUPPORTED_FORMAT');
    const pdf = new TextEncoder().encode('%PDF-1.4\n');
    const r = await extract(pdf, { file: 'x.docx' }, stages(reads(doc)));
    expect(r.source.format).toBe('pdf');
    expect(r.error?.code).toBe('UNSUPPORTED_FORMAT');
  });
});
