/**
 * Bytes of a flattened-text report to a string. Crawled Chinese pages come as UTF-8 (with or
 * without BOM), UTF-16 (with or without BOM), or GBK/GB18030 (../encoding.ts decides which).
 */
export { decodeUndeclared as decodeText, type TextEncoding } from '../encoding.js';
