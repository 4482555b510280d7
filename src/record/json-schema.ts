/** The published JSON Schema of the record (schema/record.schema.json), generated from RecordSchema. */
import { z } from 'zod';
import { RecordSchema } from './schema.js';

export function recordJsonSchema(): string {
  return JSON.stringify(z.toJSONSchema(RecordSchema, { target: 'draft-2020-12' }), null, 2) + '\n';
}
