/** pdf.js exceptions → the error codes of FORMAT.md §5. */
import { ExtractionError } from '../model.js';

export function toExtractionError(err: unknown, file = 'PDF'): ExtractionError {
  if (err instanceof ExtractionError) return err;
  const name = (err as { name?: string } | null)?.name ?? '';
  const message = err instanceof Error ? err.message : String(err);
  // pdf.js raises PasswordException only when a user password is needed; owner-only PDFs open.
  if (name === 'PasswordException')
    return new ExtractionError('ENCRYPTED', `${file}: a user password is required (${message})`);
  return new ExtractionError('UNREADABLE', `${file}: not a readable PDF (${message})`);
}
