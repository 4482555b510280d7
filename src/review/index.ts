/** The reviewer's tools: review.csv for a batch and the static HTML review page per record. */
export { reviewItems, type ReviewItem } from './items.js';
export { reviewCsv, REVIEW_CSV_COLUMNS } from './csv.js';
export { reviewPage } from './page.js';
export { locateSource, type SourceStatus } from './source.js';
