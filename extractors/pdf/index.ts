/**
 * PDF → SourceDocument with pdf.js (legacy build): positioned text runs and ruling lines per
 * page. Blocks are left empty: src/layout rebuilds paragraphs and tables from the pages.
 */
import { getDocument } from './pdfjs.js';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { type Extractor, type Page } from '../model.js';
import { ExtractionError, type Warning } from '../../src/core/index.js';
import { toExtractionError } from './errors.js';
import type { Matrix } from './matrix.js';
import { readRulings } from './rulings.js';
import { readTextRuns, type TextContentLike } from './text.js';
import { readVerticalRuns, type FontInfo } from './vertical-text.js';

export const extractPdf: Extractor = async (bytes, options) => {
  const file = options.file ?? 'PDF';
  let doc: PDFDocumentProxy;
  try {
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy. maxImageSize 0 drops
    // every image before it is decoded: nothing here reads images (a scan has no text layer).
    doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0, maxImageSize: 0 })
      .promise;
  } catch (err) {
    throw toExtractionError(err, file);
  }
  try {
    const pages: Page[] = [];
    const warnings: Warning[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(doc, n));
    if (!pages.some((p) => p.runs.length > 0)) {
      throw new ExtractionError('NO_TEXT_LAYER', `${file}: no page has a text layer (scanned?); OCR is not supported`);
    }
    return { value: { format: 'pdf', pageCount: doc.numPages, pages, blocks: [] }, warnings };
  } catch (err) {
    throw toExtractionError(err, file);
  } finally {
    await doc.destroy();
  }
};

async function readPage(doc: PDFDocumentProxy, number: number): Promise<Page> {
  const page = await doc.getPage(number);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const toPage = viewport.transform as Matrix;
    const content = (await page.getTextContent()) as unknown as TextContentLike;
    const ops = await page.getOperatorList();
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
