import type { Table, TableCell } from '../../extractors/model.js';

/** A text table from fixed-width lines: cells split at two or more spaces, with where they start. */
export function textTable(lines: string[]): Table {
  const cells: TableCell[] = lines.flatMap((line, row) =>
    [...line.matchAll(/\S+(?: \S+)*/g)].map((m, col) => ({
      row,
      col,
      rowSpan: 1,
      colSpan: 1,
      text: m[0],
      textColumn: m.index,
    })),
  );
  return { kind: 'table', geometry: 'text', nRows: lines.length, nCols: 9, cells, pages: [] };
}
