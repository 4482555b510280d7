/**
 * Every record is valid UTF-8 JSON: a lone UTF-16 surrogate (a broken font map in a PDF) cannot
 * be written as UTF-8, so it is replaced by U+FFFD, the fact holding it flagged `bad_character`
 * and the record given the review reason `damaged:encoding`.
 */
import type { Flag } from '../core/index.js';
import { markDamaged } from './repairs.js';
import type { Fact, NianbaoRecord } from './schema.js';

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function clean<T>(value: T): T {
  if (typeof value === 'string') return value.replace(LONE, '\uFFFD') as T;
  if (Array.isArray(value)) return value.map(clean) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)])) as T;
  return value;
}

function hasLone(value: unknown): boolean {
  if (typeof value === 'string') return new RegExp(LONE.source).test(value);
  if (Array.isArray(value)) return value.some(hasLone);
  return value !== null && typeof value === 'object' && Object.values(value).some(hasLone);
}

function cleanFact(fact: Fact): Fact {
  if (!hasLone(fact)) return fact;
  const flags: Flag[] = clean(fact.flags);
  flags.push('bad_character');
  return { ...clean(fact), flags };
}

export function wellFormed(record: NianbaoRecord): NianbaoRecord {
  if (!hasLone(record)) return record;
  return markDamaged(clean(record), record.facts.map(cleanFact), ['damaged:encoding']);
}
