/**
 * docs/flags.md lists every flag and review reason the code can emit: a new flag that nobody
 * documented fails here. Found by reading the source, the way a reviewer would grep it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SRC = join(process.cwd(), 'src');
const DOC = readFileSync(join(process.cwd(), 'docs/flags.md'), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const quoted = (text: string) => [...text.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);

/** Literals in `flags.push('x')` and `flags: ['x', …]`. */
const flagLiterals = (code: string) =>
  [...code.matchAll(/flags(?:\.push\(|:\s*\[)([^\])]*)/g)].flatMap((m) => quoted(m[1]));

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
    const tokens = [
      ...flagLiterals(code),
      ...reasonLiterals(code),
      ...(file.includes(join('src', 'layout')) ? layoutWarningCodes(code) : []),
    ];
    for (const t of tokens) if (!emitted.has(t)) emitted.set(t, file.slice(process.cwd().length + 1));
  }

  test('the scan finds the flags the record builder and the value parser emit', () => {
    for (const known of [
      'cell_missing',
      'blank_inferred',
      'low_confidence',
      'unit_mismatch',
      'unparsed',
      'ambiguous_split',
      'no_valid_split',
      'text_only_source',
      'part_missing:',
    ]) {
      expect(emitted.has(known)).toBe(true);
    }
  });

  test('every flag and review reason emitted in src/ is documented', () => {
    const undocumented = [...emitted].filter(([t]) => !documented(t)).map(([t, file]) => `${t} (${file})`);
    expect(undocumented).toEqual([]);
  });
});
