import type { Paragraph } from '../extractors/model.js';
import { findTitle } from '../src/map/title.js';

const para = (text: string): Paragraph => ({ kind: 'paragraph', text });

describe('title, agency and year', () => {
  test('a title whose 年度报告 is cut by a line break is still the title', () => {
    const blocks = [
      para('安平县财政局2022年政府信息公开工作年'),
      para('度报告'),
      para('本报告根据《中华人民共和国政府信息公开条例》和年度报告的有关要求编制。'),
    ];
    expect(findTitle(blocks)).toEqual({
      title: '安平县财政局2022年政府信息公开工作年度报告',
      agency: '安平县财政局',
      year: 2022,
    });
  });

  test('year before the agency, agency on its own line', () => {
    expect(findTitle([para('2020年度'), para('某市生态环境局政府信息公开工作年度报告')])).toMatchObject({
      agency: '某市生态环境局',
      year: 2020,
    });
  });
});
