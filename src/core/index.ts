/** The vocabulary every stage shares: results and warnings, error codes, cell keys, flags. */
export * from './cell-key.js';
export * from './errors.js';
export * from './flags.js';
export * from './result.js';
