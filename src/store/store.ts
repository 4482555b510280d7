/**
 * The research dataset behind a small interface: the CLI keeps it current, `export` reads it.
 * SQLite (sqlite.ts) is the embedded one; a server database can implement the same.
 */
import type { NianbaoRecord } from '../record/schema.js';

/** A report as the dataset holds it: one per distinct input (sha256). */
export interface ReportRow {
  sha256: string;
  file: string;
  agency: string;
  year: number | null;
  template: string;
}

/** One fact in long form. */
export interface FactRow {
  sha256: string;
  table: string;
  row: string;
  col: string;
  value: number | null;
  confidence: number;
  /** Space-separated. */
  flags: string;
}

export interface Store {
  /** Inserts or replaces everything known about the record's input (keyed by its sha256). */
  upsert(record: NianbaoRecord): void;
  has(sha256: string): boolean;
  /** Reports sorted by file. */
  reports(): Iterable<ReportRow>;
  /** Facts with their report, sorted by report file, then in record order. */
  facts(): Iterable<FactRow & ReportRow>;
  close(): void;
}
