/** Reports grouped by agency (agencyKey, corrected by the alias file), each group's years in order. */
import { agencyKey } from './agency-key.js';
import { sameName, type Aliases } from './aliases.js';
import type { Loaded } from './load.js';

export interface AgencyGroup {
  key: string;
  /** The first name of a merge rule, else the agency as most often printed. */
  name: string;
  /** Every name printed in the group's reports. */
  printed: string[];
  /** Sorted by year, then path; reports without a year last. */
  reports: Loaded[];
  years: number[];
  /** Years between the first and the last with no report. */
  missingYears: number[];
}

export const NO_AGENCY = '(no agency)';

/** Years between the first and the last of `years` (sorted) with no report. */
export function missingYearsOf(years: number[]): number[] {
  if (!years.length) return [];
  return Array.from({ length: years[years.length - 1] - years[0] + 1 }, (_, i) => years[0] + i).filter(
    (y) => !years.includes(y),
  );
}

async function keyOf(printed: string, aliases: Aliases, merged: Map<string, string>): Promise<string> {
  if (!printed) return NO_AGENCY;
  if (aliases.split.some((n) => sameName(n) === sameName(printed))) return `!${sameName(printed)}`;
  const key = await agencyKey(printed);
  return merged.get(key) ?? key;
}

function mostPrinted(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

export async function groupByAgency(reports: Loaded[], aliases: Aliases): Promise<AgencyGroup[]> {
  // Every name of a merge rule maps to the key of its first name.
  const merged = new Map<string, string>();
  const shown = new Map<string, string>();
  for (const names of aliases.merge) {
    const target = await agencyKey(names[0]);
    shown.set(target, names[0]);
    for (const n of names) merged.set(await agencyKey(n), target);
  }
  const byKey = new Map<string, Loaded[]>();
  for (const r of reports) {
    const key = await keyOf(r.record.report.agency, aliases, merged);
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  return [...byKey]
    .map(([key, rs]): AgencyGroup => {
      const sorted = [...rs].sort(
        (a, b) => (a.record.report.year ?? 1e4) - (b.record.report.year ?? 1e4) || (a.path < b.path ? -1 : 1),
      );
      const years = [...new Set(sorted.map((r) => r.record.report.year).filter((y): y is number => y !== null))];
      const printed = [...new Set(sorted.map((r) => r.record.report.agency).filter(Boolean))];
      return {
        key,
        name:
          shown.get(key) ??
          (printed.length ? mostPrinted(sorted.map((r) => r.record.report.agency).filter(Boolean)) : NO_AGENCY),
        printed,
        reports: sorted,
        years,
        missingYears: missingYearsOf(years),
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
