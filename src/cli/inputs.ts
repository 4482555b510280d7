/**
 * Which files a run reads and where each record goes (FORMAT.md §5 "Where"): accepted
 * extensions in any case, hidden files and truth files skipped, sorted, paths relative to a root.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ACCEPTED = /\.(pdf|docx|doc|html|htm|txt)$/i;

export interface InputFile {
  /** Where to read it. */
  path: string;
  /** `source.file`: the argument as given joined with the path below it. */
  file: string;
  /** Path relative to the root: the record goes to OUT/<relative>.json. */
  relative: string;
}

export const isAccepted = (name: string): boolean => !name.startsWith('.') && ACCEPTED.test(name);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() && isAccepted(e.name) ? [join(dir, e.name)] : [],
    );
}

/** The deepest directory containing every path (all absolute). */
function commonDirectory(paths: string[]): string {
  const split = paths.map((p) => p.split(sep));
  const shared: string[] = [];
  for (let i = 0; split.every((parts) => i < parts.length && parts[i] === split[0][i]); i++) shared.push(split[0][i]);
  return shared.join(sep) || sep;
}

/**
 * The root is the one argument when it is a directory, otherwise the deepest directory that
 * contains all arguments (a file argument counts as its directory).
 */
function rootOf(args: { abs: string; isDir: boolean }[]): string {
  if (args.length === 1 && args[0].isDir) return args[0].abs;
  return commonDirectory(args.map((a) => (a.isDir ? a.abs : dirname(a.abs))));
}

/** Throws a usage error (a message) for an argument that does not exist. */
export function collectInputs(args: string[]): InputFile[] {
  const given = args.map((arg) => {
    let isDir: boolean;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      throw new Error(`no such file or directory: ${arg}`);
    }
    return { arg, abs: resolve(arg), isDir };
  });
  const root = rootOf(given);
  const byRelative = new Map<string, InputFile>();
  for (const g of given) {
    const paths = g.isDir ? walk(g.abs) : isAccepted(g.abs.split(sep).pop()!) ? [g.abs] : [];
    for (const abs of paths) {
      const rel = relative(root, abs);
      if (!byRelative.has(rel))
        byRelative.set(rel, { path: abs, file: join(g.arg, relative(g.abs, abs)), relative: rel });
    }
  }
  return [...byRelative.values()].sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}
