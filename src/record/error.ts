/** The record of a file that could not be read or holds no report (FORMAT.md §5 Errors). */
import type { ErrorCode } from '../core/index.js';
import { SCHEMA_VERSION, type NianbaoRecord } from './schema.js';

export type SourceInfo = NianbaoRecord['source'];

export function errorRecord(source: SourceInfo, code: ErrorCode, message: string): NianbaoRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    source,
    report: { title: '', agency: '', year: null, template: 'unknown' },
    sections: [],
    facts: [],
    checks: [],
    unmapped: [],
    review: { required: true, reasons: [`error:${code}`] },
    error: { code, message },
  };
}
