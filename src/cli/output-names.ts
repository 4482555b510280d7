/**
 * Output paths that are safe whatever the input is named (FORMAT.md §5 "Where"): a component too
 * long for the file system (255 bytes, less the `.review.html` and temporary-file suffixes
 * writers add) is shortened to a prefix plus a short hash of the whole component; names that
 * differ only in case get a hash too, so they cannot overwrite each other on a case-insensitive
 * file system; `.` and `..` never reach a path. The record keeps the full name in `source.file`.
 */
import { createHash } from 'node:crypto';

/** 255 bytes per component, less ~32 for temporary suffixes and 16 for `.json`/`.review.html`. */
export const MAX_COMPONENT_BYTES = 255 - 32 - 16;

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** The longest prefix of `text` within `bytes` UTF-8 bytes, cut between characters. */
function utf8Prefix(text: string, bytes: number): string {
  let out = '';
  for (const ch of text) {
    if (Buffer.byteLength(out + ch) > bytes) break;
    out += ch;
  }
  return out;
}

function safeComponent(name: string): string {
  if (name === '.' || name === '..') return `_${name}`;
  if (Buffer.byteLength(name) <= MAX_COMPONENT_BYTES) return name;
  const ext = /\.[A-Za-z]{1,5}$/.exec(name)?.[0] ?? '';
  const tail = `~${hash(name)}${ext}`;
  return utf8Prefix(name, MAX_COMPONENT_BYTES - tail.length) + tail;
}

/** `relative` (separated by `sep`) with every component safe to write. */
export function safeRelative(relative: string, sep: string): string {
  return relative.split(sep).map(safeComponent).join(sep);
}

/** Relative paths that equal another one but for case get `~<hash>` before the extension (all but the first). */
export function distinctInCase(relatives: string[]): string[] {
  const seen = new Set<string>();
  return relatives.map((rel) => {
    const key = rel.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      return rel;
    }
    const distinct = rel.replace(/(\.[A-Za-z]{1,5})?$/, (ext) => `~${hash(rel)}${ext}`);
    seen.add(distinct.toLowerCase());
    return distinct;
  });
}
