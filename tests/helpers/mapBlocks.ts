/**
 * Test-side stand-ins for the extractors the mapper sits behind: tab-separated lines of a
 * flattened text become `text` tables (as the text extractor gives them), and tables can be
 * built from rows of strings with spans. Also: a truth file's cells compared with mapped raw text.
 */
import type { Block, Geometry, Paragraph, Table, TableCell } from '../../extractors/model.js';
import type { MappedReport } from '../../src/map/index.js';

/** Lines with a tab are table rows (consecutive ones one table, cells split at tabs); others paragraphs. */
export function tabTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length === 0) return;
    const cells: TableCell[] = rows.flatMap((cols, row) => cols.map((t, col) => ({ row, col, rowSpan: 1, colSpan: 1, text: t.trim() })));
    blocks.push({ kind: 'table', geometry: 'text', nRows: rows.length, nCols: Math.max(...rows.map((r) => r.length)), cells, pages: [] });
    rows = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.includes('\t')) rows.push(line.split('\t'));
    else {
      flush();
      if (line.trim()) blocks.push({ kind: 'paragraph', text: line.trim() } satisfies Paragraph);
    }
  }
  flush();
  return blocks;
}

/** A cell spec: text, or [text, rowSpan, colSpan]. `null` marks a position covered by a span. */
export type CellSpec = string | [string, number, number] | null;

/** A gridded table from rows of cell specs (spanned positions given as null). */
export function gridTable(rows: CellSpec[][], geometry: Geometry = 'ruled', page = 1): Table {
  const cells: TableCell[] = [];
  rows.forEach((specs, row) =>
    specs.forEach((spec, col) => {
      if (spec === null) return;
      const [text, rowSpan, colSpan] = typeof spec === 'string' ? [spec, 1, 1] : spec;
      cells.push({ row, col, rowSpan, colSpan, text, page, bbox: [col * 50, row * 20, col * 50 + 50 * colSpan, row * 20 + 20 * rowSpan] });
    }),
  );
  return { kind: 'table', geometry, nRows: rows.length, nCols: Math.max(...rows.map((r) => r.length)), cells, pages: [page] };
}

/** A printed cell read the way truth files store it: blank and dashes as 0. */
export function rawAsTruth(raw: string): number {
  const s = raw.replace(/[\s,，]/g, '');
  return s === '' || /^[-—–/无]$/.test(s) ? 0 : Number(s);
}

/** Truth cells whose mapped raw text is missing or reads as another value. */
export function truthMismatches(report: MappedReport, truth: Record<string, number>): string[] {
  const byKey = new Map(report.cells.map((c) => [`${c.table}.${c.row}.${c.col}`, c.raw]));
  return Object.entries(truth)
    .filter(([key, value]) => !byKey.has(key) || rawAsTruth(byKey.get(key)!) !== value)
    .map(([key, value]) => `${key}: want ${value}, got ${byKey.has(key) ? JSON.stringify(byKey.get(key)) : 'nothing'}`);
}
