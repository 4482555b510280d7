/**
 * Legacy binary .doc: converted to DOCX by LibreOffice in a temporary folder, then read as DOCX.
 * The one extractor that does I/O (a file for soffice, a child process), by necessity.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ExtractionError, type Extractor } from '../model.js';
import { extractDocx } from '../docx/index.js';

const run = promisify(execFile);
const CONVERT_TIMEOUT_MS = 120_000;

/** soffice on the PATH, or undefined. */
export function findSoffice(): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return dirs.map((d) => join(d, 'soffice')).find((p) => existsSync(p));
}

/** An OLE2 file holding an encrypted OOXML package (a password-protected .docx) rather than a Word 97 document. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  return Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le'));
}

export const extractDoc: Extractor = async (bytes, options) => {
  const file = options.file ?? 'document';
  if (isEncryptedPackage(bytes)) throw new ExtractionError('ENCRYPTED', `${file}: the Word file is password-protected`);
  const soffice = findSoffice();
  if (!soffice) {
    throw new ExtractionError(
      'UNSUPPORTED_FORMAT',
      `${file}: legacy .doc needs LibreOffice to convert it; install it (Debian: apt-get install libreoffice-writer-nogui fonts-noto-cjk) or run \`npm run setup\`, so that soffice is on the PATH`,
    );
  }
  const docx = await convertToDocx(soffice, bytes, file);
  const read = await extractDocx(docx, options);
  return { value: { ...read.value, convertedFrom: 'doc' }, warnings: read.warnings };
};

async function convertToDocx(soffice: string, bytes: Uint8Array, file: string): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-doc-'));
  try {
    await writeFile(join(dir, 'in.doc'), bytes);
    // A profile of its own: concurrent soffice runs sharing one profile block each other.
    const profile = `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`;
    await run(
      soffice,
      [profile, '--headless', '--norestore', '--convert-to', 'docx', '--outdir', dir, join(dir, 'in.doc')],
      { timeout: CONVERT_TIMEOUT_MS },
    );
    return await readFile(join(dir, 'in.docx'));
  } catch (e) {
    throw new ExtractionError(
      'UNREADABLE',
      `${file}: LibreOffice could not convert the .doc (${(e as Error).message.split('\n')[0]})`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
