/**
 * Which form of （六） a text table prints, from its label text alone: where zeros are blank and
 * no number stands on the rows of （六）, no placed cell tells. The items of the three-row form
 * have long labels no other row shares; a stretch of one of them anywhere in the table's text
 * (wrapped lines interleave with a vertical group's characters, so any stretch will do) says
 * the three rows are printed. Without one, `（六）其他处理` says the single row is.
 */
import type { OtherLayout, RowDef } from '../template/index.js';
import { labelKey } from './labels.js';
import type { RowView } from './rows.js';

/** Characters of a label stretch taken as evidence; shorter ones (`无正当理由`) other rows share. */
const STRETCH = 6;

function stretches(label: string): string[] {
  const key = labelKey(label);
  return Array.from({ length: Math.max(0, key.length - STRETCH + 1) }, (_, i) => key.slice(i, i + STRETCH));
}

export function otherFormNamed(rows: RowView[], templateRows: RowDef[]): OtherLayout | undefined {
  const text = labelKey(rows.flatMap((r) => r.cells.map((c) => c.raw)).join(''));
  const others = templateRows.filter((r) => !r.key.startsWith('other'));
  const shared = new Set(others.flatMap((r) => r.labels.flatMap(stretches)));
  const items = templateRows.filter((r) => r.otherLayout === 'split');
  if (items.some((r) => r.labels.flatMap(stretches).some((s) => !shared.has(s) && text.includes(s)))) return 'split';
  const single = templateRows.find((r) => r.otherLayout === 'single');
  return single?.labels.some((l) => text.includes(labelKey(l))) ? 'single' : undefined;
}
