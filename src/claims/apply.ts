/**
 * The prose's claims as evidence on the draft facts, never as values (issue 10): a claim that
 * agrees with a printed value marks it (confidence rises a little); one that disagrees flags it
 * `prose_disagrees`; one that picks a candidate of an ambiguous glued split settles that split,
 * flagged `settled_by_prose`. Every note quotes the sentence.
 */
import { cellId, type Flag } from '../core/index.js';
import type { GluedRun, MappedReport } from '../map/types.js';
import type { Draft } from '../values/read.js';
import { parseValue } from '../values/parse.js';
import type { Claim } from './link.js';
import { runKeys } from '../split/index.js';

const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const quote = (c: Claim) => `the prose states ${c.value}: “${c.sentence}”`;
const withNote = (note: string | undefined, more: string) => [note, more].filter(Boolean).join('; ');

/** The readings the split listed in the note of a run's ambiguous cell (`RUN reads N ways: a|b; c|d; …`). */
function listedReadings(run: GluedRun, draft: Draft): { readings: string[][]; complete: boolean } | null {
  const note = draft.fact.note ?? '';
  const head = `${run.raw} reads `;
  if (!note.startsWith(head) || !note.includes(': ')) return null;
  const listed = note.slice(note.indexOf(': ') + 2).split('; ');
  const complete = !listed.includes('…');
  const readings = listed.filter((r) => r !== '…').map((r) => r.split('|'));
  return readings.every((r) => r.length === run.cols.length) ? { readings, complete } : null;
}

/**
 * Settles one run's ambiguous cells with the claims on them: the readings that agree with every
 * claim are kept, and a cell takes the value they all give it (a cell nobody claimed only where
 * the note listed every reading).
 */
function settleRun(run: GluedRun, drafts: Map<string, Draft>, claims: Map<string, Claim>): void {
  const ids = runKeys(run).map(cellId);
  const open = ids.map((id) => drafts.get(id)).map((d) => (d?.fact.flags.includes('ambiguous_split') ? d : undefined));
  const claimed = ids.flatMap((id, i) => (open[i] && claims.has(id) ? [i] : []));
  const first = open.find(Boolean);
  const listed = first && claimed.length > 0 ? listedReadings(run, first) : null;
  if (!listed) return;
  const valueOf = (token: string, i: number) => parseValue(token, open[i]?.kind ?? 'count').value;
  const kept = listed.readings.filter((r) =>
    claimed.every((i) => {
      const v = valueOf(r[i], i);
      return v !== null && same(v, claims.get(ids[i])!.value);
    }),
  );
  const by = claimed.map((i) => claims.get(ids[i])!);
  if (kept.length === 0) {
    for (const i of claimed)
      open[i]!.fact.note = withNote(open[i]!.fact.note, `${quote(claims.get(ids[i])!)}, not one of the readings`);
    return;
  }
  open.forEach((draft, i) => {
    if (!draft || (!claimed.includes(i) && !listed.complete)) return;
    const value = valueOf(kept[0][i], i);
    if (value === null || kept.some((r) => valueOf(r[i], i) !== value)) return;
    const flags: Flag[] = draft.fact.flags.map((f) => (f === 'ambiguous_split' ? 'settled_by_prose' : f));
    const note = withNote(draft.fact.note, `settled by the prose: ${by.map(quote).join('; ')}`);
    draft.fact = { ...draft.fact, value, raw: kept[0][i], flags, note };
  });
}

/** The drafts with the claims weighed in; the claims' cells must be cells of the drafts' layout. */
export function weighClaims(mapped: MappedReport, drafts: Draft[], claims: Claim[]): Draft[] {
  // A cell the prose states two ways is one the prose cannot speak for.
  const byCell = new Map<string, Claim[]>();
  for (const c of claims) byCell.set(cellId(c.cell), [...(byCell.get(cellId(c.cell)) ?? []), c]);
  const single = new Map(
    [...byCell].filter(([, cs]) => cs.every((c) => same(c.value, cs[0].value))).map(([id, cs]) => [id, cs[0]]),
  );
  const out = drafts.map((d) => ({ ...d, fact: { ...d.fact } }));
  const byId = new Map(out.map((d) => [cellId(d.fact), d]));
  for (const run of mapped.glued) settleRun(run, byId, single);
  for (const [id, claim] of single) {
    const draft = byId.get(id);
    if (!draft || draft.fact.flags.includes('settled_by_prose')) continue;
    const value = draft.fact.value;
    // A cell without a value keeps its flag; the sentence helps whoever enters the number.
    if (value === null) {
      if (!draft.fact.note?.includes(quote(claim))) draft.fact.note = withNote(draft.fact.note, quote(claim));
    } else if (same(value, claim.value)) draft.proseAgrees = true;
    else
      draft.fact = {
        ...draft.fact,
        flags: [...draft.fact.flags, 'prose_disagrees'],
        note: withNote(draft.fact.note, quote(claim)),
      };
  }
  return out;
}
