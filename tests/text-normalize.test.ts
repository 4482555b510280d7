/** Radicals and compatibility ideographs are read as the ideographs they stand for, everywhere. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractPdf } from '../extractors/pdf/index.js';
import type { SourceDocument } from '../extractors/model.js';
import { recordFromDocument } from '../src/pipeline.js';
import { foldWidth, normalizeChars, RADICAL_TO_IDEOGRAPH } from '../src/text/normalize.js';

describe('the radical table', () => {
  test('agrees with NFKC wherever NFKC maps a radical', () => {
    const covered = [...RADICAL_TO_IDEOGRAPH].filter(([radical]) => radical.normalize('NFKC') !== radical);
    // NFKC folds all 214 Kangxi radicals but only two of the supplement (⺟ and ⻳).
    expect(covered).toHaveLength(216);
    for (const [radical, ideograph] of covered)
      expect([radical, ideograph]).toEqual([radical, radical.normalize('NFKC')]);
  });

  test('covers the supplement radicals NFKC leaves alone', () => {
    expect(normalizeChars('滨湖区⺠政局 ⻔户网站 ⻓期 ⻚')).toBe('滨湖区民政局 门户网站 长期 页');
    expect('⺠'.normalize('NFKC')).toBe('⺠');
  });

  test('compatibility ideographs become unified ones; punctuation and digits stay as printed', () => {
    expect(normalizeChars('\uF9B5（一）０１２，')).toBe('\u4F8B（一）０１２，');
    expect(foldWidth('⾏政（一）０１２')).toBe('行政(一)012');
  });
});

const radicalOf = new Map([...RADICAL_TO_IDEOGRAPH].map(([radical, ideograph]) => [ideograph, radical]));
/** What a PDF font that maps ideographs to radicals prints. */
const asRadicals = (text: string) => [...text].map((ch) => radicalOf.get(ch) ?? ch).join('');

describe('a PDF whose font maps ideographs to radicals', () => {
  test('reads the same facts, identity and checks as the clean PDF, and keeps the title as printed', async () => {
    const file = 'gen-004-2025.pdf';
    const bytes = readFileSync(resolve('samples/generated', file));
    const doc = (await extractPdf(bytes, {})).value;
    const garbled: SourceDocument = {
      ...doc,
      pages: doc.pages.map((p) => ({ ...p, runs: p.runs.map((r) => ({ ...r, text: asRadicals(r.text) })) })),
    };
    const changed = garbled.pages
      .flatMap((p) => p.runs)
      .filter((r, i) => r.text !== doc.pages.flatMap((q) => q.runs)[i].text).length;
    expect(changed).toBeGreaterThan(50);

    const source = { file, sha256: '0'.repeat(64), format: 'pdf' as const, pages: null };
    const clean = recordFromDocument(doc, source).value;
    const read = recordFromDocument(garbled, source).value;
    expect(read.facts).toEqual(clean.facts);
    expect(read.checks).toEqual(clean.checks);
    expect(read.report).toEqual({ ...clean.report, rawTitle: asRadicals(clean.report.title) });
    expect(read.report.rawTitle).not.toBe(clean.report.title);
    expect(clean.report.rawTitle).toBeUndefined();
  });
});
