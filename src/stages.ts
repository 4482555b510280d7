/**
 * The stages a document passes through that tests may replace: an extractor per detected format,
 * the layout (pages → blocks), the mapper (blocks → template keys) and the glued-run splitter.
 */
import type { Block, Extractor, Format, SourceDocument } from '../extractors/model.js';
import type { Result, Warning } from './core/index.js';
import { documentBlocks } from './layout/index.js';
import { mapReport } from './map/index.js';
import type { MappedReport } from './map/types.js';
import { splitGluedRuns } from './split/index.js';
import type { GlueSplitter } from './split/types.js';

export interface Stages {
  extractors: Partial<Record<Format, Extractor>>;
  layout: (doc: SourceDocument) => Result<Block[]>;
  /**
   * `layoutWarnings` name the review reasons of the layout (a table joined across pages…);
   * `pageFields` are the document's page furniture fields (title, agency, year where the text lacks them).
   */
  map: (blocks: Block[], layoutWarnings: Warning[], pageFields?: string[]) => Result<MappedReport>;
  split: GlueSplitter;
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
    md: lazy(async () => (await import('../extractors/markdown/index.js')).extractMarkdown),
  },
  layout: documentBlocks,
  map: mapReport,
  split: splitGluedRuns,
};
