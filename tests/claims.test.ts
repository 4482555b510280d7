/**
 * Numbers in the prose as evidence (src/claims): which sentences link to which cell, and what the
 * claims do to the facts of generated reports (agreement, disagreement, settling a glued split).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findFigures } from '../src/claims/find.js';
import { linkFigures } from '../src/claims/link.js';
import { cellId } from '../src/core/index.js';
import { extract } from '../src/pipeline.js';
import type { Fact } from '../src/record/schema.js';
import type { TemplateVersion } from '../src/template/index.js';
import { planCorpus } from '../samples/generator/corpus.js';
import { figurePhrasings } from '../samples/generator/prose-figures.js';
import { generateReport } from '../samples/generator/report.js';

const GENERATED = resolve(process.cwd(), 'samples/generated');

const linked = (text: string, version: TemplateVersion = '2021', year = 2024) =>
  linkFigures(findFigures(text), { version, other: 'split' }, year).map((c) => `${cellId(c.cell)}=${c.value}`);

describe('figures of the prose linked to the cell they name', () => {
  test.each([
    ['全年共收到政府信息公开申请218件。', ['requests.new_received.total=218']],
    [
      '本年度制发行政规范性文件62件，废止规章2件。',
      ['active.normative_docs.issued=62', 'active.regulations.repealed=2'],
    ],
    ['收到行政复议申请3件。', ['review_litigation.review.total=3']],
    [
      '新收政府信息公开申请数量为45件，上年结转5件。',
      ['requests.new_received.total=45', 'requests.carried_over.total=5'],
    ],
    [
      '2024 年，全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复）。',
      ['requests.new_received.total=3119', 'requests.carried_over.total=34'],
    ],
    ['全年新增公开市政府规章 1 件、市政府及市政府办政策性文件 11 件。', ['active.regulations.issued=1']],
    ['收取行政事业性收费125000元。', ['active.fees.amount_wan=12.5']],
    ['作出行政许可决定1,200件。', ['active.licensing.decisions=1200']],
  ])('%s', (text, cells) => expect(linked(text)).toEqual(cells));

  test('a column named alone takes the row of the figure before it, only where that one named a cell', () => {
    const text =
      '政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件；' +
      '政府信息公开行政诉讼46件，其中结果维持25件，结果纠正5件。';
    expect(linked(text)).toEqual([
      'review_litigation.review.total=351',
      'review_litigation.review.upheld=72',
      'review_litigation.review.corrected=64',
      'review_litigation.review.other=178',
      'review_litigation.review.pending=37',
    ]);
  });

  test('the template version decides part 二 columns', () => {
    expect(linked('新制作规范性文件3件。', '2019', 2020)).toEqual(['active.normative_docs.new_made=3']);
    expect(linked('新制作规范性文件3件。', '2021')).toEqual([]);
  });

  test.each([
    '全年主动公开政府信息1234条。',
    '网站访问量同比增长12%。',
    '2023年，本机关认真贯彻落实《条例》。',
    '根据《中华人民共和国政府信息公开条例》第五十条的规定编制。',
    '通过12345热线转办群众诉求。',
    '电话：0517-83605210，邮编：223001。',
    '统计期限自2024年1月1日至2024年12月31日。',
    '收到的政府信息公开申请较上年增加12件。',
    '全年主动公开政府信息5500余条。',
    '均在15个工作日内答复。',
    '2023年收到政府信息公开申请30件。',
    // 办理 counts either the year's new requests or all it handled: it names no one cell.
    '全年办理政府信息公开申请218件。',
    '收到自然人申请40件。',
    '行政复议和行政诉讼案件共0件。',
    '国令第711号。',
    '办理行政许可事项93项。',
    '全年受理行政许可申请1200件。',
    '全年主动予以公开政府信息1234条。',
  ])('no link: %s', (text) => expect(linked(text)).toEqual([]));
});

const byCell = (facts: Fact[]) => new Map(facts.map((f) => [cellId(f), f]));

describe('claims on generated reports', () => {
  // A seed other than the committed corpus's: its reports state figures in part 一.
  const reports = planCorpus(8, 12).map(generateReport);

  test('a figure the prose states wrong flags the printed value and quotes the sentence; no other cell is flagged for the prose', async () => {
    const wrong = reports.filter((r) => r.truth.prose_disagrees);
    expect(wrong.length).toBeGreaterThan(0);
    for (const r of reports) {
      const record = await extract(r.docx, { file: `${r.manifest.name}.docx` });
      const disagreeing = record.facts.filter((f) => f.flags.includes('prose_disagrees')).map(cellId);
      expect(disagreeing).toEqual(r.truth.must_flag ?? []);
      for (const [id, printed] of Object.entries(r.truth.prose_disagrees ?? {})) {
        const fact = byCell(record.facts).get(id)!;
        expect(fact.value).toBe(printed);
        expect(fact.note).toMatch(/the prose states \d+: “在依法公开方面，/);
      }
    }
  });

  test('agreement raises the confidence of a value read off an inferred grid, and adds no flag', async () => {
    const name = 'gen-007-2021';
    const text = readFileSync(resolve(GENERATED, `${name}.txt`), 'utf8');
    const truth = JSON.parse(readFileSync(resolve(GENERATED, `${name}.truth.json`), 'utf8'));
    const id = 'requests.new_received.total';
    const sentence = figurePhrasings(id, '2021')[0].replace('{n}', String(truth.cells[id]));
    const stated = text.replace(/(一、总体情况\s*\n)/, `$1${sentence}。\n`);
    expect(stated).not.toBe(text);
    const [plain, withProse] = await Promise.all(
      [text, stated].map(async (t) =>
        byCell((await extract(new TextEncoder().encode(t), { file: `${name}.txt` })).facts),
      ),
    );
    const [before, after] = [plain.get(id)!, withProse.get(id)!];
    expect(after.value).toBe(truth.cells[id]);
    expect(after.flags).toEqual(before.flags);
    expect(before.confidence).toBeLessThan(1);
    expect(after.confidence).toBeGreaterThan(before.confidence);
  });
});

describe('claims settle glued splits the arithmetic leaves open', () => {
  const glued = readdirSync(GENERATED).filter((f) => f.endsWith('-glued.txt'));

  /** The glued text with part 一 stating `value(cell)` for each ambiguous cell the generator can phrase. */
  function stating(name: string, value: (id: string, printed: number) => number) {
    const truth = JSON.parse(readFileSync(resolve(GENERATED, `${name}-glued.truth.json`), 'utf8'));
    const printed = JSON.parse(readFileSync(resolve(GENERATED, `${name}.truth.json`), 'utf8')).cells;
    const stated = (truth.must_flag as string[]).flatMap((id) =>
      figurePhrasings(id, truth.template)
        .slice(0, 1)
        .map((p) => ({ id, sentence: p.replace('{n}', String(value(id, printed[id]))) })),
    );
    const text = readFileSync(resolve(GENERATED, `${name}-glued.txt`), 'utf8');
    const paragraph = `在依法公开方面，${stated.map((s) => s.sentence).join('，')}。\n`;
    return { text: text.replace(/(一、总体情况\s*\n?)/, `$1${paragraph}`), stated, printed };
  }

  test('every settled cell gets the printed value, flagged settled_by_prose with the sentence quoted', async () => {
    let settled = 0;
    for (const file of glued) {
      const name = file.replace(/-glued\.txt$/, '');
      const { text, stated, printed } = stating(name, (_, v) => v);
      if (stated.length === 0) continue;
      const record = await extract(new TextEncoder().encode(text), { file });
      for (const fact of record.facts.filter((f) => f.flags.includes('settled_by_prose'))) {
        settled++;
        expect(fact.value).toBe(printed[cellId(fact)]);
        expect(fact.flags).not.toContain('ambiguous_split');
        expect(fact.note).toContain('settled by the prose: the prose states');
      }
      expect(record.facts.filter((f) => f.flags.includes('prose_disagrees'))).toEqual([]);
    }
    expect(settled).toBeGreaterThan(10);
  });

  test('a figure that is none of the readings settles nothing and is quoted in the note', async () => {
    const { text, stated } = stating('gen-004-2025', () => 987654321);
    expect(stated.length).toBeGreaterThan(0);
    const record = await extract(new TextEncoder().encode(text), { file: 'gen-004-2025-glued.txt' });
    const facts = byCell(record.facts);
    for (const { id } of stated) {
      expect(facts.get(id)!.value).toBeNull();
      expect(facts.get(id)!.flags).toContain('ambiguous_split');
      expect(facts.get(id)!.note).toContain('the prose states 987654321');
    }
    expect(record.facts.some((f) => f.flags.includes('settled_by_prose'))).toBe(false);
  });
});
