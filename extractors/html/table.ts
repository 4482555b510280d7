/** An HTML <table> element → markup rows for the grid builder. */
import { attr, hasDescendant, ownDescendants, walk, type Element, type Sink } from './dom.js';
import type { MarkupRow } from './grid.js';
import { collapseSourceWhitespace } from './text.js';

/** The visible text of an element, lines joined with '\n' (<br> and block elements such as <p> end lines). */
export function elementText(el: Element): string {
  const lines: string[] = [''];
  const sink: Sink = {
    text: (s) => {
      lines[lines.length - 1] += s;
    },
    lineBreak: () => lines.push(''),
    table: (t) => walk(t, sink),
  };
  walk(el, sink);
  return lines.map(collapseSourceWhitespace).join('\n');
}

/** A span attribute as browsers read it: a leading integer, clamped; missing or invalid → 1. */
function span(value: string | undefined, min: number, max: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isNaN(n) ? 1 : Math.min(max, Math.max(min, n));
}

export function tableRows(table: Element): MarkupRow[] {
  return ownDescendants(table, ['tr']).map((tr) => ({
    cells: ownDescendants(tr, ['td', 'th']).map((cell) => ({
      text: elementText(cell),
      colSpan: span(attr(cell, 'colspan'), 1, 1000),
      rowSpan: span(attr(cell, 'rowspan'), 0, 65534),
    })),
  }));
}

/** A table used for page layout, not data: it holds other tables, or only one cell. Its cells are read as page content. */
export function isLayoutTable(table: Element): boolean {
  const cells = ownDescendants(table, ['td', 'th']);
  return cells.length <= 1 || cells.some((c) => hasDescendant(c, 'table'));
}
