/** OUT/manifest.jsonl after a kill: a torn last line is dropped, not glued to the next entry. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Manifest, MANIFEST, type ManifestEntry } from '../src/cli/manifest.js';

const entry = (output: string): ManifestEntry => ({
  output,
  file: `in/${output}`,
  sha256: 'a'.repeat(64),
  version: '0.1.0+x',
  error: null,
  review: false,
});

test('an entry appended after a torn line is read back, and so is every whole line before it', () => {
  const out = mkdtempSync(join(tmpdir(), 'nianbao-manifest-'));
  try {
    writeFileSync(
      join(out, MANIFEST),
      JSON.stringify(entry('a.txt')) + '\n' + JSON.stringify(entry('b.txt')).slice(0, 30),
    );
    new Manifest(out).add(entry('c.txt'));
    const lines = readFileSync(join(out, MANIFEST), 'utf8').trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as ManifestEntry).output)).toEqual(['a.txt', 'c.txt']);
    expect(new Manifest(out).all().map((e) => e.output)).toEqual(['a.txt', 'c.txt']);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
