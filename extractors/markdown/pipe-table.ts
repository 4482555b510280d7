/** GFM pipe tables: `| a | b |` rows under a `| --- | --- |` delimiter row. */

/** A delimiter row: cells of dashes with optional alignment colons (ASCII, so any encoding shows it). */
export const DELIMITER_ROW = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/;

export const isPipeRow = (line: string): boolean => /^\s*\|.*\|\s*$/.test(line);

/** The cells of one row; `\|` is a pipe inside a cell. */
export function pipeCells(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => unescapeCell(c.trim()));
}

/** Inline Markdown a converter leaves in a cell: emphasis, `<br>` for a line break, escapes. */
export function unescapeCell(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/\*\*(.*?)\*\*|__(.*?)__/g, (_, a, b) => a ?? b)
    .replace(/\\([|*_\\`#-])/g, '$1')
    .trim();
}

/** Whether the text holds at least one pipe table (a header row directly over a delimiter row). */
export function hasPipeTable(text: string): boolean {
  const lines = text.split(/\r?\n/);
  return lines.some((line, i) => i > 0 && DELIMITER_ROW.test(line) && isPipeRow(lines[i - 1]));
}

/** A table of dashes and blanks only: a converter's placeholder for a table it could not read. */
export const isPlaceholder = (rows: string[][]): boolean => rows.every((r) => r.every((c) => /^[-—–\s]*$/.test(c)));

/** A cell a label-less row of numbers holds: a number, a zero's dash, or nothing. */
export const isValueCell = (text: string): boolean => /^(?:[+-]?[\d,，.]+|[-—–/无]|)$/.test(text.trim());
