/**
 * A table region's lines to rows: a wrapped row label becomes one label again, whether its
 * values sit on the first, a middle or the last of its lines. Cells stay in reading order.
 */
import { isValueCell, startsLabel } from './cells.js';
import type { Line } from './lines.js';

const hasValues = (cells: string[]) => cells.some(isValueCell);
/** `结 果 维 持`: a vertical header read one character at a time, never a row label. */
const isSpacedChars = (text: string) => /^(?:\S[ \u3000]+)+\S$/.test(text);
const isLabelPiece = (cells: string[]) => cells.length === 1 && !isValueCell(cells[0]) && !isSpacedChars(cells[0]);

/** A label line still waiting for its values: numbered, or any label when values-only follow. */
function isPendingLabel(row: string[] | undefined, next: string[]): row is string[] {
  if (!row || !isLabelPiece(row) || row[0].length < 2) return false;
  if (isValueCell(next[0])) return true;
  return startsLabel(row[0]) && !startsLabel(next[0]);
}

/** Index of the label a continuation joins: the last text cell before the first value. */
function labelIndex(row: string[]): number {
  const firstValue = row.findIndex(isValueCell);
  return firstValue - 1;
}

const unbalanced = (text: string) => (text.match(/[（(]/g)?.length ?? 0) > (text.match(/[）)]/g)?.length ?? 0);

/** Evidence that a label piece after a row with values ends that row's label rather than starting a new one. */
function endsPreviousLabel(label: string, next: string[] | undefined): boolean {
  if (unbalanced(label) || /[，、,]$/.test(label)) return true;
  return !next || startsLabel(next[0]) || (hasValues(next) && !isValueCell(next[0]));
}

export function joinWrappedLabels(lines: Line[]): string[][] {
  const rows: string[][] = [];
  lines.forEach((line, i) => {
    const cells = [...line.cells];
    const prev = rows.at(-1);
    if (hasValues(cells)) {
      if (isPendingLabel(prev, cells)) {
        rows[rows.length - 1] = isValueCell(cells[0]) ? [prev[0], ...cells] : [prev[0] + cells[0], ...cells.slice(1)];
      } else rows.push(cells);
      return;
    }
    if (isLabelPiece(cells) && !startsLabel(cells[0]) && prev) {
      if (isLabelPiece(prev) && startsLabel(prev[0])) {
        prev[0] += cells[0];
        return;
      }
      const at = labelIndex(prev);
      if (hasValues(prev) && at >= 0 && endsPreviousLabel(prev[at], lines[i + 1]?.cells)) {
        prev[at] += cells[0];
        return;
      }
    }
    rows.push(cells);
  });
  return rows;
}
