/**
 * The reports' generic vocabulary: numbering, CJK ranges, blank marks, units, numbers. A leaf
 * module (no imports from the rest of src/), so extractors/ may use it too; template facts
 * (labels, keys, rules) are not here but in src/template.
 */
export * from './cjk.js';
export * from './numbering.js';
export * from './blanks.js';
export * from './number.js';
export * from './units.js';
export * from './page-fields.js';
