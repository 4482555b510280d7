/** The output record of FORMAT.md §5, as a zod schema (published as schema/record.schema.json). */
import { z } from 'zod';

export const SCHEMA_VERSION = '1';

const bbox = z.tuple([z.number(), z.number(), z.number(), z.number()]);

export const FactSchema = z.object({
  table: z.enum(['active', 'requests', 'review_litigation']),
  row: z.string(),
  col: z.string(),
  value: z.number().nullable(),
  raw: z.string(),
  confidence: z.number().min(0).max(1),
  flags: z.array(z.string()),
  note: z.string().optional(),
  page: z.number().int().positive().optional(),
  bbox: bbox.optional(),
});

export const CheckSchema = z.object({
  rule: z.string(),
  ok: z.boolean(),
  cells: z.array(z.string()),
  message: z.string(),
});

export const RecordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({
    file: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    format: z.enum(['pdf', 'docx', 'html', 'txt', 'doc']).nullable(),
    pages: z.number().int().nonnegative().nullable(),
    convertedFrom: z.literal('doc').optional(),
  }),
  report: z.object({
    title: z.string(),
    agency: z.string(),
    year: z.number().int().nullable(),
    template: z.enum(['2019', '2021', 'unknown']),
  }),
  sections: z.array(z.object({ part: z.number().int().min(1).max(6), heading: z.string(), text: z.string() })),
  facts: z.array(FactSchema),
  checks: z.array(CheckSchema),
  unmapped: z.array(
    z.object({
      table: z.string().optional(),
      label: z.string(),
      values: z.array(z.string()),
      page: z.number().int().positive().optional(),
    }),
  ),
  review: z.object({ required: z.boolean(), reasons: z.array(z.string()) }),
  error: z
    .object({
      code: z.enum([
        'UNREADABLE',
        'ENCRYPTED',
        'NO_TEXT_LAYER',
        'UNSUPPORTED_FORMAT',
        'NOT_A_REPORT',
        'TIMEOUT',
        'TOO_LARGE',
        'INTERNAL',
      ]),
      message: z.string(),
    })
    .optional(),
});

export type Fact = z.infer<typeof FactSchema>;
export type Check = z.infer<typeof CheckSchema>;
export type NianbaoRecord = z.infer<typeof RecordSchema>;
