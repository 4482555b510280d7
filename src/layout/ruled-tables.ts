/** One page's ruled tables: ruling lines → edges → cells → tables → grid → cell text. */
import type { BBox, Page, Table, TableCell, TextRun } from '../../extractors/model.js';
import { assignRunsToCells } from './assign.js';
import { covered, tableEdges, type Edges } from './edges.js';
import { centerX, centerY, contains, unionBox } from './geometry.js';
import { cellsFromIntersections, gridOf, groupCellsIntoTables, intersections, type Grid } from './grid.js';
import type { PageTable } from './page-table.js';
import { cellText, lastLineFilled } from './text-join.js';

export interface RuledResult {
  tables: PageTable[];
  /** Runs outside every table. */
  rest: TextRun[];
}

export function ruledTables(page: Page): RuledResult {
  const edges = tableEdges(page.rulings);
  const groups = groupCellsIntoTables(cellsFromIntersections(intersections(edges)));
  const regions = groups.map((cells) => ({ grid: gridOf(cells), bbox: unionBox(cells) }));
  const runsOf = regions.map(() => [] as TextRun[]);
  const rest: TextRun[] = [];
  for (const run of page.runs) {
    const inside = regions.findIndex((r) => contains(r.bbox, centerX(run.bbox), centerY(run.bbox), 1));
    const i = inside >= 0 ? inside : regions.findIndex((r) => pastOpenEdge(run, r.bbox, edges.real));
    if (i >= 0) runsOf[i].push(run);
    else rest.push(run);
  }
  const tables = regions.map((r, i) => buildTable(page.number, r.grid, runsOf[i], edges.real));
  return { tables: tables.map((t, i) => ({ ...t, bbox: regions[i].bbox })), rest };
}

/** How far past a table's open edge its text may stand, in ems of that text. */
const SPILL_EMS = 0.5;

/**
 * A row cut by a page break may print its last line just past the table's bottom (or its first
 * line just above the next piece's top) where no ruling closes the table: that text is the cut
 * row's, not a paragraph of its own.
 */
function pastOpenEdge(run: TextRun, box: BBox, real: Edges): boolean {
  const [x0, , x1] = run.bbox;
  if (x0 < box[0] || x1 > box[2]) return false;
  const reach = SPILL_EMS * run.fontSize;
  const below = run.bbox[1] >= box[3] - 1 && run.bbox[1] - box[3] <= reach;
  const above = run.bbox[3] <= box[1] + 1 && box[1] - run.bbox[3] <= reach;
  return (below && !covered(real.horizontal, box[3], x0, x1)) || (above && !covered(real.horizontal, box[1], x0, x1));
}

function buildTable(page: number, grid: Grid, runs: TextRun[], real: Edges): Omit<PageTable, 'bbox'> {
  const boxes = grid.cells.map((c) => c.bbox);
  const cellRuns = assignRunsToCells(runs, boxes);
  const openTop = new Set<TableCell>();
  const openBottom = new Set<TableCell>();
  const filled = new Set<TableCell>();
  const cells = grid.cells.map((g, i): TableCell => {
    const cell: TableCell = {
      row: g.row,
      col: g.col,
      rowSpan: g.rowSpan,
      colSpan: g.colSpan,
      text: cellText(cellRuns[i], g.bbox[2]),
      page,
      bbox: g.bbox,
    };
    if (lastLineFilled(cellRuns[i], g.bbox[2])) filled.add(cell);
    if (!covered(real.horizontal, g.bbox[1], g.bbox[0], g.bbox[2])) openTop.add(cell);
    if (!covered(real.horizontal, g.bbox[3], g.bbox[0], g.bbox[2])) openBottom.add(cell);
    return cell;
  });
  const table: Table = {
    kind: 'table',
    geometry: 'ruled',
    nRows: grid.ys.length - 1,
    nCols: grid.xs.length - 1,
    cells,
    pages: [page],
  };
  return { table, xs: grid.xs, openTop, openBottom, filled };
}
