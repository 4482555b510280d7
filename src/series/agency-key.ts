/**
 * The name an agency's reports are grouped under: what varies between one agency's titles from
 * year to year removed (years, 关于…的, 年度, the report's own name, 本级, full width), the
 * government office that publishes for its government read as that government
 * (人民政府办公室 / 办公厅, 区政府, a place named alone), and a higher-level place before the agency's own
 * (江州市青山区人民政府 → 青山区人民政府) dropped.
 */
import { foldWidth } from '../text/normalize.js';
import { segment } from './segment.js';

const REPORT_NAME = /(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:报告|年报)?.*$/;

function stripWording(name: string): string {
  return (
    foldWidth(name)
      .replace(/\s+/g, '')
      .replace(/[《》"“”「」『』〈〉<>]/g, '')
      .replace(REPORT_NAME, '')
      .replace(/(?:19|20)\d{2}年度?/g, '')
      .replace(/\(本级\)|本级/g, '')
      .replace(/^关于|的$|年度$/g, '')
      .replace(/人民政府办公(?:室|厅)$/, '人民政府')
      .replace(/([市区县旗州镇乡])政府(?:办公(?:室|厅)|办)?$/, '$1人民政府')
      // A place alone reports as its government (青山区2023年…), a 街道 as its office.
      .replace(/^(.{1,12}[省市区县旗镇乡])$/, '$1人民政府')
      .replace(/^(.{1,12}街道)$/, '$1办事处')
  );
}

const HIGHER_PLACE = /(?:省|自治区|市|州|盟)$/;
const OWN_PLACE = /(?:区|县|市|旗)$/;

/** Drops a leading place when another place follows it: the agency is the lower one. */
async function withoutHigherPlace(name: string): Promise<string> {
  const words = await segment(name);
  let i = 0;
  while (i + 1 < words.length && HIGHER_PLACE.test(words[i])) {
    // The next place may be cut as 青山 | 区.
    const next = OWN_PLACE.test(words[i + 1]) ? 1 : i + 2 < words.length && /^[区县市旗]$/.test(words[i + 2]) ? 2 : 0;
    if (!next) break;
    i++;
  }
  return words.slice(i).join('');
}

export async function agencyKey(name: string): Promise<string> {
  const stripped = stripWording(name);
  return stripped ? withoutHigherPlace(stripped) : '';
}
