/**
 * `nianbao export OUT`: the dataset of OUT/nianbao.sqlite as CSV (with a UTF-8 BOM, for Excel)
 * or JSON lines, in long form (one row per fact) or wide form (one row per report, one column
 * per canonical key).
 */
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { csvField } from '../review/csv.js';
import { DATASET, SqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { allCellIds } from '../template/index.js';
import { EXIT, type Log } from './exit-codes.js';

export interface ExportOptions {
  format: 'csv' | 'jsonl';
  shape: 'long' | 'wide';
  /** Default: standard output. */
  output?: string;
}

type Row = Record<string, string | number | null>;

const LONG = ['file', 'agency', 'year', 'template', 'table', 'row', 'col', 'value', 'confidence', 'flags'] as const;
const REPORT = ['file', 'agency', 'year', 'template'] as const;

function* longRows(store: Store): Generator<Row> {
  for (const f of store.facts()) yield Object.fromEntries(LONG.map((c) => [c, f[c]]));
}

function* wideRows(store: Store, keys: string[]): Generator<Row> {
  const values = new Map<string, Map<string, number | null>>();
  for (const f of store.facts()) {
    if (!values.has(f.sha256)) values.set(f.sha256, new Map());
    values.get(f.sha256)!.set(`${f.table}.${f.row}.${f.col}`, f.value);
  }
  for (const r of store.reports()) {
    const own = values.get(r.sha256);
    yield {
      ...Object.fromEntries(REPORT.map((c) => [c, r[c]])),
      ...Object.fromEntries(keys.map((k) => [k, own?.get(k) ?? null])),
    };
  }
}

const csvLine = (fields: (string | number | null)[]) =>
  fields.map((v) => csvField(v === null ? '' : String(v))).join(',') + '\r\n';

export function runExport(out: string, options: ExportOptions, log: Log): number {
  const path = join(out, DATASET);
  if (!existsSync(path)) {
    log(`nianbao export: no dataset at ${path}; run nianbao extract --out ${out} first`);
    return EXIT.usage;
  }
  let fd: number | undefined;
  try {
    if (options.output) fd = openSync(options.output, 'w');
  } catch (err) {
    log(`nianbao export: cannot write ${options.output}: ${(err as Error).message}`);
    return EXIT.usage;
  }
  // Standard output may be a non-blocking pipe: it gets one write through the stream.
  const chunks: string[] = [];
  const write = (text: string) => (fd === undefined ? chunks.push(text) : writeSync(fd, text));
  const store = new SqliteStore(path);
  try {
    const keys = allCellIds();
    const columns: string[] = options.shape === 'long' ? [...LONG] : [...REPORT, ...keys];
    const rows = options.shape === 'long' ? longRows(store) : wideRows(store, keys);
    if (options.format === 'csv') write('\uFEFF' + csvLine(columns));
    for (const row of rows)
      write(options.format === 'csv' ? csvLine(columns.map((c) => row[c])) : JSON.stringify(row) + '\n');
  } finally {
    store.close();
    if (fd !== undefined) closeSync(fd);
  }
  if (fd === undefined) {
    process.stdout.on('error', () => undefined); // a reader that stopped early (| head) is no error
    process.stdout.write(chunks.join(''));
  }
  return EXIT.ok;
}
