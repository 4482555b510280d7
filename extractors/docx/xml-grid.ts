/**
 * Tables read straight from word/document.xml, for those mammoth mis-grids: it ignores row grid
 * offsets (w:gridBefore/w:gridAfter) and drops vertical merges when rows or cells sit inside
 * wrappers it does not expect (../shared/PDF-NOTES.md). Elsewhere mammoth's HTML is used.
 */
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import type { Result, Table, TableCell } from '../model.js';
import { finishGrid } from '../html/grid.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const children = (el: Element): Element[] => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);
const isW = (el: Element, name: string) => el.namespaceURI === W && el.localName === name;
const wChild = (el: Element | undefined, name: string) => (el ? children(el).find((c) => isW(c, name)) : undefined);
const wVal = (el: Element | undefined) => el?.getAttributeNS(W, 'val') || undefined;

/** Content mammoth does not read: deleted or moved-away text, and mc:Choice (it reads mc:Fallback). */
function isUnread(el: Element): boolean {
  return isW(el, 'del') || isW(el, 'moveFrom') || (el.namespaceURI === MC && el.localName === 'Choice');
}

/** The document part's XML text, or undefined when the package has none. */
export function documentXml(bytes: Uint8Array): string | undefined {
  const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
  const xml = files['word/document.xml'];
  return xml && strFromU8(xml);
}

/** Elements named `name` under `el`, through any wrappers, not inside nested tables. */
function own(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (const child of children(el)) {
    if (isUnread(child)) continue;
    if (isW(child, name)) out.push(child);
    else if (!isW(child, 'tbl')) out.push(...own(child, name));
  }
  return out;
}

/** The body's tables that are not nested in another, in document order (mammoth's order). */
export function topLevelTables(xml: string): Element[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const body = doc.getElementsByTagNameNS(W, 'body')[0];
  return body ? own(body, 'tbl') : [];
}

const isDeletedRow = (tr: Element) => wChild(wChild(tr, 'trPr'), 'del') !== undefined;
const rowsOf = (tbl: Element) => own(tbl, 'tr').filter((tr) => !isDeletedRow(tr));

/** Whether mammoth's HTML misplaces this table's cells. A table holding tables is left to mammoth. */
export function misgridded(tbl: Element): boolean {
  if (own(tbl, 'tc').some((tc) => tc.getElementsByTagNameNS(W, 'tbl').length > 0)) return false;
  const offsets = rowsOf(tbl).some((tr) => ['gridBefore', 'gridAfter'].some((n) => wChild(wChild(tr, 'trPr'), n)));
  const wrapped = children(tbl).some((c) => !isW(c, 'tr') && !isW(c, 'tblPr') && !isW(c, 'tblGrid'));
  const wrappedCells = rowsOf(tbl).some((tr) =>
    children(tr).some((c) => !isW(c, 'tc') && !isW(c, 'trPr') && !isW(c, 'tblPrEx')),
  );
  return offsets || wrapped || wrappedCells;
}

/** A paragraph's visible text: w:t runs, tabs as spaces, breaks as new lines. */
function paragraphText(p: Element): string {
  let text = '';
  const visit = (el: Element) => {
    for (const child of children(el)) {
      if (isUnread(child)) continue;
      if (isW(child, 't')) text += child.textContent ?? '';
      else if (isW(child, 'tab')) text += ' ';
      else if (isW(child, 'br') || isW(child, 'cr')) text += '\n';
      else visit(child);
    }
  };
  visit(p);
  return text;
}

const cellText = (tc: Element) => own(tc, 'p').map(paragraphText).join('\n');

/**
 * The grid as Word lays it out: a row starts after its w:gridBefore columns, a cell covers
 * w:gridSpan columns, and a w:vMerge continuation extends the cell above it at the same column.
 */
export function xmlTable(tbl: Element): Result<Table> {
  const rows = rowsOf(tbl);
  const cells: TableCell[] = [];
  const openAt = new Map<number, TableCell>();
  rows.forEach((tr, r) => {
    let col = Number.parseInt(wVal(wChild(wChild(tr, 'trPr'), 'gridBefore')) ?? '0', 10) || 0;
    for (const tc of own(tr, 'tc')) {
      const props = wChild(tc, 'tcPr');
      const colSpan = Math.max(1, Number.parseInt(wVal(wChild(props, 'gridSpan')) ?? '1', 10) || 1);
      const vMerge = wChild(props, 'vMerge');
      const above = openAt.get(col);
      const text = cellText(tc);
      if (vMerge && (wVal(vMerge) ?? 'continue') === 'continue' && above) {
        above.rowSpan = r - above.row + 1;
        if (text.trim()) above.text += '\n' + text;
      } else {
        const cell: TableCell = { row: r, col, rowSpan: 1, colSpan, text };
        cells.push(cell);
        openAt.set(col, cell);
      }
      col += colSpan;
    }
  });
  return finishGrid(cells, rows.length);
}
