/**
 * Whether the cross-reference data of a PDF is intact. pdf.js silently rebuilds a broken one by
 * scanning the file for objects; that repair must show in the record, so it is checked here:
 * `startxref` must point at an xref table or stream, and every in-use entry of a classic table
 * at the object it names.
 */
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** What is wrong with the cross-reference data, or null when it is intact. */
export function xrefDamage(bytes: Uint8Array): string | null {
  const text = latin1(bytes);
  const tail = text.slice(-2048);
  const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail) ?? /startxref\s+(\d+)/.exec(tail);
  if (!m) return 'the file ends without startxref (cut short?)';
  const start = Number(m[1]);
  if (start >= text.length) return `startxref points past the end of the file (${start})`;
  const at = text.slice(start, start + 64);
  if (/^\s*\d+\s+\d+\s+obj\b/.test(at)) return null; // an xref stream: pdf.js checks its own
  if (!/^\s*xref\b/.test(at)) return `startxref points at ${start}, where no cross-reference table starts`;
  return tableDamage(text, start);
}

/** Entries of every subsection of the classic table at `start` that do not point at their object. */
function tableDamage(text: string, start: number): string | null {
  const section = /^\s*xref\s*((?:\d+\s+\d+\s*(?:\d{10}\s+\d{5}\s+[nf]\s*)*)*)trailer/.exec(
    text.slice(start, start + 40 * 1024 * 1024),
  );
  if (!section) return 'the cross-reference table is malformed';
  const sub = /(\d+)\s+(\d+)\s*((?:\d{10}\s+\d{5}\s+[nf]\s*)*)/g;
  let bad = 0;
  for (let s = sub.exec(section[1]); s; s = sub.exec(section[1])) {
    let number = Number(s[1]);
    for (const e of s[3].matchAll(/(\d{10})\s+(\d{5})\s+([nf])/g)) {
      const offset = Number(e[1]);
      if (
        e[3] === 'n' &&
        !new RegExp(`^\\s*${number}\\s+${Number(e[2])}\\s+obj\\b`).test(text.slice(offset, offset + 32))
      )
        bad++;
      number++;
    }
  }
  return bad ? `${bad} cross-reference entries do not point at their objects` : null;
}

/**
 * The bytes with their last `startxref` pointing past the end, so pdf.js rebuilds the cross-reference
 * data from the start (its recovery mode) instead of finding the damage mid-read, where pdf.js 5.6
 * leaves promises of its own rejected with no handler (an unhandled rejection ends a Node process).
 */
export function rebuildFromStart(bytes: Uint8Array): Uint8Array {
  const at = Buffer.from(bytes).lastIndexOf('startxref', undefined, 'latin1');
  const head = at < 0 ? bytes : bytes.subarray(0, at);
  return new Uint8Array(Buffer.concat([head, Buffer.from('\nstartxref\n999999999999\n%%EOF\n', 'latin1')]));
}
