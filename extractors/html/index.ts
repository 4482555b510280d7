/** Saved report web pages (Word-exported markup, LibreOffice HTML export, CMS pages) → paragraphs and tables. */
import { encodingRepairs } from '../encoding.js';
import { lastCellText, type Extractor, type Repair } from '../model.js';
import { htmlToBlocks } from './blocks.js';
import { decodeHtml } from './charset.js';

export const extractHtml: Extractor = async (bytes) => {
  const text = decodeHtml(bytes);
  const blocks = htmlToBlocks(text.value);
  // Markup ends with a tag; a page that stops in the middle of text or a tag was cut short.
  const last = blocks.value[blocks.value.length - 1];
  const tail = last?.kind === 'table' ? lastCellText(last) : undefined;
  const cut: Repair[] = /[^>\s]\s*$/.test(text.value)
    ? [{ kind: 'truncated', message: 'the page ends in the middle of its markup (cut short?)', tail }]
    : [];
  const repairs = [...encodingRepairs({ badBytes: text.badBytes, encoding: 'UTF-8' }), ...cut];
  return {
    value: { format: 'html', pageCount: null, pages: [], blocks: blocks.value, repairs },
    warnings: [...text.warnings, ...blocks.warnings],
  };
};
