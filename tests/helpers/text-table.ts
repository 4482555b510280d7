import type { Table, TableCell } from '../../extractors/model.js';
import { lineCells } from '../../extractors/text/cells.js';

/** A text table from fixed-width lines, each line's cells as the text extractor reads them. */
export function textTable(lines: string[]): Table {
  const cells: TableCell[] = lines.flatMap((line, row) =>
    lineCells(line).map(({ text, at, spaced }, col) => ({
      row,
      col,
      rowSpan: 1,
      colSpan: 1,
      text,
      textColumn: at,
      textSpaced: spaced,
      textLine: row,
    })),
  );
  return { kind: 'table', geometry: 'text', nRows: lines.length, nCols: 9, cells, pages: [] };
}
