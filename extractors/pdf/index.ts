/**
 * PDF → SourceDocument with pdf.js (legacy build): positioned text runs and ruling lines per
 * page. Blocks are left empty: src/layout rebuilds paragraphs and tables from the pages.
 *
 * pdf.js is opened with `stopAtErrors`, so a page whose streams are damaged rejects instead of
 * quietly giving what it could read; such a page is then read again leniently and the repair is
 * recorded (its values get flagged).
 */
import { getDocument } from './pdfjs.js';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { LIMITS, tooLarge } from '../limits.js';
import type { Extractor, Page, Repair } from '../model.js';
import { ExtractionError } from '../../src/core/index.js';
import { toExtractionError } from './errors.js';
import type { Matrix } from './matrix.js';
import { readRulings } from './rulings.js';
import { readTextRuns, type TextContentLike } from './text.js';
import { readVerticalRuns, type FontInfo } from './vertical-text.js';
import { damagedStreams } from './stream-check.js';
import { rebuildFromStart, xrefDamage } from './xref-check.js';

/** Errors raised inside pdf.js are the file's: they become ExtractionError. Our own code's are bugs. */
async function parser<T>(file: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw toExtractionError(err, file);
  }
}

const open = (bytes: Uint8Array, stopAtErrors: boolean, file: string) =>
  // pdf.js transfers (detaches) the buffer it is given: hand it a copy. No eval, no fetching.
  // maxImageSize 0 drops every image before it is decoded: nothing here reads images.
  parser(
    file,
    () =>
      getDocument({
        data: new Uint8Array(bytes),
        isEvalSupported: false,
        useWorkerFetch: false,
        stopAtErrors,
        verbosity: 0,
        maxImageSize: 0,
      }).promise,
  );

export const extractPdf: Extractor = async (original, options) => {
  const file = options.file ?? 'PDF';
  const xref = xrefDamage(original);
  const bytes = xref ? rebuildFromStart(original) : original;
  const doc = await open(bytes, true, file);
  let lenient: PDFDocumentProxy | undefined;
  try {
    if (doc.numPages > LIMITS.pages)
      throw tooLarge(file, `${doc.numPages} pages, more than the limit of ${LIMITS.pages}`);
    const pages: Page[] = [];
    const repairs: Repair[] = [];
    if (xref) repairs.push({ kind: 'xref', message: `${xref}; pdf.js rebuilt the cross-reference table` });
    const streams = damagedStreams(original);
    if (streams.length)
      repairs.push({
        kind: 'stream',
        message: `objects ${streams.join(', ')}: compressed data damaged (zlib rejects it); pdf.js read what it could`,
      });
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        pages.push(await readPage(doc, n, file));
      } catch (err) {
        if (!(err instanceof ExtractionError) || err.code !== 'UNREADABLE') throw err;
        lenient ??= await open(bytes, false, file);
        pages.push(await readPage(lenient, n, file));
        repairs.push({
          kind: 'stream',
          message: `page ${n}: ${err.message}; what pdf.js could read of it is kept and flagged`,
          pages: [n],
        });
      }
    }
    if (!pages.some((p) => p.runs.length > 0)) {
      throw new ExtractionError('NO_TEXT_LAYER', `${file}: no page has a text layer (scanned?); OCR is not supported`);
    }
    return { value: { format: 'pdf', pageCount: doc.numPages, pages, blocks: [], repairs }, warnings: [] };
  } finally {
    await doc.destroy();
    await lenient?.destroy();
  }
};

async function readPage(doc: PDFDocumentProxy, number: number, file: string): Promise<Page> {
  const page = await parser(file, () => doc.getPage(number));
  try {
    const viewport = await parser(file, async () => page.getViewport({ scale: 1 }));
    if (Math.max(viewport.width, viewport.height) > LIMITS.pageSide) {
      throw tooLarge(
        file,
        `page ${number} is ${Math.round(viewport.width)}×${Math.round(viewport.height)} pt, more than ${LIMITS.pageSide} pt a side`,
      );
    }
    const toPage = viewport.transform as Matrix;
    const content = (await parser(file, () => page.getTextContent())) as unknown as TextContentLike;
    const ops = await parser(file, () => page.getOperatorList());
    const vertical = readVerticalRuns(ops, toPage, (name) => fontInfo(page, name));
    const runs = [...readTextRuns(content, toPage, vertical.fonts), ...vertical.runs];
    return { number, width: viewport.width, height: viewport.height, runs, rulings: readRulings(ops, toPage) };
  } finally {
    page.cleanup();
  }
}

/** Fonts are loaded into the page's common objects while its operator list is built. */
function fontInfo(page: PDFPageProxy, name: string): FontInfo | undefined {
  try {
    return page.commonObjs.has(name) ? (page.commonObjs.get(name) as FontInfo) : undefined;
  } catch {
    return undefined;
  }
}
