/**
 * A table region's lines to rows: a wrapped row label becomes one label again, whether its
 * values sit on the first, a middle or the last of its lines. Cells stay in reading order;
 * a joined label keeps the column where it starts.
 */
import { isValueCell, startsLabel, type TextCell } from './cells.js';
import type { Line } from './lines.js';

type Row = TextCell[];

const isValue = (cell: TextCell | undefined) => cell !== undefined && isValueCell(cell.text);
const hasValues = (row: Row) => row.some(isValue);
/** `结 果 维 持`: a vertical header read one character at a time, never a row label. */
const isSpacedChars = (text: string) => /^(?:\S[ \u3000]+)+\S$/.test(text);
const isLabelPiece = (row: Row) => row.length === 1 && !isValue(row[0]) && !isSpacedChars(row[0].text);
const labelStart = (cell: TextCell | undefined) => cell !== undefined && startsLabel(cell.text);

/** A label line still waiting for its values: numbered, or any label when values-only follow. */
function isPendingLabel(row: Row | undefined, next: Row): row is Row {
  if (!row || !isLabelPiece(row) || row[0].text.length < 2) return false;
  if (isValue(next[0])) return true;
  return labelStart(row[0]) && !labelStart(next[0]);
}

/** Index of the label a continuation joins: the last text cell before the first value. */
const labelIndex = (row: Row) => row.findIndex(isValue) - 1;

const unbalanced = (text: string) => (text.match(/[（(]/g)?.length ?? 0) > (text.match(/[）)]/g)?.length ?? 0);

/** Evidence that a label piece after a row with values ends that row's label rather than starting a new one. */
function endsPreviousLabel(label: string, next: Row | undefined): boolean {
  if (unbalanced(label) || /[，、,]$/.test(label)) return true;
  return !next || labelStart(next[0]) || (hasValues(next) && !isValue(next[0]));
}

const joined = (head: TextCell, tail: TextCell): TextCell => ({ ...head, text: head.text + tail.text });

export function joinWrappedLabels(lines: Line[]): Row[] {
  const rows: Row[] = [];
  lines.forEach((line, i) => {
    const cells = [...line.cells];
    const prev = rows.at(-1);
    if (hasValues(cells)) {
      if (isPendingLabel(prev, cells)) {
        rows[rows.length - 1] = isValue(cells[0]) ? [prev[0], ...cells] : [joined(prev[0], cells[0]), ...cells.slice(1)];
      } else rows.push(cells);
      return;
    }
    if (isLabelPiece(cells) && !labelStart(cells[0]) && prev) {
      if (isLabelPiece(prev) && labelStart(prev[0])) {
        prev[0] = joined(prev[0], cells[0]);
        return;
      }
      const at = labelIndex(prev);
      if (hasValues(prev) && at >= 0 && endsPreviousLabel(prev[at].text, lines[i + 1]?.cells)) {
        prev[at] = joined(prev[at], cells[0]);
        return;
      }
    }
    rows.push(cells);
  });
  return rows;
}
