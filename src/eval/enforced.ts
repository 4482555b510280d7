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

export function enforcedBy(enforced: Enforced, path: string): string | null {
  for (const entry of enforced.enforce) {
    if (entry.paths.some((p) => globToRegExp(p).test(path))) return entry.what;
  }
  return null;
}
