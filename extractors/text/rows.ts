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
/** Characters of a vertical group label printed a space before a row's item number (`（ 1.本机关…`). */
const GROUP_LEAD = /^(?:[^\s\d]{1,4}[ \u3000])+(?=\S)/;
/** A cell that starts a numbered label, maybe after characters of a vertical group label. */
export const labelStart = (cell: TextCell | undefined) =>
  cell !== undefined && startsLabel(cell.text.replace(GROUP_LEAD, ''));

/** A label line still waiting for its values: numbered, or any label when values-only follow. */
function isPendingLabel(row: Row | undefined, next: Row): row is Row {
  if (!row || !isLabelPiece(row) || row[0].text.length < 2) return false;
  if (isValue(next[0])) return true;
  // the next line's own label may follow characters of a vertical group label (`度  5.属于…  8 8`)
  return labelStart(row[0]) && !labelStart(next.find((c) => !isGroupChars(c)));
}

/** Index of the label a continuation joins: the last text cell before the first value. */
const labelIndex = (row: Row) => row.findIndex(isValue) - 1;

const unbalanced = (text: string) => (text.match(/[（(]/g)?.length ?? 0) > (text.match(/[）)]/g)?.length ?? 0);

/** Single characters of a vertical group label (`果`, `法（`) beside a row: not a label of its own. */
const isGroupChars = (cell: TextCell) => !isValue(cell) && [...cell.text].length <= 2;

/** Evidence that a label piece after a row with values ends that row's label rather than starting a new one. */
function endsPreviousLabel(label: string, next: Row | undefined): boolean {
  if (unbalanced(label) || /[，、,]$/.test(label)) return true;
  // Values after only characters of a vertical group label (`不  — — 2`) wait for a label: this piece is theirs.
  return !next || labelStart(next[0]) || (hasValues(next) && !next.filter((c) => !isValue(c)).every(isGroupChars));
}

const joined = (head: TextCell, tail: TextCell): TextCell => ({
  ...head,
  text: head.text + tail.text,
  line: tail.line,
});

/** A line that only starts a numbered label, maybe after characters of a vertical group label. */
const isLabelStartLine = (row: Row) =>
  row.length > 0 && !hasValues(row) && labelStart(row.at(-1)) && row.slice(0, -1).every(isGroupChars);

/**
 * Values printed a line above their label (the label sits lower in its cell): a row of values
 * without a label of its own, right after a complete row, takes the numbered label below it.
 */
function labelBelow(rows: Row[], cells: Row): boolean {
  const [before, prev] = [rows.at(-2), rows.at(-1)];
  if (!before || !prev || !hasValues(before) || !isLabelStartLine(cells)) return false;
  // A lone blank mark (无 of a vertical （四）无法提供) is a label character, not a row of values.
  return prev.some((c) => isValue(c) && /\d/.test(c.text)) && prev.every((c) => isValue(c) || isGroupChars(c));
}

export function joinWrappedLabels(lines: Line[]): Row[] {
  const rows: Row[] = [];
  lines.forEach((line, i) => {
    const cells = line.cells.map((c) => ({ ...c, line: i }));
    const prev = rows.at(-1);
    if (hasValues(cells)) {
      if (isPendingLabel(prev, cells)) {
        rows[rows.length - 1] = isValue(cells[0])
          ? [prev[0], ...cells]
          : [joined(prev[0], cells[0]), ...cells.slice(1)];
      } else rows.push(cells);
      return;
    }
    if (labelBelow(rows, cells)) {
      prev!.splice(prev!.findIndex(isValue), 0, ...cells);
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
