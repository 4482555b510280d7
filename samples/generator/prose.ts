/** Plausible agency names and report prose, drawn from small phrase pools. */
import type { Rng } from './prng.js';

const PLACES = [
  '江州市',
  '临河市',
  '青山县',
  '东湖区',
  '云阳县',
  '北塘区',
  '南屏市',
  '白沙县',
  '长宁区',
  '安平县',
  '西岭市',
  '清源区',
  '丰乐县',
  '湘滨市',
  '石门县',
  '高新区',
  '柳江区',
  '新安县',
  '河阳市',
  '龙泉区',
];
const BODIES = [
  '人民政府',
  '人民政府办公室',
  '教育局',
  '卫生健康委员会',
  '自然资源和规划局',
  '市场监督管理局',
  '发展和改革委员会',
  '住房和城乡建设局',
  '生态环境局',
  '交通运输局',
  '财政局',
  '人力资源和社会保障局',
  '民政局',
  '文化和旅游局',
  '农业农村局',
  '应急管理局',
  '司法局',
  '水利局',
  '城市管理综合执法局',
  '退役军人事务局',
];
const TOWNS = ['城关街道办事处', '河西镇人民政府', '新华街道办事处', '桥头镇人民政府'];

export function randomAgency(rng: Rng): string {
  if (rng.chance(0.1))
    return `${rng.pick(PLACES.filter((p) => p.endsWith('县') || p.endsWith('区')))}${rng.pick(TOWNS)}`;
  return `${rng.pick(PLACES)}${rng.pick(BODIES)}`;
}

const OPENINGS = [
  '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告的有关要求编制。',
  '根据《中华人民共和国政府信息公开条例》第五十条的规定，现公布{agency}{year}年政府信息公开工作年度报告。',
];

const GENERAL = [
  '{year}年，{agency}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署，围绕中心工作，不断提升政务公开质量和实效。',
  '在主动公开方面，依托政府门户网站、政务新媒体等平台，及时发布机构职能、规划计划、财政预决算、重大建设项目等信息，做到应公开尽公开。',
  '在依申请公开方面，严格按照法定时限和程序办理政府信息公开申请，规范答复文书格式，做到依法依规、及时准确答复。',
  '在政府信息管理方面，建立健全政府信息公开保密审查机制，坚持“先审查、后公开”和“一事一审”原则，切实防范泄密风险。',
  '在平台建设方面，持续优化政府网站栏目设置，完善信息检索功能，推进政务公开专区标准化规范化建设，方便群众查阅获取信息。',
  '在监督保障方面，将政务公开工作纳入年度绩效考核，定期开展自查和交叉检查，对发现的问题及时督促整改到位。',
  '在政策解读方面，坚持政策文件与解读材料同步组织、同步审签、同步部署，综合运用图文、音视频等形式，增强解读的针对性和可读性。',
  '在回应关切方面，围绕社会热点问题及时发布权威信息，主动回应群众关切，积极引导社会预期。',
];

const PROBLEMS = [
  '{year}年，{agency}政府信息公开工作虽然取得了一定成效，但仍存在一些不足：一是公开内容的全面性和及时性有待加强；二是政策解读形式较为单一；三是工作人员业务能力有待提升。',
  '下一步，将进一步健全工作机制，加强业务培训，丰富解读形式，不断提高政府信息公开工作的规范化、标准化水平。',
];

const OTHER = [
  '本年度未收取信息处理费。',
  '依据《政府信息公开信息处理费管理办法》，本年度未发生收取信息处理费的情况。',
  '本机关无其他需要报告的事项。',
];

const fill = (s: string, agency: string, year: number): string =>
  s.replaceAll('{agency}', agency).replaceAll('{year}', String(year));

export function openingParagraph(rng: Rng, agency: string, year: number): string {
  return fill(rng.pick(OPENINGS), agency, year);
}

/** Part 一: `count` paragraphs of three to six distinct sentences each. */
export function generalSituation(rng: Rng, agency: string, year: number, count: number): string[] {
  return Array.from({ length: count }, () => {
    const pool = [...GENERAL];
    const sentences = Array.from({ length: rng.int(3, 6) }, () => pool.splice(rng.int(0, pool.length - 1), 1)[0]);
    return fill(sentences.join(''), agency, year);
  });
}

export function problemsAndImprovements(agency: string, year: number): string[] {
  return PROBLEMS.map((p) => fill(p, agency, year));
}

export function otherMatters(rng: Rng): string[] {
  return [rng.pick(OTHER)];
}
