import { readFileSync } from 'node:fs';
import { recordJsonSchema } from '../src/record/json-schema.js';

test('schema/record.schema.json is the schema generated from RecordSchema (run `npm run schema`)', () => {
  const committed = readFileSync('schema/record.schema.json', 'utf8');
  expect(committed).toBe(recordJsonSchema());
  expect(JSON.parse(committed).properties.facts.items.required).toEqual(
    expect.arrayContaining(['table', 'row', 'col', 'value', 'raw', 'confidence', 'flags']),
  );
});
