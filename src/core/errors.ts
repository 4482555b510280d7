/** Why a file has no facts (FORMAT.md §5 Errors): the codes, and the exception a parser raises. */

export const ERROR_CODES = [
  'UNREADABLE',
  'ENCRYPTED',
  'NO_TEXT_LAYER',
  'UNSUPPORTED_FORMAT',
  'NOT_A_REPORT',
  'TIMEOUT',
  'TOO_LARGE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A parser's verdict on a file (corrupt, encrypted, scanned…): it becomes that file's error
 * record. Any other exception inside the pipeline is a bug of nianbao's, recorded as `INTERNAL`.
 */
export class ExtractionError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractionError';
  }
}
