/**
 * The one place that says which stage reads what: an extractor per detected format, and the
 * step from a document to a mapped report.
 */
import type { Extractor, Format, Result, SourceDocument } from '../extractors/model.js';
import { documentBlocks } from './layout/index.js';
import { mapReport } from './map/index.js';
import type { MappedReport } from './map/types.js';

export interface Stages {
  extractors: Partial<Record<Format, Extractor>>;
  /** Blocks of the document (src/layout) mapped onto the template (src/map). */
  mapDocument: (doc: SourceDocument) => Result<MappedReport>;
}

/** An extractor whose module (pdf.js, mammoth…) is imported on its first file, not at startup. */
const lazy =
  (load: () => Promise<Extractor>): Extractor =>
  async (bytes, options) =>
    (await load())(bytes, options);

export const STAGES: Stages = {
  extractors: {
    pdf: lazy(async () => (await import('../extractors/pdf/index.js')).extractPdf),
    docx: lazy(async () => (await import('../extractors/docx/index.js')).extractDocx),
    html: lazy(async () => (await import('../extractors/html/index.js')).extractHtml),
    doc: lazy(async () => (await import('../extractors/doc/index.js')).extractDoc),
    txt: lazy(async () => (await import('../extractors/text/index.js')).extractText),
  },
  mapDocument: (doc) => {
    const blocks = documentBlocks(doc);
    return mapReport(blocks.value, blocks.warnings);
  },
};
