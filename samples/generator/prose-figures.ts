/**
 * Part 一 stating some of the table's figures in varied phrasings (issue 10), as real reports do,
 * beside figures that name no cell (主动公开政府信息1234条, a change on last year, a hotline); in
 * some reports one figure disagrees with the table, and the truth lists that cell in `must_flag`.
 * Phrasings are written here by hand, not from src/template/prose-terms.ts, so the linker is
 * measured on wording it was not derived from.
 */
import type { Version as TemplateVersion } from './template-print.js';
import type { Rng } from './prng.js';
import type { Cells } from './values.js';

const PHRASINGS: { cell: string; versions?: TemplateVersion[]; say: string[] }[] = [
  {
    cell: 'requests.new_received.total',
    say: [
      '全年共收到政府信息公开申请{n}件',
      '本年度新收政府信息公开申请{n}件',
      '全年受理政府信息公开申请{n}件',
      '新收政府信息公开申请数量为{n}件',
    ],
  },
  { cell: 'requests.carried_over.total', say: ['上年结转政府信息公开申请{n}件', '另有上年度结转申请{n}件'] },
  { cell: 'requests.carried_forward.total', say: ['结转下年度继续办理{n}件', '结转至下年度办理的申请{n}件'] },
  { cell: 'requests.granted.total', say: ['予以公开{n}件', '经审查予以公开的{n}件'] },
  {
    cell: 'review_litigation.review.total',
    say: ['收到政府信息公开行政复议申请{n}件', '发生政府信息公开行政复议案件{n}起'],
  },
  { cell: 'active.regulations.issued', versions: ['2021'], say: ['制发规章{n}件', '全年出台规章{n}件'] },
  {
    cell: 'active.normative_docs.issued',
    versions: ['2021'],
    say: ['制发行政规范性文件{n}件', '全年印发规范性文件{n}件'],
  },
  { cell: 'active.normative_docs.new_made', versions: ['2019'], say: ['新制作规范性文件{n}件'] },
  { cell: 'active.licensing.decisions', say: ['作出行政许可决定{n}件', '办理行政许可{n}件'] },
  { cell: 'active.punishment.decisions', say: ['作出行政处罚决定{n}件'] },
  { cell: 'active.fees.amount_wan', versions: ['2021'], say: ['收取行政事业性收费{n}万元'] },
];

/** Figures that must link to nothing. */
const NOISE = [
  '全年主动公开政府信息{m}条',
  '收到的政府信息公开申请较上年增加{d}件',
  '平均办理时限缩短至{d}个工作日',
  '通过12345热线转办群众咨询{m}次',
  '网站访问量同比增长{d}%',
];

export interface ProseFigures {
  paragraph: string;
  /** The cell whose figure the prose states wrong, if any. */
  disagrees?: string;
}

const phrasingsIn = (version: TemplateVersion) => PHRASINGS.filter((p) => !p.versions || p.versions.includes(version));

/** How this generator may state a cell's figure (`{n}` for the number); none for most cells. */
export const figurePhrasings = (cell: string, version: TemplateVersion): string[] =>
  phrasingsIn(version).find((p) => p.cell === cell)?.say ?? [];

export function proseFigures(rng: Rng, cells: Cells, version: TemplateVersion, broken: string[]): ProseFigures {
  const pool = phrasingsIn(version).filter((p) => p.cell in cells);
  const chosen = Array.from(
    { length: Math.min(pool.length, rng.int(2, 5)) },
    () => pool.splice(rng.int(0, pool.length - 1), 1)[0],
  );
  const picked = rng.chance(0.2) ? rng.pick(chosen).cell : undefined;
  // A cell printed wrong on purpose is stated as printed: its truth is the correct value, which
  // a wrong figure in the prose would have to be weighed against twice.
  const wrong = picked && !broken.includes(picked) ? picked : undefined;
  const clauses = chosen.map((p) => {
    const value = cells[p.cell];
    // A wrong figure is off by a little, as a typo or a stale draft would be.
    const stated = p.cell === wrong ? value + rng.int(1, 9) : value;
    return rng.pick(p.say).replace('{n}', String(stated));
  });
  const noise = rng
    .pick(NOISE)
    .replace('{m}', String(rng.int(100, 9999)))
    .replace('{d}', String(rng.int(2, 30)));
  clauses.splice(rng.int(0, clauses.length), 0, noise);
  return { paragraph: `在依法公开方面，${clauses.join('，')}。`, ...(wrong ? { disagrees: wrong } : {}) };
}
