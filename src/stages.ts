/**
 * The one place that says which stage reads what: an extractor per detected format, and the
 * step from a document to a mapped report. Stages join here as they land in the repository.
 */
import type { Extractor, Format, Result, SourceDocument } from '../extractors/model.js';
import type { MappedReport } from './map/types.js';
import { leaveGluedUnsplit, type GlueSplitter } from './record/glued.js';

export interface Stages {
  extractors: Partial<Record<Format, Extractor>>;
  /** Blocks of the document (src/layout) mapped onto the template (src/map); absent until both land. */
  mapDocument?: (doc: SourceDocument) => Result<MappedReport>;
  /** Glued digit runs into cells (src/split). */
  split: GlueSplitter;
}

export const STAGES: Stages = {
  extractors: {},
  split: leaveGluedUnsplit,
};
