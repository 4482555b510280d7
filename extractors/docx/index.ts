/**
 * DOCX → paragraphs and tables, through mammoth's HTML and the shared grid builder. Tables
 * mammoth mis-grids are read again from word/document.xml (./xml-grid.ts).
 */
import mammoth from 'mammoth';
import { ExtractionError, type Extractor, type Result, type Table, type Warning } from '../model.js';
import { htmlToBlocks } from '../html/blocks.js';
import { documentXml, misgridded, topLevelTables, xmlTable } from './xml-grid.js';

/** mammoth messages worth passing on: errors, and anything about table structure (the rest is style noise). */
const RELEVANT = /\b(table|row|cell)\b/i;
/** mammoth's warning that it dropped vertical merges of a table. */
const MERGES_DROPPED = /unexpected non-(row|cell) element/;

export const extractDocx: Extractor = async (bytes, options) => {
  const converted = await toHtml(bytes, options.file);
  const warnings: Warning[] = converted.messages
    .filter((m) => m.type === 'error' || RELEVANT.test(m.message))
    .map((m) => ({ code: 'MAMMOTH', message: m.message }));
  const replaceTable = xmlRegrid(
    bytes,
    converted.messages.some((m) => MERGES_DROPPED.test(m.message)),
  );
  const blocks = htmlToBlocks(converted.value, { replaceTable });
  return {
    value: { format: 'docx', pageCount: null, pages: [], blocks: blocks.value },
    warnings: [...warnings, ...blocks.warnings],
  };
};

async function toHtml(bytes: Uint8Array, file = 'document') {
  try {
    // Images are not needed; leaving them out spares encoding them as data URIs.
    const ignoreImages = mammoth.images.imgElement(async () => ({ src: '' }));
    return await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { convertImage: ignoreImages });
  } catch (e) {
    throw new ExtractionError('UNREADABLE', `${file}: not a readable DOCX (${(e as Error).message})`);
  }
}

type Regrid = (ordinal: number, fromMarkup: Table) => Result<Table> | undefined;

/**
 * Reads tables from the XML instead, where the XML has row grid offsets or mammoth said it
 * dropped merges. Tables are matched to mammoth's by their order; a table whose row count
 * differs between the readings is not matched with confidence and keeps mammoth's grid.
 */
function xmlRegrid(bytes: Uint8Array, mergesDropped: boolean): Regrid | undefined {
  const xml = documentXml(bytes);
  if (!xml || !(mergesDropped || /:grid(Before|After)\b/.test(xml))) return undefined;
  const tables = topLevelTables(xml);
  const regrid: Regrid = (ordinal, fromMarkup) => {
    const tbl = tables[ordinal];
    if (!tbl || !misgridded(tbl)) return undefined;
    const rebuilt = xmlTable(tbl);
    if (rebuilt.value.nRows !== fromMarkup.nRows) {
      return {
        value: fromMarkup,
        warnings: [
          {
            code: 'DOCX_REGRID_MISMATCH',
            message: `XML has ${rebuilt.value.nRows} rows, mammoth ${fromMarkup.nRows}; kept mammoth's grid, cells may be shifted`,
          },
        ],
      };
    }
    return {
      value: rebuilt.value,
      warnings: [
        { code: 'DOCX_REGRID', message: 'grid read from word/document.xml (row grid offsets or wrapped rows)' },
        ...rebuilt.warnings,
      ],
    };
  };
  return regrid;
}
