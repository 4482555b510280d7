/**
 * The trust promise of issue 5, tested on the whole chain after the extractor: correct document
 * models of samples are perturbed (a value or a label lost, two numbers swapped, a row shifted by
 * a column, a row lost, two numbers glued) and every resulting wrong value in a cell that rules
 * 1–4 can see must be flagged or in a failed check. A changed value the sums cannot see (part 二,
 * a permutation inside a part-四 row) must be read as the perturbed page prints it: a value that
 * is neither that nor the original and carries no flag is a misreading, and fails the test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocx } from '../extractors/docx/index.js';
import { extractHtml } from '../extractors/html/index.js';
import type { Extractor, SourceDocument } from '../extractors/model.js';
import { extractPdf } from '../extractors/pdf/index.js';
import { extractText } from '../extractors/text/index.js';
import { parseTruth, type Truth } from '../src/eval/truth.js';
import type { SourceInfo } from '../src/record/error.js';
import { recordFromDocument } from '../src/pipeline.js';
import { dropLabelOf } from './helpers/mutate.js';
import { baselineWrong, emptyTally, formatTally, mutateAndJudge, type Escape } from './helpers/mutation-run.js';
import { wrongValues } from './helpers/mutation-verdict.js';
import { describeShared, sharedPath } from './helpers/shared.js';

const GENERATED = join(process.cwd(), 'samples/generated');
const PER_DOCUMENT = 15;
const EXTRACTORS: Record<string, Extractor> = {
  docx: extractDocx,
  html: extractHtml,
  pdf: extractPdf,
  txt: extractText,
};

/** Clean reports (no `broken` cells) in every format, both templates and both （六） layouts. */
const GENERATED_SAMPLES = [
  'gen-001-2019.docx',
  'gen-004-2025.docx',
  'gen-005-2025.docx',
  'gen-011-2020.docx',
  'gen-036-2021.docx',
  'gen-007-2021.html',
  'gen-012-2019.html',
  'gen-002-2020.pdf',
  'gen-006-2024.pdf',
  'gen-025-2021.pdf',
  'gen-004-2025.txt',
  'gen-014-2023.txt',
].map((file) => join(GENERATED, file));

interface Sample {
  file: string;
  doc: SourceDocument;
  source: SourceInfo;
  truth: Truth;
}

async function load(file: string): Promise<Sample> {
  const ext = file.slice(file.lastIndexOf('.') + 1);
  const truthFile = `${file.slice(0, -ext.length - 1)}.truth.json`;
  const truth = parseTruth(readFileSync(truthFile, 'utf8'), truthFile);
  const doc = (await EXTRACTORS[ext](readFileSync(file), { file })).value;
  const name = file.slice(file.lastIndexOf('/') + 1);
  return {
    file: name,
    doc,
    truth,
    source: { file: name, sha256: '0'.repeat(64), format: doc.format, pages: doc.pageCount },
  };
}

function mutationSuite(title: string, files: () => string[]): void {
  describe(title, () => {
    const samples: Sample[] = [];
    beforeAll(async () => {
      for (const file of files()) samples.push(await load(file));
    }, 60_000);

    test('every sample is read exactly before it is perturbed', () => {
      const wrong = samples.flatMap((s) =>
        baselineWrong(s.doc, s.source, s.truth).map((w) => `${s.file} ${w.cell}: expected ${w.expected}, got ${w.got}`),
      );
      expect(wrong).toEqual([]);
    });

    test('no wrong value in a cell rules 1–4 cover goes unflagged', () => {
      const tally = emptyTally();
      samples.forEach((s, i) => mutateAndJudge(tally, s.file, s.doc, s.source, s.truth, PER_DOCUMENT, 1000 + i));
      console.log(`${title}\n${formatTally(tally)}`);
      const ran = Object.values(tally.byKind).reduce((n, k) => n + k.mutations, 0);
      expect(ran).toBeGreaterThanOrEqual(samples.length * PER_DOCUMENT * 0.9);
      const show = (e: Escape) =>
        `${e.name} [${e.kind}: ${e.describe}] ${e.wrong.cell} expected ${e.wrong.expected} got ${e.wrong.got}`;
      expect(tally.escapes.map(show)).toEqual([]);
      // A value that differs from what the perturbed page prints, with no flag, is a misreading.
      expect(tally.misreadings.map(show)).toEqual([]);
    }, 120_000);
  });
}

mutationSuite('mutations of generated reports (DOCX, HTML, PDF, text)', () => GENERATED_SAMPLES);

test('a text table row that lost its label is not read quietly onto its neighbour', async () => {
  // Its row sum still holds wherever it lands; the column sums cannot run with the row missing.
  const sample = await load(join(GENERATED, 'gen-032-2019.txt'));
  expect(baselineWrong(sample.doc, sample.source, sample.truth)).toEqual([]);
  // One lost label between two labelled rows: the template's order names the row.
  const one = recordFromDocument(dropLabelOf(sample.doc, '属于国家秘密'), sample.source).value;
  expect(wrongValues(one, sample.truth)).toEqual([]);
  // Two adjacent rows without labels: nothing can name them, and no value may land quietly.
  const two = recordFromDocument(
    dropLabelOf(dropLabelOf(sample.doc, '属于国家秘密'), '其他法律行政法规'),
    sample.source,
  ).value;
  const wrong = wrongValues(two, sample.truth);
  expect(wrong.length).toBeGreaterThan(0);
  expect(wrong.filter((w) => !w.caught)).toEqual([]);
}, 60_000);

describeShared('mutations of the real samples', () => {
  mutationSuite('real PDF and flattened text', () => [
    sharedPath('real/huaian-city-2024.pdf'),
    sharedPath('text/erqi-culture-tourism-2020.txt'),
  ]);
});
