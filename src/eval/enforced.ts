/**
 * Which documents the eval enforces: eval/enforced.json, a committed list that grows as issues
 * land (see eval/README.md). Each entry names glob patterns over document paths relative to the
 * project root, '/'-separated (`samples/generated/**\/*.pdf`, `../shared/samples/real/*.pdf`).
 */
import { z } from 'zod';

const EntrySchema = z.object({
  issue: z.number().int().optional(),
  what: z.string(),
  paths: z.array(z.string()).min(1),
  /** Phrases the truth file's `variant` text must contain, each of them (generated samples describe their layout there). */
  variantHas: z.array(z.string()).default([]),
  /** Phrases it must not contain: a layout variant still being built. */
  variantLacks: z.array(z.string()).default([]),
});

export const EnforcedSchema = z.looseObject({ enforce: z.array(EntrySchema) });
export type Enforced = z.infer<typeof EnforcedSchema>;

export function parseEnforced(text: string, file: string): Enforced {
  const parsed = EnforcedSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** `**` spans directories, `*` and `?` stay within one path segment. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (glob.startsWith('**/', i)) {
      re += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      re += '.*';
      i += 1;
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** The first entry that covers the document, by its path and its truth's `variant` text. */
export function enforcedBy(enforced: Enforced, path: string, variant = ''): string | null {
  const entry = enforced.enforce.find(
    (e) =>
      e.paths.some((p) => globToRegExp(p).test(path)) &&
      e.variantHas.every((v) => variant.includes(v)) &&
      !e.variantLacks.some((v) => variant.includes(v)),
  );
  return entry?.what ?? null;
}

/**
 * Entries that matched no document: a renamed folder must not quietly end enforcement.
 * Entries wholly on ../shared are left out where that folder is absent (said elsewhere).
 */
export function unmatchedEntries(enforced: Enforced, matched: Set<string>, sharedPresent: boolean): string[] {
  const applies = (paths: string[]) => sharedPresent || !paths.every((p) => p.startsWith('../shared/'));
  return enforced.enforce
    .filter((e) => applies(e.paths) && !matched.has(e.what))
    .map((e) => `enforced entry "${e.what}" matches no document`);
}
