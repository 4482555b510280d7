/** Saved report web pages (Word-exported markup, LibreOffice HTML export, CMS pages) → paragraphs and tables. */
import type { Extractor } from '../model.js';
import { htmlToBlocks } from './blocks.js';
import { decodeHtml } from './charset.js';

export const extractHtml: Extractor = async (bytes) => {
  const text = decodeHtml(bytes);
  const blocks = htmlToBlocks(text.value);
  return {
    value: { format: 'html', pageCount: null, pages: [], blocks: blocks.value },
    warnings: [...text.warnings, ...blocks.warnings],
  };
};
