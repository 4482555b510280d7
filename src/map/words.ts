/**
 * Word tokens of a label key, by nodejieba, loaded on the first cut with the domain dictionary
 * of src/map/jieba/ instead of its full one (5 MB, ~3 s and ~240 MB to load; issue #11).
 *
 * The domain dictionary (./jieba-dict.ts) keeps the full dictionary's words made only of
 * characters of the template's labels, with their frequencies, plus two filler entries that keep
 * the frequency total and the least frequency: a key made of those characters is cut exactly as
 * with the full dictionary (tests/jieba-dict.test.ts checks every label key against it).
 */
import nodejieba from 'nodejieba';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dictFile = (name: string) => fileURLToPath(new URL(`./jieba/${name}`, import.meta.url));

let loaded = false;

export function cutWords(key: string): string[] {
  if (!loaded) {
    // nodejieba aborts the process on a missing file: say what is wrong instead.
    const missing = ['domain.dict.utf8', 'unused.utf8'].map(dictFile).filter((f) => !existsSync(f));
    if (missing.length > 0) throw new Error(`${missing.join(', ')} missing: npm run build copies them beside the compiled code`);
    // Keyword extraction (idf) and user words are unused: a one-line file stands in for both.
    nodejieba.load({ dict: dictFile('domain.dict.utf8'), userDict: dictFile('unused.utf8'), idfDict: dictFile('unused.utf8') });
    loaded = true;
  }
  return nodejieba.cut(key);
}
