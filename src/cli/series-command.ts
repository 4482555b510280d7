/** `nianbao agencies` and `nianbao diff`: one agency's reports across years (docs/series.md). */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { AliasError, NO_ALIASES, parseAliases, type Aliases } from '../series/aliases.js';
import { diffAgency, type AgencyDiff } from '../series/diff.js';
import { groupByAgency, missingYearsOf, NO_AGENCY, type AgencyGroup } from '../series/group.js';
import { loadReports, type Loaded } from '../series/load.js';
import { diffPage } from '../series/render-html.js';
import { csv, json, markdown, terminalText } from '../series/render-text.js';
import { EXIT } from './exit-codes.js';
import type { Log } from './exit-codes.js';

const FORMATS = { text: terminalText, md: markdown, csv, json, html: diffPage } as const;
type DiffFormat = keyof typeof FORMATS;
const BY_EXTENSION: Record<string, DiffFormat> = {
  '.md': 'md',
  '.csv': 'csv',
  '.json': 'json',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
};

export interface SeriesOptions {
  aliases?: string;
  format?: string;
  out?: string;
}

/** Reads the inputs and the alias file; a usage problem is logged and gives null. */
async function prepare(
  inputs: string[],
  options: SeriesOptions,
  log: Log,
  command: string,
): Promise<{ reports: Loaded[]; aliases: Aliases } | null> {
  try {
    const aliases = options.aliases ? parseAliases(readFileSync(options.aliases, 'utf8'), options.aliases) : NO_ALIASES;
    return { reports: await loadReports(inputs), aliases };
  } catch (err) {
    log(`nianbao ${command}: ${err instanceof AliasError ? err.message : (err as Error).message}`);
    return null;
  }
}

const errorExit = (reports: Loaded[], log: Log): number => {
  const errors = reports.filter((r) => r.record.error);
  for (const r of errors) log(`${r.path}: ERROR ${r.record.error!.code}: ${r.record.error!.message}`);
  return errors.length ? EXIT.errorRecords : EXIT.ok;
};

export function agenciesText(groups: AgencyGroup[]): string {
  return (
    groups
      .map((g) => {
        const head = `${g.name}  [key ${g.key}]  years: ${g.years.join(' ') || 'none'}; missing: ${g.missingYears.join(' ') || 'none'}`;
        const lines = g.reports.map(
          (r) => `  ${r.record.report.year ?? '????'}  ${r.path}  (printed: ${r.record.report.agency || '—'})`,
        );
        return [head, ...lines].join('\n');
      })
      .join('\n') + '\n'
  );
}

export async function runAgencies(
  inputs: string[],
  options: SeriesOptions,
  log: Log,
  write: (s: string) => unknown = (s) => process.stdout.write(s),
): Promise<number> {
  const read = await prepare(inputs, options, log, 'agencies');
  if (!read) return EXIT.usage;
  const groups = await groupByAgency(read.reports, read.aliases);
  write(
    options.format === 'json'
      ? `${JSON.stringify(
          groups.map((g) => ({
            name: g.name,
            key: g.key,
            printed: g.printed,
            years: g.years,
            missingYears: g.missingYears,
            files: g.reports.map((r) => ({ year: r.record.report.year, path: r.path })),
          })),
          null,
          2,
        )}\n`
      : agenciesText(groups),
  );
  return errorExit(read.reports, log);
}

/** Files named one by one are one series (the person chose them); a directory is grouped by agency. */
async function diffs(inputs: string[], reports: Loaded[], aliases: Aliases, log: Log): Promise<AgencyDiff[]> {
  const groups = await groupByAgency(reports, aliases);
  const chosen = inputs.every((i) => !statSync(i).isDirectory());
  if (groups.length === 1) return groups.map(diffAgency);
  if (!chosen) {
    // Reports whose agency was not found are no series: say which, compare the rest.
    for (const g of groups.filter((g) => g.key === NO_AGENCY))
      log(
        `nianbao diff: no agency found in ${g.reports.map((r) => r.path).join(', ')}; left out (nianbao agencies lists them)`,
      );
    return groups.filter((g) => g.key !== NO_AGENCY).map(diffAgency);
  }
  log(
    `nianbao diff: the files name ${groups.length} agencies (${groups.map((g) => g.name).join(', ')}); compared as one series as asked`,
  );
  const all = groups.flatMap((g) => g.reports);
  const years = [...new Set(all.map((r) => r.record.report.year).filter((y): y is number => y !== null))].sort();
  return [
    diffAgency({
      key: groups.map((g) => g.key).join('+'),
      name: groups.map((g) => g.name).join(' / '),
      printed: groups.flatMap((g) => g.printed),
      reports: all,
      years,
      missingYears: missingYearsOf(years),
    }),
  ];
}

export async function runDiff(
  inputs: string[],
  options: SeriesOptions,
  log: Log,
  write: (s: string) => unknown = (s) => process.stdout.write(s),
): Promise<number> {
  const format = (options.format ??
    (options.out ? BY_EXTENSION[extname(options.out).toLowerCase()] : undefined) ??
    'text') as DiffFormat;
  if (!(format in FORMATS)) {
    log(`nianbao diff: unknown --format ${format} (one of ${Object.keys(FORMATS).join(', ')})`);
    return EXIT.usage;
  }
  const read = await prepare(inputs, options, log, 'diff');
  if (!read) return EXIT.usage;
  const output = FORMATS[format](await diffs(inputs, read.reports, read.aliases, log));
  if (!options.out) write(output);
  else {
    try {
      writeFileSync(options.out, output);
    } catch (err) {
      log(`nianbao diff: cannot write ${options.out}: ${(err as Error).message}`);
      return EXIT.usage;
    }
    log(`wrote ${options.out}`);
  }
  return errorExit(read.reports, log);
}
