/** Output names safe whatever the input is called (FORMAT.md §5 "Where"). */
import { MAX_COMPONENT_BYTES, distinctInCase, safeRelative } from '../src/cli/output-names.js';

describe('output names', () => {
  test('a component too long is shortened to a prefix and a hash, within the margin, keeping its extension', () => {
    const long = `${'报'.repeat(80)}.pdf`; // 244 bytes
    const other = `${'报'.repeat(79)}告.pdf`;
    const [a, b] = [safeRelative(`2023/${long}`, '/'), safeRelative(`2023/${other}`, '/')];
    expect(a.startsWith('2023/报报')).toBe(true);
    expect(a).toMatch(/~[0-9a-f]{12}\.pdf$/);
    expect(Buffer.byteLength(a.split('/')[1])).toBeLessThanOrEqual(MAX_COMPONENT_BYTES);
    expect(Buffer.byteLength(`${a.split('/')[1]}.review.html`) + 32).toBeLessThanOrEqual(255);
    expect(a).not.toBe(b);
    expect(safeRelative('a b/-x.pdf', '/')).toBe('a b/-x.pdf');
  });

  test('. and .. never reach a path', () => {
    expect(safeRelative('../x/./a.pdf', '/')).toBe('_../x/_./a.pdf');
  });

  test('names that differ only in case get a hash, the first keeps its name', () => {
    const [a, b, c] = distinctInCase(['d/Same.pdf', 'd/same.pdf', 'd/other.pdf']);
    expect(a).toBe('d/Same.pdf');
    expect(b).toMatch(/^d\/same~[0-9a-f]{12}\.pdf$/);
    expect(c).toBe('d/other.pdf');
  });
});
