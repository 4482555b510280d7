/**
 * Tables mammoth mis-grids, built here as small DOCX packages: row grid offsets (w:gridBefore /
 * w:gridAfter), which mammoth ignores, and a non-row element between rows, after which mammoth
 * drops vertical merges.
 */
import { strToU8, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { extractDocx } from '../extractors/docx/index.js';
import { cellMatrix, type Table } from '../extractors/model.js';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function docx(body: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`,
    ),
  });
}

const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const tc = (content: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${content}</w:tc>`;
const tr = (cells: string, props = '') => `<w:tr>${props ? `<w:trPr>${props}</w:trPr>` : ''}${cells}</w:tr>`;
const tbl = (rows: string) => `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>${rows}</w:tbl>`;

const only = async (bytes: Uint8Array) => {
  const result = await extractDocx(bytes, {});
  const tables = result.value.blocks.filter((b): b is Table => b.kind === 'table');
  expect(tables).toHaveLength(1);
  return { table: tables[0], warnings: result.warnings };
};
const grid = (t: Table) => cellMatrix(t).map((row) => row.map((c) => c?.text ?? null));

describe('DOCX tables that mammoth mis-grids are read from document.xml', () => {
  const offsets = docx(
    p('前言') +
      tbl(
        tr(tc(p('结') + p('果') + p('维') + p('持')) + tc(p('B')) + tc(p('C'))) +
          tr(tc(p('1')) + tc(p('2')), '<w:gridBefore w:val="1"/>') +
          tr(tc(p('3')) + tc(p('4')), '<w:gridAfter w:val="1"/>') +
          tr(tc(p('G'), '<w:vMerge w:val="restart"/>') + tc(p('5')) + tc(p('6'))) +
          tr(tc(p(''), '<w:vMerge/>') + tc(p('7'), '<w:gridSpan w:val="2"/>')),
      ) +
      p('后记'),
  );

  test('mammoth itself shifts the offset row left (the reason for the XML reading)', async () => {
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(offsets) })).value;
    expect(html).toContain('<tr><td><p>1</p></td><td><p>2</p></td></tr>');
  });

  test('w:gridBefore / w:gridAfter keep cells in their grid columns; merges and joins survive', async () => {
    const { table, warnings } = await only(offsets);
    expect(table.geometry).toBe('structural');
    expect(grid(table)).toEqual([
      ['结果维持', 'B', 'C'],
      [null, '1', '2'],
      ['3', '4', null],
      ['G', '5', '6'],
      ['G', '7', '7'],
    ]);
    expect(warnings.map((w) => w.code)).toContain('DOCX_REGRID');
  });

  test('a bookmark between rows (mammoth drops merges and warns) still gives the merged cell', async () => {
    const bytes = docx(
      tbl(
        tr(tc(p('三、本年度办理结果'), '<w:vMerge w:val="restart"/>') + tc(p('（一）予以公开')) + tc(p('8'))) +
          '<w:bookmarkStart w:id="0" w:name="mark"/>' +
          tr(tc('<w:p/>', '<w:vMerge/>') + tc(p('（二）部分公开')) + tc(p('9'))),
      ),
    );
    const { table, warnings } = await only(bytes);
    expect(grid(table)).toEqual([
      ['三、本年度办理结果', '（一）予以公开', '8'],
      ['三、本年度办理结果', '（二）部分公开', '9'],
    ]);
    expect(warnings.map((w) => w.message).join('\n')).toMatch(/unexpected non-row element/);
    expect(warnings.map((w) => w.code)).toContain('DOCX_REGRID');
  });

  test('an ordinary table stays as mammoth reads it, with no regrid', async () => {
    const { table, warnings } = await only(
      docx(tbl(tr(tc(p('a'), '<w:gridSpan w:val="2"/>') + tc(p('b'))) + tr(tc(p('c')) + tc(p('d')) + tc(p('e'))))),
    );
    expect(grid(table)).toEqual([
      ['a', 'a', 'b'],
      ['c', 'd', 'e'],
    ]);
    expect(warnings).toEqual([]);
  });

  test('bytes that are not a DOCX throw UNREADABLE', async () => {
    await expect(extractDocx(strToU8('not a zip'), { file: 'x.docx' })).rejects.toMatchObject({ code: 'UNREADABLE' });
  });
});
