/** `npm run schema`: writes schema/record.schema.json from RecordSchema. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { recordJsonSchema } from './json-schema.js';

mkdirSync('schema', { recursive: true });
writeFileSync('schema/record.schema.json', recordJsonSchema());
console.error('wrote schema/record.schema.json');
