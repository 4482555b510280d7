/** Short printed names of rows and columns for check messages, from the template's labels. */
import { tableDef, type TableKey, type TemplateVersion } from '../template/index.js';

/** `一、本年新收…` → `本年新收…`, `（七）总计` → `总计`, `1.属于国家秘密` → `属于国家秘密`. */
const stripNumbering = (label: string): string =>
  label.replace(/^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])/, '');

export function rowLabel(version: TemplateVersion, table: TableKey, rowKey: string): string {
  const def = tableDef(version, table);
  const row = def.rows.find((r) => r.key === rowKey);
  if (!row) return rowKey;
  const group = def.groups.find((g) => g.key === row.group);
  const own = stripNumbering(row.labels[0]);
  return group ? `${stripNumbering(group.labels[0])}·${own}` : own;
}

export function columnLabel(version: TemplateVersion, table: TableKey, colKey: string): string {
  const col = tableDef(version, table).columns.find((c) => c.key === colKey);
  if (!col) return colKey;
  return col.groupLabels ? `${col.groupLabels[0]}·${col.labels[0]}` : col.labels[0];
}
