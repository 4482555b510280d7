/** `npm run jieba-dict`: writes src/map/jieba/domain.dict.utf8 (see ./jieba-dict.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { domainDictionary } from './jieba-dict.js';

const full = createRequire(import.meta.url)('nodejieba').DEFAULT_DICT as string;
const target = new URL('./jieba/domain.dict.utf8', import.meta.url);
const text = domainDictionary(readFileSync(full, 'utf8'));
writeFileSync(target, text);
console.log(`${target.pathname}: ${text.split('\n').length - 1} entries from ${full}`);
