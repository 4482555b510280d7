/** The record of FORMAT.md §5 from what the stages found: facts, checks, unmapped entries, review. */
import type { MappedReport, Unmapped } from '../map/types.js';
import type { TableKey } from '../template/index.js';
import type { SourceInfo } from './error.js';
import { SCHEMA_VERSION, type Check, type Fact, type NianbaoRecord } from './schema.js';

export interface Found {
  facts: Fact[];
  checks: Check[];
  /** Tables of the template the document has no part for. */
  missingTables: TableKey[];
  /** Cells placed on keys the layout does not have. */
  stray: Unmapped[];
}

function reviewOf(
  mapped: MappedReport,
  { facts, checks, missingTables }: Found,
  unmapped: Unmapped[],
): NianbaoRecord['review'] {
  const failedChecks = checks.filter((c) => !c.ok).length;
  const flagged = facts.filter((f) => f.flags.length > 0).length;
  const reasons = [
    ...new Set(mapped.reasons),
    ...missingTables.map((t) => `part_missing:${t}`),
    ...(failedChecks ? [`checks_failed:${failedChecks}`] : []),
    ...(flagged ? [`facts_flagged:${flagged}`] : []),
    ...(unmapped.length ? [`unmapped:${unmapped.length}`] : []),
  ];
  const required = failedChecks > 0 || flagged > 0 || unmapped.length > 0 || missingTables.length > 0;
  return { required, reasons };
}

export function assembleRecord(mapped: MappedReport, source: SourceInfo, found: Found): NianbaoRecord {
  const unmapped = [...mapped.unmapped, ...found.stray];
  return {
    schemaVersion: SCHEMA_VERSION,
    source,
    report: {
      title: mapped.title,
      ...(mapped.rawTitle ? { rawTitle: mapped.rawTitle } : {}),
      agency: mapped.agency,
      year: mapped.year,
      template: mapped.template,
    },
    sections: mapped.sections,
    facts: found.facts,
    checks: found.checks,
    unmapped,
    review: reviewOf(mapped, found, unmapped),
  };
}
