/** nianbao as a library: the pure core, the file wrapper, and the record's schema and types. */
export { extract, extractWithWarnings, type ExtractInput } from './pipeline.js';
export { extractFile } from './extract-file.js';
export {
  RecordSchema,
  FactSchema,
  CheckSchema,
  SCHEMA_VERSION,
  type NianbaoRecord,
  type Fact,
  type Check,
} from './record/schema.js';
export type { MappedReport } from './map/types.js';
export { reviewItems, reviewCsv, reviewPage } from './review/index.js';
