/** Legacy .doc through LibreOffice: a .doc made from the blank template at test time, and the message without soffice. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDoc } from '../extractors/doc/index.js';
import { detectFormat } from '../extractors/detect.js';
import type { Table } from '../extractors/model.js';
import { describeShared, sharedPath } from './helpers/shared.js';
import { testWithTool } from './helpers/tools.js';

const { test: withSoffice, path: soffice } = testWithTool('soffice', '.doc conversion test');

describeShared('legacy .doc', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-doc-test-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  withSoffice(
    'a .doc saved from the template reads as DOCX with the same part 三 grid',
    async () => {
      const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
      execFileSync(
        soffice(),
        [
          profile,
          '--headless',
          '--convert-to',
          'doc',
          '--outdir',
          dir,
          sharedPath('template/blank-2021-template.docx'),
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const bytes = readFileSync(join(dir, 'blank-2021-template.doc'));
      expect(detectFormat(bytes)).toBe('doc');

      const { value } = await extractDoc(bytes, { file: 'blank.doc' });
      expect(value).toMatchObject({ format: 'docx', convertedFrom: 'doc', pageCount: null });
      const requests = value.blocks.find(
        (b): b is Table => b.kind === 'table' && b.cells.some((c) => c.text === '法人或其他组织'),
      );
      expect(requests).toBeDefined();
      expect(requests!.cells.find((c) => c.text === '法人或其他组织')).toMatchObject({ col: 4, colSpan: 5 });
      expect(requests!.cells.find((c) => c.text === '三、本年度办理结果')).toMatchObject({ col: 0, rowSpan: 22 });
    },
    180_000,
  );

  test('without soffice on the PATH: UNSUPPORTED_FORMAT saying how to enable it', async () => {
    const path = process.env.PATH;
    process.env.PATH = dir;
    try {
      await expect(
        extractDoc(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), { file: 'x.doc' }),
      ).rejects.toMatchObject({
        code: 'UNSUPPORTED_FORMAT',
        message: expect.stringMatching(/LibreOffice.*npm run setup/),
      });
    } finally {
      process.env.PATH = path;
    }
  });
});
