/** The eval's output: a table per document and in total on stdout, and the same as JSON. */
import type { EvaluatedDoc } from './evaluate.js';
import { describeProblem, docFailures } from './gate.js';
import { cellAccuracy, falseFlagRate, sumScores, type Measures } from './totals.js';

const pct = (r: number | null): string => (r === null ? '-' : `${(r * 100).toFixed(2)}%`);
const of = (n: number, d: number): string => (d === 0 ? '-' : `${n}/${d}`);

const HEADER = [
  'document',
  'fmt',
  'enforced',
  'cells',
  'accuracy',
  'silent',
  'extra',
  'broken caught',
  'must_flag flagged',
  'false flags',
  'false checks',
  'template',
  'ms',
];

function measureCells(m: Measures): string[] {
  return [
    String(m.truthCells),
    pct(cellAccuracy(m)),
    String(m.silent),
    String(m.extra),
    of(m.brokenCaught, m.broken),
    of(m.mustFlagFlagged, m.mustFlag),
    m.cleanRightFacts === 0 ? '-' : `${of(m.cleanRightFlagged, m.cleanRightFacts)} ${pct(falseFlagRate(m))}`,
    String(m.falseChecks),
  ];
}

function docRow(d: EvaluatedDoc): string[] {
  const s = d.score;
  const m = sumScores([s]);
  const template =
    s.templateGot === s.templateExpected ? `${s.templateGot} ok` : `${s.templateGot ?? '-'}≠${s.templateExpected}`;
  return [d.path, d.format, d.enforcedBy ? 'yes' : 'no', ...measureCells(m), template, String(d.ms)];
}

function totalRow(label: string, docs: EvaluatedDoc[]): string[] {
  const m = sumScores(docs.map((d) => d.score));
  const ms = docs.reduce((t, d) => t + d.ms, 0);
  return [
    `${label} (${docs.length} documents)`,
    '',
    '',
    ...measureCells(m),
    of(m.templateRight, m.documents),
    String(ms),
  ];
}

function renderTable(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Formats present, in a fixed order, for the per-format totals. */
const formatsOf = (docs: EvaluatedDoc[]): string[] => [...new Set(docs.map((d) => d.format))].sort();

export interface ReportOptions {
  /** Problems listed per document before "… and N more". */
  limit: number;
  /** List the problems of documents that are not enforced too. */
  verbose: boolean;
}

export function renderText(docs: EvaluatedDoc[], setFailures: string[], opts: ReportOptions): string {
  const enforced = docs.filter((d) => d.enforcedBy);
  const byFormat = formatsOf(docs).map((f) =>
    totalRow(
      `all ${f}`,
      docs.filter((d) => d.format === f),
    ),
  );
  const rows = [HEADER, ...docs.map(docRow), ...byFormat, totalRow('all', docs), totalRow('enforced', enforced)];
  const lines = [renderTable(rows), ''];
  for (const d of docs) {
    const failures = docFailures(d);
    if (failures.length === 0 || (!d.enforcedBy && !opts.verbose)) continue;
    const tag = d.enforcedBy ? 'FAIL' : 'not enforced';
    for (const f of failures.slice(0, opts.limit)) lines.push(`${tag} ${d.path}: ${f}`);
    if (failures.length > opts.limit)
      lines.push(`${tag} ${d.path}: … and ${failures.length - opts.limit} more (see --json)`);
  }
  for (const f of setFailures) lines.push(`FAIL enforced set: ${f}`);
  return lines.join('\n');
}

function measuresJson(docs: EvaluatedDoc[]) {
  const m = sumScores(docs.map((d) => d.score));
  return {
    ...m,
    cellAccuracy: cellAccuracy(m),
    falseFlagRate: falseFlagRate(m),
    ms: docs.reduce((t, d) => t + d.ms, 0),
  };
}

export function renderJson(docs: EvaluatedDoc[], setFailures: string[], pass: boolean): string {
  const documents = docs.map((d) => {
    const { problems, ...score } = d.score;
    return {
      path: d.path,
      format: d.format,
      enforcedBy: d.enforcedBy,
      ms: d.ms,
      failure: d.failure ?? null,
      recordError: d.recordError ?? null,
      score,
      failures: docFailures(d),
      problems: problems.map((p) => ({ ...p, message: describeProblem(p) })),
    };
  });
  const totals = {
    all: measuresJson(docs),
    enforced: measuresJson(docs.filter((d) => d.enforcedBy)),
    byFormat: Object.fromEntries(formatsOf(docs).map((f) => [f, measuresJson(docs.filter((d) => d.format === f))])),
  };
  return `${JSON.stringify({ pass, totals, setFailures, documents }, null, 2)}\n`;
}
