/**
 * Fills a Word template at test time, the way an office fills the blank template: text typed into
 * its empty table cells (and a title over its first paragraph), everything else left as it is.
 * Works on word/document.xml directly, so the merges and widths of the template survive.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Where a cell element sits: indexes of XML elements (Word keeps one per grid column, merged or not). */
export interface DocxCellAt {
  table: number;
  row: number;
  cell: number;
  cellsInRow: number;
  /** For an empty cell (not the continuation of a vertical merge): its place among the table's empty cells in reading order (rows top down, cells left to right). */
  blank?: number;
}

export interface FillOptions {
  /** Text for `at`'s cell; only empty cells are written, undefined leaves the cell as it is. */
  cell: (at: DocxCellAt) => string | undefined;
  /** Replaces the text of the document's first paragraph (the template's title). */
  title?: string;
}

const children = (el: Element, local: string): Element[] => Array.from(el.getElementsByTagNameNS(W, local));
/** A `w:vMerge` without `restart` continues the cell above: part of a merged cell, not a cell of its own. */
const continuesMerge = (tc: Element) =>
  children(tc, 'vMerge').some((m) => (m.getAttributeNS(W, 'val') || m.getAttribute('w:val')) !== 'restart');
const isBlank = (tc: Element) => !(tc.textContent ?? '').trim() && !continuesMerge(tc);

/** Replaces the runs of paragraph `p` by one run of `value`. */
function setParagraphText(doc: Document, p: Element, value: string): void {
  for (const run of children(p, 'r')) run.parentNode?.removeChild(run);
  const run = doc.createElementNS(W, 'w:r');
  const text = doc.createElementNS(W, 'w:t');
  text.appendChild(doc.createTextNode(value));
  run.appendChild(text);
  p.appendChild(run);
}

export function fillDocx(template: Uint8Array, { cell, title }: FillOptions): Uint8Array {
  const files = unzipSync(template);
  const doc = new DOMParser().parseFromString(strFromU8(files['word/document.xml']), 'text/xml');
  children(doc.documentElement, 'tbl').forEach((tbl, table) => {
    let blank = 0;
    children(tbl, 'tr').forEach((tr, row) => {
      const cells = children(tr, 'tc');
      cells.forEach((tc, index) => {
        const empty = isBlank(tc);
        const value = cell({ table, row, cell: index, cellsInRow: cells.length, ...(empty ? { blank: blank++ } : {}) });
        if (value !== undefined && empty) setParagraphText(doc, children(tc, 'p')[0], value);
      });
    });
  });
  if (title !== undefined) setParagraphText(doc, children(doc.documentElement, 'p')[0], title);
  files['word/document.xml'] = strToU8(new XMLSerializer().serializeToString(doc));
  return zipSync(files);
}
