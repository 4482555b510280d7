/**
 * What a batch tells its user on stderr: one log entry per file (a JSON object per line when
 * stderr is not a terminal or with --log json, a text line otherwise), on a terminal a progress
 * line kept below them (done / total, rate, ETA, ok / review / error), and a summary at the end.
 */
import type { FileResult, Status } from './runner.js';

export type LogFormat = 'json' | 'text';

export interface ReporterOptions {
  format: LogFormat;
  /** One log line (no line end). */
  log: (line: string) => void;
  /** Where to draw the progress line (stderr when it is a terminal); none: no progress line. */
  progress?: (text: string) => void;
}

function textLine(r: FileResult): string {
  const what = r.error
    ? `ERROR ${r.error}`
    : `${r.facts} facts, ${r.flagged} flagged, ${r.failedChecks} failed checks${r.warnings ? `, ${r.warnings} warnings` : ''}`;
  return `${r.file} -> ${r.output}: ${what}${r.skipped ? ' (unchanged, skipped)' : ` (${r.ms} ms)`}`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export class Reporter {
  private readonly started = Date.now();
  private readonly counts: Record<Status, number> = { ok: 0, review: 0, error: 0 };
  private done = 0;
  private skipped = 0;
  private lineShown = false;

  constructor(
    private readonly options: ReporterOptions,
    /** Files in the batch, when known (a watch has no total). */
    private readonly total?: number,
  ) {}

  file(r: FileResult): void {
    this.done++;
    this.counts[r.status]++;
    if (r.skipped) this.skipped++;
    const { detail, ...entry } = r;
    this.print(this.options.format === 'json' ? JSON.stringify(entry) : textLine(r) + (detail ? `\n${detail}` : ''));
    if (detail && this.options.format === 'json') this.print(JSON.stringify({ file: r.file, detail }));
  }

  /** A message that is not about one file's record (a file that vanished, a stop). */
  note(message: string, file?: string): void {
    this.print(
      this.options.format === 'json'
        ? JSON.stringify({ ...(file ? { file } : {}), message })
        : file
          ? `${file}: ${message}`
          : message,
    );
  }

  errors(): number {
    return this.counts.error;
  }

  summary(): void {
    const ms = Date.now() - this.started;
    const s = {
      summary: true,
      files: this.done,
      parsed: this.done - this.skipped,
      skipped: this.skipped,
      ...this.counts,
      ms,
      // The kernel's count for the whole process, worker threads included: what the nightly job's host must allow.
      peakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / 2 ** 20),
    };
    this.print(
      this.options.format === 'json'
        ? JSON.stringify(s)
        : `${s.files} files (${s.parsed} parsed, ${s.skipped} unchanged): ${s.ok} ok, ${s.review} to review, ${s.error} errors in ${seconds(ms)}`,
    );
    if (this.lineShown) this.options.progress?.('\n');
    this.lineShown = false;
  }

  private print(text: string): void {
    const { log, progress } = this.options;
    progress?.('\r\x1b[K');
    log(text);
    progress?.(this.progressLine());
    this.lineShown = !!progress;
  }

  private progressLine(): string {
    const elapsed = (Date.now() - this.started) / 1000;
    const parsed = this.done - this.skipped;
    const rate = elapsed > 0 ? parsed / elapsed : 0;
    const left = this.total === undefined ? undefined : this.total - this.done;
    const eta = left !== undefined && rate > 0 ? ` ETA ${Math.ceil(left / rate)} s` : '';
    const of = this.total === undefined ? '' : `/${this.total}`;
    return `${this.done}${of} files, ${rate.toFixed(1)} files/s${eta} — ok ${this.counts.ok}, review ${this.counts.review}, error ${this.counts.error}`;
  }
}
