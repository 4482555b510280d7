/**
 * The embedded dataset: OUT/nianbao.sqlite (better-sqlite3). Tables reports, facts, checks and
 * flags, keyed by the input's sha256; identical inputs under two names are one report, listed
 * under the first name in sorted order. Schema and example queries: README "The dataset".
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { NianbaoRecord } from '../record/schema.js';
import type { FactRow, ReportRow, Store } from './store.js';

export const DATASET = 'nianbao.sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS reports (
  sha256 TEXT PRIMARY KEY, file TEXT NOT NULL, format TEXT, pages INTEGER, title TEXT NOT NULL,
  agency TEXT NOT NULL, year INTEGER, template TEXT NOT NULL, error_code TEXT, error_message TEXT,
  review_required INTEGER NOT NULL, review_reasons TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS facts (
  sha256 TEXT NOT NULL REFERENCES reports ON DELETE CASCADE, seq INTEGER NOT NULL,
  "table" TEXT NOT NULL, "row" TEXT NOT NULL, col TEXT NOT NULL, key TEXT NOT NULL,
  value REAL, raw TEXT NOT NULL, confidence REAL NOT NULL, flags TEXT NOT NULL, page INTEGER,
  PRIMARY KEY (sha256, seq));
CREATE INDEX IF NOT EXISTS facts_key ON facts (key);
CREATE TABLE IF NOT EXISTS checks (
  sha256 TEXT NOT NULL REFERENCES reports ON DELETE CASCADE, seq INTEGER NOT NULL,
  rule TEXT NOT NULL, ok INTEGER NOT NULL, cells TEXT NOT NULL, message TEXT NOT NULL,
  PRIMARY KEY (sha256, seq));
CREATE TABLE IF NOT EXISTS flags (
  sha256 TEXT NOT NULL REFERENCES reports ON DELETE CASCADE, key TEXT NOT NULL, flag TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS flags_flag ON flags (flag);
`;

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly write: (record: NianbaoRecord) => void;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 10000');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
    const previous = this.db.prepare<[string], { file: string }>('SELECT file FROM reports WHERE sha256 = ?');
    const drop = this.db.prepare('DELETE FROM reports WHERE sha256 = ?');
    const report = this.db.prepare(
      'INSERT INTO reports VALUES (@sha256, @file, @format, @pages, @title, @agency, @year, @template, @error_code, @error_message, @review_required, @review_reasons)',
    );
    const fact = this.db.prepare('INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const check = this.db.prepare('INSERT INTO checks VALUES (?, ?, ?, ?, ?, ?)');
    const flag = this.db.prepare('INSERT INTO flags VALUES (?, ?, ?)');
    this.write = this.db.transaction((r: NianbaoRecord) => {
      const sha = r.source.sha256;
      const before = previous.get(sha)?.file;
      drop.run(sha);
      report.run({
        sha256: sha,
        file: before !== undefined && before < r.source.file ? before : r.source.file,
        format: r.source.format,
        pages: r.source.pages,
        title: r.report.title,
        agency: r.report.agency,
        year: r.report.year,
        template: r.report.template,
        error_code: r.error?.code ?? null,
        error_message: r.error?.message ?? null,
        review_required: r.review.required ? 1 : 0,
        review_reasons: r.review.reasons.join(' '),
      });
      r.facts.forEach((f, i) => {
        const key = `${f.table}.${f.row}.${f.col}`;
        fact.run(sha, i, f.table, f.row, f.col, key, f.value, f.raw, f.confidence, f.flags.join(' '), f.page ?? null);
        for (const name of f.flags) flag.run(sha, key, name);
      });
      r.checks.forEach((c, i) => check.run(sha, i, c.rule, c.ok ? 1 : 0, c.cells.join(' '), c.message));
    });
  }

  static inDirectory(out: string): SqliteStore {
    return new SqliteStore(join(out, DATASET));
  }

  upsert(record: NianbaoRecord): void {
    this.write(record);
  }

  has(sha256: string): boolean {
    return this.db.prepare('SELECT 1 FROM reports WHERE sha256 = ?').get(sha256) !== undefined;
  }

  reports(): Iterable<ReportRow> {
    return this.db
      .prepare<[], ReportRow>('SELECT sha256, file, agency, year, template FROM reports ORDER BY file')
      .iterate();
  }

  facts(): Iterable<FactRow & ReportRow> {
    return this.db
      .prepare<[], FactRow & ReportRow>(
        'SELECT f.sha256, r.file, r.agency, r.year, r.template, f."table", f."row", f.col, f.value, f.confidence, f.flags FROM facts f JOIN reports r USING (sha256) ORDER BY r.file, f.seq',
      )
      .iterate();
  }

  /** For researchers' own queries (and the README's, in the tests). */
  query(sql: string): unknown[] {
    return this.db.prepare(sql).all();
  }

  close(): void {
    this.db.close();
  }
}
