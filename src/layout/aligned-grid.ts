/**
 * Header cells, body rows and group labels of a table drawn without lines → one grid of cells.
 * Values go to the column under them (a run holding the digits of neighbouring columns is cut
 * at the border); a row's label spans from the column where it starts to the last label
 * column; positions nothing covers get empty cells, so every grid position has a cell.
 */
import type { BBox, Table, TableCell, TextRun } from '../../extractors/model.js';
import type { BodyRow, GroupLabel } from './aligned-body.js';
import type { HeaderCell } from './aligned-header.js';
import { splitAtCellBorders } from './assign.js';
import { centerX, unionBox } from './geometry.js';
import type { PageTable } from './page-table.js';
import { cellText, lastLineFilled } from './text-join.js';

type Columns = (readonly [number, number])[];

function columnAt(columns: Columns, x: number): number {
  let c = 0;
  while (c + 1 < columns.length && x >= columns[c + 1][0] - 2) c++;
  return c;
}

/** A row's values per column, runs crossing a border cut there. */
function valuesByColumn(values: TextRun[], columns: Columns): TextRun[][] {
  const out = columns.map(() => [] as TextRun[]);
  for (const run of values) {
    const boxes = columns.map(([x0, x1]): BBox => [x0, run.bbox[1], x1, run.bbox[3]]);
    for (const piece of splitAtCellBorders(run, boxes)) out[columnAt(columns, centerX(piece.bbox))].push(piece);
  }
  return out;
}

export function alignedGrid(
  header: { cells: HeaderCell[]; nRows: number },
  body: { rows: BodyRow[]; groups: GroupLabel[] },
  columns: Columns,
  nLabel: number,
  page: number,
): PageTable | null {
  const lastLabel = nLabel - 1;
  const h = header.nRows;
  const rowTop = (r: number) => body.rows[r].bbox[1];
  const rowBottom = (r: number) => body.rows[r].bbox[3];
  const headerTop = Math.min(...header.cells.flatMap((c) => c.runs.map((x) => x.bbox[1])), body.rows[0]?.bbox[1] ?? 0);
  const cells: TableCell[] = [];
  const filled = new Set<TableCell>();
  const ink = new Map<TableCell, BBox>();
  const taken = new Set<string>();
  const add = (row: number, col: number, rowSpan: number, colSpan: number, runs: TextRun[], bbox: BBox) => {
    const cell: TableCell = { row, col, rowSpan, colSpan, text: cellText(runs), page, bbox };
    cells.push(cell);
    if (runs.length) ink.set(cell, unionBox(runs.map((x) => x.bbox)));
    for (let r = row; r < row + rowSpan; r++) for (let c = col; c < col + colSpan; c++) taken.add(`${r},${c}`);
    return cell;
  };
  const headerBottom = body.rows.length ? rowTop(0) : headerTop + 1;
  for (const hc of header.cells)
    add(hc.row, hc.col, hc.rowSpan, hc.colSpan, hc.runs, [
      columns[hc.col][0],
      headerTop,
      columns[hc.col + hc.colSpan - 1][1],
      headerBottom,
    ]);
  for (const g of body.groups)
    add(h + g.row0, g.col, g.row1 - g.row0 + 1, 1, g.runs, [
      columns[g.col][0],
      rowTop(g.row0),
      columns[g.col][1],
      rowBottom(g.row1),
    ]);
  body.rows.forEach((row, i) => {
    const r = h + i;
    const y: [number, number] = [row.bbox[1], row.bbox[3]];
    if (nLabel > 0) {
      const labelBox: BBox = [columns[row.labelCol][0], y[0], columns[lastLabel][1], y[1]];
      const label = add(r, row.labelCol, 1, lastLabel - row.labelCol + 1, row.label, labelBox);
      if (lastLineFilled(row.label, labelBox[2])) filled.add(label);
    }
    const runsOf = valuesByColumn(row.values, columns);
    for (const p of row.inner) runsOf[columnAt(columns, centerX(p.bbox))].push(...p.runs);
    for (let c = nLabel; c < columns.length; c++)
      add(r, c, 1, 1, runsOf[c], [columns[c][0], y[0], columns[c][1], y[1]]);
  });
  const nRows = h + body.rows.length;
  for (let r = 0; r < nRows; r++)
    for (let c = 0; c < columns.length; c++) {
      if (taken.has(`${r},${c}`)) continue;
      const y = r < h ? [headerTop, headerBottom] : [rowTop(r - h), rowBottom(r - h)];
      add(r, c, 1, 1, [], [columns[c][0], y[0], columns[c][1], y[1]]);
    }
  if (!body.rows.length) return null;
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  const table: Table = { kind: 'table', geometry: 'aligned', nRows, nCols: columns.length, cells, pages: [page] };
  const box = unionBox(cells.map((c) => c.bbox!));
  return {
    table,
    bbox: box,
    xs: [...columns.map((c) => c[0]), columns[columns.length - 1][1]],
    openTop: new Set(),
    openBottom: new Set(),
    filled,
    ink,
    headerRows: h,
  };
}
