/**
 * nianbao's version for the manifest: package.json's version plus a hash of the code that makes
 * records (every .ts/.js file under src/ and extractors/ beside this build), so a changed parser
 * redoes files even when nobody bumped the version.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding src/ and extractors/: the repository, or dist/ when running compiled code. */
const CODE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

function codeFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|js|mjs|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function packageVersion(): string {
  for (const dir of [CODE_ROOT, join(CODE_ROOT, '..')]) {
    const path = join(dir, 'package.json');
    if (existsSync(path)) return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
  }
  return '0';
}

let cached: string | undefined;

export function nianbaoVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const file of [...codeFiles(join(CODE_ROOT, 'src')), ...codeFiles(join(CODE_ROOT, 'extractors'))]) {
    hash.update(file.slice(CODE_ROOT.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  cached = `${packageVersion()}+${hash.digest('hex').slice(0, 12)}`;
  return cached;
}
