/** The DOCX package: the minimal OPC parts zipped with fixed timestamps (same input → same bytes). */
import { strToU8, zipSync } from 'fflate';
import type { Variant } from './variant.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>';

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;

/** Document defaults: the variant's East Asian font and body size, Times New Roman for digits. */
function stylesXml(v: Variant): string {
  const sz = Math.round(v.bodyPt * 2);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>` +
    `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${v.fontFamily}" w:cs="Times New Roman"/>` +
    `<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style></w:styles>`
  );
}

/** Local-time fields, so DOS timestamps come out the same in every time zone. */
const FIXED_MTIME = new Date(2020, 0, 1, 0, 0, 0);

export function packageDocx(documentXml: string, v: Variant): Uint8Array {
  const file = (s: string): [Uint8Array, { mtime: Date }] => [strToU8(s), { mtime: FIXED_MTIME }];
  return zipSync(
    {
      '[Content_Types].xml': file(CONTENT_TYPES),
      '_rels/.rels': file(ROOT_RELS),
      'word/document.xml': file(documentXml),
      'word/_rels/document.xml.rels': file(DOC_RELS),
      'word/styles.xml': file(stylesXml(v)),
    },
    { level: 6 },
  );
}
