/** Which documents the eval enforces: globs over project-relative paths, variant phrases. */
import { readFileSync } from 'node:fs';
import { enforcedBy, globToRegExp, parseEnforced, unmatchedEntries } from '../src/eval/enforced.js';

describe('globToRegExp', () => {
  test('* stays in a segment, ** spans directories', () => {
    expect(globToRegExp('samples/generated/*.pdf').test('samples/generated/gen-001-2019.pdf')).toBe(true);
    expect(globToRegExp('samples/generated/*.pdf').test('samples/generated/x/gen-001-2019.pdf')).toBe(false);
    expect(globToRegExp('samples/**/*.pdf').test('samples/generated/x/a.pdf')).toBe(true);
    expect(globToRegExp('samples/**/*.pdf').test('samples/a.pdf')).toBe(true);
    expect(globToRegExp('../shared/samples/real/*.pdf').test('../shared/samples/real/a.pdf')).toBe(true);
    expect(globToRegExp('../shared/samples/real/*.pdf').test('../shared/samples/real/a.docx')).toBe(false);
    expect(globToRegExp('**').test('../../tmp/x/a.txt')).toBe(true);
    expect(globToRegExp('a?c.txt').test('abc.txt')).toBe(true);
    expect(globToRegExp('a.txt').test('abtxt')).toBe(false);
  });
});

describe('enforcedBy', () => {
  const list = parseEnforced(
    JSON.stringify({
      enforce: [
        { what: 'real', paths: ['../shared/samples/real/*.pdf'] },
        { what: 'ruled pdf', paths: ['samples/generated/*.pdf'], variantLacks: ['no ruling lines'] },
        { what: 'glued 2019', paths: ['samples/generated/*.txt'], variantHas: ['glued', 'template 2019'] },
      ],
    }),
    'list.json',
  );

  test('by path', () => {
    expect(enforcedBy(list, '../shared/samples/real/a.pdf')).toBe('real');
    expect(enforcedBy(list, 'samples/generated/a.docx')).toBeNull();
  });

  test("by the phrases of the truth file's variant text", () => {
    expect(enforcedBy(list, 'samples/generated/a.pdf', 'template 2021; wide label columns')).toBe('ruled pdf');
    expect(enforcedBy(list, 'samples/generated/a.pdf', 'template 2021; no ruling lines: requests')).toBeNull();
    expect(enforcedBy(list, 'samples/generated/a.txt', 'template 2019; glued')).toBe('glued 2019');
    expect(enforcedBy(list, 'samples/generated/a.txt', 'template 2021; glued')).toBeNull();
  });

  test('an entry that matches nothing is reported, ../shared entries only where it exists', () => {
    expect(unmatchedEntries(list, new Set(['ruled pdf']), true)).toEqual([
      'enforced entry "real" matches no document',
      'enforced entry "glued 2019" matches no document',
    ]);
    expect(unmatchedEntries(list, new Set(['ruled pdf', 'glued 2019']), false)).toEqual([]);
  });

  test('the committed list parses', () => {
    expect(() => parseEnforced(readFileSync('eval/enforced.json', 'utf8'), 'eval/enforced.json')).not.toThrow();
  });
});
