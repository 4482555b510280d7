/**
 * The one place that says which stage reads what: an extractor per detected format, and the
 * step from a document to a mapped report.
 */
import { extractDoc } from '../extractors/doc/index.js';
import { extractDocx } from '../extractors/docx/index.js';
import { extractHtml } from '../extractors/html/index.js';
import type { Extractor, Format, Result, SourceDocument } from '../extractors/model.js';
import { extractPdf } from '../extractors/pdf/index.js';
import { extractText } from '../extractors/text/index.js';
import { documentBlocks } from './layout/index.js';
import { findIdentity } from './identity/index.js';
import { mapReport } from './map/index.js';
import type { MappedReport } from './map/types.js';
import { normalizeDocument } from './text/document.js';

export interface Stages {
  extractors: Partial<Record<Format, Extractor>>;
  /** Blocks of the document (src/layout) mapped onto the template (src/map). */
  mapDocument: (doc: SourceDocument) => Result<MappedReport>;
}

export const STAGES: Stages = {
  extractors: { pdf: extractPdf, docx: extractDocx, html: extractHtml, doc: extractDoc, txt: extractText },
  mapDocument: (doc) => {
    // Every text is normalized here, before anything reads it; the title is also kept as printed.
    const clean = normalizeDocument(doc);
    const blocks = documentBlocks(clean);
    const mapped = mapReport(blocks.value, blocks.warnings);
    if (clean === doc) return mapped;
    const printed = findIdentity(documentBlocks(doc).value).printedTitle;
    const { rawTitle: _, ...report } = mapped.value;
    return { ...mapped, value: { ...report, ...(printed && printed !== report.title ? { rawTitle: printed } : {}) } };
  },
};
