/**
 * docs/flags.md lists every flag and review reason the code can emit: the cell flags are the typed
 * list of src/core/flags.ts, the review reasons are found by reading the source, the way a
 * reviewer would grep it. A new flag or reason that nobody documented fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLAGS } from '../src/core/index.js';

const SRC = join(process.cwd(), 'src');
const DOC = readFileSync(join(process.cwd(), 'docs/flags.md'), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** `reasons.add('x')`, and reason prefixes built as `x:${…}` (`part_missing:`, `error:`, `check_failed:`). */
const reasonLiterals = (code: string) => [
  ...[...code.matchAll(/reasons\.add\('([a-z_]+)'\)/g)].map((m) => m[1]),
  ...[...code.matchAll(/`([a-z_]+):\$\{/g)].map((m) => `${m[1]}:`),
];

/** Layout warnings become review reasons (src/map turns their codes into `review.reasons`). */
const layoutWarningCodes = (code: string) => [...code.matchAll(/code: '([a-z_]+)'/g)].map((m) => m[1]);

const documented = (token: string) =>
  token.endsWith(':') ? DOC.includes(`\`${token}<`) : DOC.includes(`\`${token}\``);

describe('docs/flags.md', () => {
  const files = sourceFiles(SRC).filter(
    (f) => !f.includes(`${join('src', 'eval')}`) && !f.includes(`${join('src', 'cli')}`),
  );
  const emitted = new Map<string, string>();
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    const tokens = [...reasonLiterals(code), ...(file.includes(join('src', 'layout')) ? layoutWarningCodes(code) : [])];
    for (const t of tokens) if (!emitted.has(t)) emitted.set(t, file.slice(process.cwd().length + 1));
  }

  test('the scan finds the review reasons the mapper and the record emit', () => {
    for (const known of ['text_only_source', 'template_uncertain', 'part_missing:', 'checks_failed:']) {
      expect(emitted.has(known)).toBe(true);
    }
  });

  test('every cell flag of the typed list is documented, and the table of cell flags lists no other', () => {
    const cellFlagsTable = DOC.slice(DOC.indexOf('## Cell flags'), DOC.indexOf('### Flags of the review outputs'));
    const listed = [...cellFlagsTable.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect([...listed].sort()).toEqual([...FLAGS].sort());
  });

  test('every review reason emitted in src/ is documented', () => {
    const undocumented = [...emitted].filter(([t]) => !documented(t)).map(([t, file]) => `${t} (${file})`);
    expect(undocumented).toEqual([]);
  });
});
