/**
 * Damage is never silent (FORMAT.md §5): each repair the parser made becomes a review reason
 * `damaged:<kind>` and requires review, and the values it may have touched get `damaged_source`
 * — those on a repaired page (every value, when the damaged stream's page is not known), or, for
 * a source cut short, the last value read (its number may be a prefix of the printed one: 8337
 * read as 8).
 */
import type { Repair } from '../../extractors/model.js';
import type { Flag, Warning } from '../core/index.js';
import { TABLE_KEYS } from '../template/index.js';
import type { Fact, NianbaoRecord } from './schema.js';

function touched(facts: Fact[], repair: Repair): (f: Fact) => boolean {
  if (repair.pages) return (f) => f.page !== undefined && repair.pages!.includes(f.page);
  // A damaged stream not tied to a page (a font's character map, say) may have changed any value.
  if (repair.kind === 'stream') return (f) => f.value !== null;
  if (repair.kind !== 'truncated') return () => false;
  const last = TABLE_KEYS.filter((t) => facts.some((f) => f.table === t && f.value !== null)).pop();
  const read = (f: Fact) => f.table === last && f.value !== null;
  // The cut value is the last one read: the facts printed as the source's tail; all of the last table where none is.
  const tail = repair.tail?.trim();
  return tail && facts.some((f) => read(f) && f.raw.trim() === tail) ? (f) => read(f) && f.raw.trim() === tail : read;
}

const withFlag = (fact: Fact): Fact => {
  const flags: Flag[] = fact.flags.filter((f) => f !== 'damaged_source');
  flags.push('damaged_source');
  return { ...fact, flags };
};

export function applyRepairs(record: NianbaoRecord, repairs: Repair[] = []): NianbaoRecord {
  if (repairs.length === 0 || record.error) return record;
  let facts = record.facts;
  for (const repair of repairs) {
    const hit = touched(facts, repair);
    facts = facts.map((f) => (hit(f) ? withFlag(f) : f));
  }
  return markDamaged(record, facts, [...new Set(repairs.map((r) => `damaged:${r.kind}`))]);
}

/** The record with its facts replaced, the damage reasons added and review required. */
export function markDamaged(record: NianbaoRecord, facts: Fact[], damage: string[]): NianbaoRecord {
  const flagged = facts.filter((f) => f.flags.length > 0).length;
  const reasons = record.review.reasons.filter((r) => !r.startsWith('facts_flagged:'));
  reasons.push(...damage.filter((d) => !reasons.includes(d)));
  if (flagged) reasons.push(`facts_flagged:${flagged}`);
  return { ...record, facts, review: { required: true, reasons } };
}

/** Each repair as a warning for the log. */
export const repairWarnings = (repairs: Repair[] = []): Warning[] =>
  repairs.map((r) => ({ code: 'REPAIRED', message: `damaged:${r.kind}: ${r.message}` }));
