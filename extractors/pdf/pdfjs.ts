/**
 * pdf.js, loaded once per process: the legacy build (the modern one needs DOMMatrix and Node 22)
 * and its worker module, with the native Array.prototype.push put back afterwards.
 *
 * Both legacy modules carry a core-js polyfill that replaces `push` for the whole process on
 * Node 20 with a JavaScript one about 4× slower (11–14 % of batch CPU, issue #11); it exists for
 * arrays longer than 2^32 − 1, which nothing here builds. In Node, pdf.js runs its worker in the
 * same thread, importing the worker module on the first document (or taking `globalThis.pdfjsWorker`
 * when set): loading it here, before push is put back, means no later import brings the polyfill
 * back. Import pdf.js only through this module; tests/native-push.test.ts fails otherwise.
 */
const nativePush = Array.prototype.push;

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
// @ts-expect-error the worker module ships without type declarations
const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
Object.defineProperty(Array.prototype, 'push', {
  value: nativePush,
  writable: true,
  enumerable: false,
  configurable: true,
});

export const { getDocument, OPS } = pdfjs;
