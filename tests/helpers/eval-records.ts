/** Hand-built records for testing the evaluator: a perfect record for a truth, then edited. */
import type { Fact, NianbaoRecord } from '../../src/record/schema.js';
import type { Truth } from '../../src/eval/truth.js';

export function factAt(cell: string, value: number | null, flags: string[] = []): Fact {
  const [table, ...rest] = cell.split('.');
  const col = rest.pop()!;
  return {
    table: table as Fact['table'],
    row: rest.join('.'),
    col,
    value,
    raw: value === null ? '' : String(value),
    confidence: 1,
    flags,
  };
}

/** Every truth cell right and unflagged, broken cells in one failed check, must_flag cells flagged. */
export function perfectRecord(truth: Truth): NianbaoRecord {
  const facts = [
    ...Object.entries(truth.cells).map(([cell, v]) => factAt(cell, v)),
    ...truth.must_flag.map((cell) => factAt(cell, null, ['ambiguous_split'])),
  ];
  const checks =
    truth.broken.length > 0 ? [{ rule: '4', ok: false, cells: truth.broken, message: 'parts do not add up' }] : [];
  return {
    schemaVersion: '1',
    source: { file: `${truth.name}.pdf`, sha256: '0'.repeat(64), format: 'pdf', pages: 1 },
    report: { title: '', agency: truth.agency ?? '', year: truth.year ?? null, template: truth.template },
    sections: [],
    facts,
    checks,
    unmapped: [],
    review: { required: facts.some((f) => f.flags.length > 0) || checks.length > 0, reasons: [] },
  };
}
