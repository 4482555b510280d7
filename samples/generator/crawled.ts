/**
 * Crawled pages (issue 10): the text a crawler keeps of a report's web page, made from the
 * LibreOffice HTML export. Paragraphs stay lines; each table loses every separator (one line, the
 * cells glued; part 二's tables a space apart on one line on some pages, its last amount followed by
 * 万元 on some), and part 四's table is glued to its heading (sometimes the heading of 五 follows on
 * the same line: `…尚未审结总计110024001510102五、…`, sometimes part 三's table comes before it). Around the report: the crawler's header lines
 * (标题: / 发布时间: / 发布机构: / 原文链接:), navigation, a saved page's information box (fields
 * one per line, glued on one line, or as a tabbed two-column table), and a link list and footer
 * after it. Some pages drop the title from the body: only the header names the report.
 *
 * The truth: every cell as printed; cells whose glued run splits more than one way under the
 * rules the printed values keep (a report with an injected error breaks some) go to `must_flag`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignRuns, layoutConstraints, printedGroups, tableBlocks, truthLayout, type Truth } from './glue.js';
import { createRng, type Rng } from './prng.js';
import { canonicalValue, enumerateSplits, type SumConstraint } from './splits.js';
import { WAN_YUAN } from '../../src/lexicon/index.js';

const ENTITIES: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const decode = (s: string): string =>
  s.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });

const stripTags = (s: string): string => decode(s.replace(/<[^>]*>/g, ''));

/** The page's body as lines: one per paragraph (whitespace collapsed), one per table (whitespace removed). */
export function crawlerLines(html: string): string[] {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const lines: string[] = [];
  for (const piece of body.split(/(<table[\s\S]*?<\/table>)/i)) {
    if (/^<table/i.test(piece)) {
      lines.push(stripTags(piece).replace(/\s+/g, ''));
      continue;
    }
    for (const m of piece.matchAll(/<(p|h[1-6])\b[^>]*>([\s\S]*?)<\/\1>/gi)) {
      const text = stripTags(m[2]).replace(/\s+/g, ' ').trim();
      if (text) lines.push(text);
    }
  }
  return lines;
}

/** Rules the printed values keep: an injected error breaks the others, which then tie nothing. */
function keptRules(truth: Truth): SumConstraint[] {
  const sum = (ids: string[]) => ids.reduce((s, id) => s + (truth.cells[id] ?? 0), 0);
  return layoutConstraints(truthLayout(truth)).filter((c) => Math.abs(sum(c.lhs) - sum(c.rhs)) < 1e-9);
}

/** Part 四's heading as pages of the 2008 regulation's time word it. */
const OLDER_HEADING_FOUR = '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况';

const pad = (n: number): string => String(n).padStart(2, '0');

/** The page furniture around the report, varied per page. */
function furniture(rng: Rng, truth: Truth, title: string) {
  const date = `${truth.year + 1}-${pad(rng.int(1, 3))}-${pad(rng.int(1, 28))}`;
  const slug = `${truth.year + 1}${pad(rng.int(1, 12))}/t${rng.int(10_000_000, 99_999_999)}`;
  const colon = rng.pick([':', '：']);
  const header = [
    `标题${colon} ${title}`,
    `发布时间${colon} ${date} ${pad(rng.int(8, 17))}:${pad(rng.int(0, 59))}`,
    `发布机构${colon} ${truth.agency}`,
    `原文链接${colon} http://www.example.gov.cn/zwgk/xxgkml/${slug}.html`,
  ];
  const nav = [
    rng.pick(['首页 政务公开 政务服务 互动交流 数据开放', '网站首页 | 信息公开 | 办事服务 | 政民互动']),
    `${rng.pick(['当前位置：', '您的位置：', ''])}首页 > 政务公开 > ${rng.pick(['政府信息公开年报', '法定主动公开内容 > 年度报告'])}`,
  ];
  const index = `${rng.int(11_000_000, 11_999_999)}${rng.pick(['X', '0', '7'])}/${truth.year + 1}-${pad(rng.int(0, 99))}${rng.int(100, 999)}`;
  const fields: [string, string][] = [
    ['索引号', index],
    ['发布机构', truth.agency],
    ['名称', title],
    ['文号', rng.pick(['无', ''])],
    ['发布日期', date],
    ['主题分类', rng.pick(['综合政务', '政务公开', '其他'])],
  ];
  const box = rng.pick(['lines', 'glued', 'tabbed'] as const);
  const infoBox =
    box === 'lines'
      ? fields.map(([l, v]) => `${l}：${v}`)
      : box === 'glued'
        ? [fields.map(([l, v]) => `${l}：${v}`).join('')]
        : [0, 2, 4].map((i) => [...fields[i], ...fields[i + 1]].join('\t'));
  const links = [
    '相关链接',
    `上一篇：${truth.agency}${truth.year}年度部门预算公开`,
    `下一篇：关于开展${truth.year + 1}年政务公开工作的通知`,
    rng.pick(['【打印本页】【关闭窗口】', '打印本页 关闭窗口', '【字体：大 中 小】 【打印】 【关闭】']),
    `主办单位：${truth.agency} 网站标识码：${rng.int(4_100_000_000, 4_199_999_999)} 豫ICP备${rng.int(10_000_000, 19_999_999)}号-${rng.int(1, 9)}`,
  ];
  return { header, nav, infoBox, links };
}

