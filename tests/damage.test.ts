/**
 * Damage is never silent (issue 15): a file the parser had to repair names the repair in
 * `review.reasons` and requires review, and the values the damage may have touched are flagged.
 */
import { cellId } from '../src/core/index.js';
import { readFileSync } from 'node:fs';
import type { Extractor, SourceDocument } from '../extractors/model.js';
import { decodeUndeclared as decodeText } from '../extractors/encoding.js';
import { extract } from '../src/pipeline.js';
import type { NianbaoRecord } from '../src/record/schema.js';
import { STAGES } from '../src/stages.js';
import { cutMidNumber } from './helpers/hostile-files.js';

const truth = (name: string): Record<string, number> =>
  JSON.parse(readFileSync(`samples/generated/${name}.truth.json`, 'utf8')).cells;

/** Facts the record vouches for (no flag, no failed check) whose value is not the truth's. */
function silent(record: NianbaoRecord, cells: Record<string, number>): string[] {
  const failed = new Set(record.checks.filter((c) => !c.ok).flatMap((c) => c.cells));
  return record.facts
    .filter((f) => f.value !== null && f.flags.length === 0 && !failed.has(cellId(f)) && f.value !== cells[cellId(f)])
    .map(cellId);
}

describe('damage is named and flagged', () => {
  test('a flipped byte in a PDF content stream: damaged:stream, review, no wrong value unflagged', async () => {
    const pdf = readFileSync('samples/generated/gen-018-2022.pdf');
    const text = pdf.toString('latin1');
    // The page content streams: compressed, an indirect /Length, no other keys.
    const streams = [...text.matchAll(/<<\/Length \d+ 0 R\/Filter\/FlateDecode>>\r?\nstream\r?\n/g)].map(
      (m) => m.index + m[0].length,
    );
    expect(streams.length).toBeGreaterThan(1);
    for (const start of streams.slice(0, 2)) {
      const bytes = Buffer.from(pdf);
      bytes[start + Math.floor((text.indexOf('endstream', start) - start) * 0.3)] ^= 0x10;
      const record = await extract(new Uint8Array(bytes), { file: 'flipped.pdf' });
      expect(record.review).toMatchObject({ required: true, reasons: expect.arrayContaining(['damaged:stream']) });
      expect(silent(record, truth('gen-018-2022'))).toEqual([]);
    }
  });

  test('a text cut mid-number: damaged:truncated, the cut value flagged, the lost table part_missing', async () => {
    const record = await extract(cutMidNumber('gen-025-2021.txt'), { file: 'cut.txt' });
    expect(record.review).toMatchObject({
      required: true,
      reasons: expect.arrayContaining(['damaged:truncated', 'part_missing:review_litigation']),
    });
    const cut = record.facts.filter((f) => f.flags.includes('damaged_source'));
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.some((f) => f.value !== truth('gen-025-2021')[cellId(f)])).toBe(true);
    expect(silent(record, truth('gen-025-2021'))).toEqual([]);
  });

  test('UTF-8 with a few bad bytes stays UTF-8, with replacement characters and damaged:encoding', async () => {
    const bytes = new Uint8Array(readFileSync('samples/generated/gen-025-2021.txt'));
    for (const at of [1, 4, 7]) bytes[at] = 0xff;
    expect(decodeText(bytes)).toMatchObject({ encoding: 'utf-8', badBytes: expect.any(Number) });
    expect(decodeText(bytes).text).toContain('\uFFFD');
    const record = await extract(bytes, { file: 'bad.txt' });
    expect(record.review.reasons).toContain('damaged:encoding');
    expect(silent(record, truth('gen-025-2021'))).toEqual([]);
  });

  test('a lone surrogate (a broken font map) is replaced and flagged: the record is valid UTF-8', async () => {
    const good = await STAGES.extractors.txt!(readFileSync('samples/generated/gen-025-2021.txt'), {});
    // The agency's name, in the title and the prose, gets a lone high surrogate.
    const doc: SourceDocument = JSON.parse(JSON.stringify(good.value).replaceAll('应急管理局', '应急\\ud800管理局'));
    const reads: Extractor = async () => ({ value: doc, warnings: [] });
    const record = await extract(
      new TextEncoder().encode('x'),
      { file: 'a.txt' },
      { ...STAGES, extractors: { txt: reads } },
    );
    const json = JSON.stringify(record);
    expect(json).not.toMatch(/\\ud800/);
    expect(json).toContain('\uFFFD');
    expect(record.review).toMatchObject({ required: true, reasons: expect.arrayContaining(['damaged:encoding']) });
  });
});
