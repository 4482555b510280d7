/**
 * The stages a document passes through that tests may replace: an extractor per detected format,
 * the layout (pages → blocks), the mapper (blocks → template keys) and the glued-run splitter.
 */
import { extractDoc } from '../extractors/doc/index.js';
import { extractDocx } from '../extractors/docx/index.js';
import { extractHtml } from '../extractors/html/index.js';
import type { Block, Extractor, Format, SourceDocument } from '../extractors/model.js';
import { extractMarkdown } from '../extractors/markdown/index.js';
import { extractPdf } from '../extractors/pdf/index.js';
import { extractText } from '../extractors/text/index.js';
import type { Result, Warning } from './core/index.js';
import { documentBlocks } from './layout/index.js';
import { mapReport } from './map/index.js';
import type { MappedReport } from './map/types.js';
import { splitGluedRuns } from './split/index.js';
import type { GlueSplitter } from './split/types.js';

export interface Stages {
  extractors: Partial<Record<Format, Extractor>>;
  layout: (doc: SourceDocument) => Result<Block[]>;
  /** `layoutWarnings` name the review reasons of the layout (a table joined across pages…). */
  map: (blocks: Block[], layoutWarnings: Warning[]) => Result<MappedReport>;
  split: GlueSplitter;
}

export const STAGES: Stages = {
  extractors: {
    pdf: extractPdf,
    docx: extractDocx,
    html: extractHtml,
    doc: extractDoc,
    txt: extractText,
    md: extractMarkdown,
  },
  layout: documentBlocks,
  map: mapReport,
  split: splitGluedRuns,
};