/**
 * The crawled page of a report and its truth. Throws where the page's runs do not print the truth
 * (blank zeros vanish when glued): such a report gets no crawled page.
 */
export function crawledPage(html: string, truth: Truth, name: string): { text: string; truth: Truth } {
  const rng = createRng(createHash('sha256').update(name).digest().readUInt32LE(0));
  const lines = crawlerLines(html);
  const blocks = tableBlocks(lines);
  const layout = truthLayout(truth);
  const segments = blocks.flatMap((b) =>
    alignRuns(lines.slice(b.start, b.end).join(''), printedGroups(layout, b.table), truth.cells),
  );
  const outcome = enumerateSplits(segments, keptRules(truth));
  for (const cell of segments.flatMap((s) => s.cells))
    if (!outcome.values.get(cell.id)!.includes(canonicalValue(String(truth.cells[cell.id]), cell.kind)))
      throw new Error(`the printed value of ${cell.id} is not among its splits`);

  // Part 四: its heading (in the older wording on some pages), its table and maybe the next heading
  // on one line; on some pages part 三's table too (the two 四、 in a row: 四、结转下年度继续办理…四、因…).
  const four = blocks.find((b) => b.table === 'review_litigation')!;
  const three = blocks.find((b) => b.table === 'requests')!;
  if (rng.chance(0.5)) lines[four.start - 1] = OLDER_HEADING_FOUR;
  // Part 二: its last amount with its unit on some pages, its tables on one line a space apart on others.
  const two = blocks.find((b) => b.table === 'active')!;
  if (rng.chance(0.5) && /\d$/.test(lines[two.end - 1])) lines[two.end - 1] += WAN_YUAN;
  if (rng.chance(0.5)) {
    lines[two.start] = lines.slice(two.start, two.end).join(' ');
    lines.fill('', two.start + 1, two.end);
  }
  const from = rng.chance(0.4) ? three.start : four.start - 1;
  const to = four.end + (rng.chance(0.5) ? 1 : 0);
  const body = [...lines.slice(0, from), lines.slice(from, to).join(''), ...lines.slice(to)].filter((l) => l !== '');
  const title = body[0];
  const parts = furniture(rng, truth, title);
  const keepTitle = rng.chance(0.5);
  // Some sites print the information box under the title, others above it.
  const boxUnderTitle = keepTitle && rng.chance(0.5);
  const report = boxUnderTitle
    ? [title, ...parts.infoBox, ...body.slice(1)]
    : [...parts.infoBox, ...(keepTitle ? body : body.slice(1))];
  const text = [...parts.header, '', ...parts.nav, ...report, ...parts.links].join('\n');
  const mustFlag = new Set(outcome.ambiguous);
  return {
    text: `${text}\n`,
    truth: {
      ...truth,
      name,
      cells: Object.fromEntries(Object.entries(truth.cells).filter(([id]) => !mustFlag.has(id))),
      must_flag: outcome.ambiguous,
      variant: `${truth.variant ?? ''}; crawled page: LibreOffice HTML as a crawler keeps it, tables glued, part 四 glued to its heading, header lines, info box, links${keepTitle ? '' : ', title only in the header'}${boxUnderTitle ? ', info box under the title' : ''}${truth.broken.length ? ', with an injected error' : ''}`,
    },
  };
}

/** Where samples:render writes the crawled pages, apart from the other variants (eval/enforced.json). */
export const CRAWLED = 'crawled';
/** samples:render makes this many crawled pages of clean reports, and of reports with one injected error. */
const CLEAN_PAGES = 5;
const BROKEN_PAGES = 3;

/** One crawled page written: its text and truth file names relative to `outDir`. */
export interface CrawledFile {
  report: string;
  file: string;
  truth: string;
  mustFlag: number;
}

/**
 * NAME-crawled.txt and its truth in `outDir` for each report of `dir` (NAME.html, NAME.truth.json)
 * that makes one; with `pick`, only the first clean and one-error reports up to the counts above.
 */
export function writeCrawled(dir: string, outDir: string, names: string[], pick: boolean): CrawledFile[] {
  mkdirSync(outDir, { recursive: true });
  const written: CrawledFile[] = [];
  let [clean, broken] = [0, 0];
  for (const name of names) {
    const truth = JSON.parse(readFileSync(join(dir, `${name}.truth.json`), 'utf8')) as Truth;
    const isBroken = truth.broken.length > 0;
    if (pick && (isBroken ? broken >= BROKEN_PAGES || truth.broken.length > 1 : clean >= CLEAN_PAGES)) continue;
    let page: { text: string; truth: Truth };
    try {
      page = crawledPage(readFileSync(join(dir, `${name}.html`), 'utf8'), truth, `${name}-crawled`);
    } catch {
      continue; // blank zeros: no crawled page, as no glued text
    }
    writeFileSync(join(outDir, `${name}-crawled.txt`), page.text);
    writeFileSync(join(outDir, `${name}-crawled.truth.json`), `${JSON.stringify(page.truth, null, 2)}\n`);
    written.push({
      report: name,
      file: `${name}-crawled.txt`,
      truth: `${name}-crawled.truth.json`,
      mustFlag: page.truth.must_flag!.length,
    });
    if (isBroken) broken++;
    else clean++;
  }
  return written;
}
