/**
 * pdf.js, on some damaged files, leaves a promise of its own rejected with no handler (in whichever
 * thread it runs); that must not end the batch or a worker and cost a file its record. Logged,
 * never silent, never fatal.
 */
export function logUnhandledRejections(): void {
  process.on('unhandledRejection', (reason) =>
    process.stderr.write(`nianbao: a parser left an error unhandled (ignored): ${String(reason)}\n`),
  );
}
