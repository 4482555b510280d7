/**
 * The alias file a person writes to correct the grouping (`--aliases FILE`, docs/series.md):
 * JSON `{ "merge": [["A", "B", …]], "split": ["C"] }`, or text with one rule per line:
 * `A = B = C` merges (the first name is shown), `!C` keeps reports printed exactly as C apart,
 * `#` starts a comment.
 */
import { foldWidth } from '../text/normalize.js';

export interface Aliases {
  merge: string[][];
  split: string[];
}

export const NO_ALIASES: Aliases = { merge: [], split: [] };

export class AliasError extends Error {}

/** Names compare without whitespace and width differences. */
export const sameName = (name: string): string => foldWidth(name).replace(/\s+/g, '');

export function parseAliases(text: string, file = 'aliases'): Aliases {
  if (/^\s*\{/.test(text)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new AliasError(`${file}: not valid JSON: ${(err as Error).message}`);
    }
    const { merge = [], split = [] } = json as Partial<Aliases>;
    const strings = (xs: unknown): xs is string[] => Array.isArray(xs) && xs.every((x) => typeof x === 'string');
    if (!Array.isArray(merge) || !merge.every(strings) || !strings(split))
      throw new AliasError(`${file}: expected { "merge": [[names…]…], "split": [names…] }`);
    return { merge, split };
  }
  const out: Aliases = { merge: [], split: [] };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    if (line.startsWith('!')) out.split.push(line.slice(1).trim());
    else if (line.includes('='))
      out.merge.push(
        line
          .split('=')
          .map((n) => n.trim())
          .filter(Boolean),
      );
    else throw new AliasError(`${file}:${i + 1}: expected "A = B" (merge) or "!A" (split): ${raw}`);
  });
  return out;
}
