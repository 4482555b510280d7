/** Finds every input file that has a truth file beside it (../shared/README.md). */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { byCodePoint } from './score.js';

export const INPUT_EXTENSIONS = ['pdf', 'docx', 'doc', 'html', 'htm', 'txt'];
const TRUTH_SUFFIX = '.truth.json';

export interface Sample {
  /** Absolute path of the input. */
  input: string;
  truthFile: string;
  /** The directory argument it was found under. */
  root: string;
}

export interface Discovery {
  samples: Sample[];
  /** Truth files with no input beside them. */
  orphanTruths: string[];
}

/** Inputs `NAME.<ext>` beside `NAME.truth.json`, any case of extension; hidden entries skipped. */
function inputsFor(truthName: string, siblings: string[]): string[] {
  const base = truthName.slice(0, -TRUTH_SUFFIX.length);
  return siblings.filter((f) => {
    const dot = f.lastIndexOf('.');
    return dot > 0 && f.slice(0, dot) === base && INPUT_EXTENSIONS.includes(f.slice(dot + 1).toLowerCase());
  });
}

function walk(dir: string, root: string, out: Discovery): void {
  const entries = readdirSync(dir)
    .filter((f) => !f.startsWith('.') && f !== 'node_modules')
    .sort(byCodePoint);
  for (const name of entries.filter((f) => f.endsWith(TRUTH_SUFFIX))) {
    const inputs = inputsFor(name, entries);
    if (inputs.length === 0) out.orphanTruths.push(join(dir, name));
    for (const input of inputs) out.samples.push({ input: join(dir, input), truthFile: join(dir, name), root });
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, root, out);
  }
}

/** In walk order (sorted per directory); a file reachable from two arguments is listed once. */
export function discover(dirs: string[]): Discovery {
  const out: Discovery = { samples: [], orphanTruths: [] };
  for (const dir of dirs) walk(resolve(dir), resolve(dir), out);
  const seen = new Set<string>();
  out.samples = out.samples.filter((s) => (seen.has(s.input) ? false : (seen.add(s.input), true)));
  return out;
}
