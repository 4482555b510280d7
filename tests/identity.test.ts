/** Title, agency and the year reported on, from every kind of leading text. */
import type { Paragraph } from '../extractors/model.js';
import { extractHtml } from '../extractors/html/index.js';
import { extractText } from '../extractors/text/index.js';
import { findIdentity } from '../src/identity/index.js';
import { parseTitle } from '../src/identity/title.js';

const para = (text: string): Paragraph => ({ kind: 'paragraph', text });
const utf8 = (s: string) => new TextEncoder().encode(s);
const PART_ONE = '一、总体情况\n\n本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。\n';

describe('title lines', () => {
  test('a title whose 年度报告 is cut by a line break is still the title', () => {
    const blocks = [
      para('安平县财政局2022年政府信息公开工作年'),
      para('度报告'),
      para('本报告根据《中华人民共和国政府信息公开条例》和年度报告的有关要求编制。'),
    ];
    expect(findIdentity(blocks)).toEqual({
      title: '安平县财政局2022年政府信息公开工作年度报告',
      printedTitle: '安平县财政局2022年政府信息公开工作年度报告',
      agency: '安平县财政局',
      year: 2022,
    });
  });

  test('year before the agency, agency on its own line', () => {
    expect(findIdentity([para('2020年度'), para('某市生态环境局政府信息公开工作年度报告')])).toMatchObject({
      agency: '某市生态环境局',
      year: 2020,
    });
  });

  test('a title run on into the text after it is cut after 年度报告', () => {
    expect(findIdentity([para('某县水利局2019年政府信息公开工作年度报告根据《条例》规定，现公布本报告。')]).title).toBe(
      '某县水利局2019年政府信息公开工作年度报告',
    );
    expect(findIdentity([para('某县交通运输局2020年度政府信息公开工作报告'), para('一、总体情况')])).toMatchObject({
      agency: '某县交通运输局',
      year: 2020,
    });
  });

  test.each([
    ['某区人民政府办公室关于2023年度政府信息公开工作年度报告', '某区人民政府办公室', 2023],
    ['关于《某市交通运输局2021年政府信息公开工作年度报告》的公告', '某市交通运输局', 2021],
    ['某县民政局政府信息公开工作年度报告（2022年度）', '某县民政局', 2022],
    ['某镇人民政府二〇二〇年政府信息公开工作年度报告', '某镇人民政府', 2020],
    ['2024年某市财政局（本级）政府信息公开工作年度报告', '某市财政局', 2024],
    ['某县交通运输局2020年度政府信息公开工作报告', '某县交通运输局', 2020],
  ])('%s', (title, agency, year) => {
    expect(parseTitle(title)).toEqual({ agency, year });
  });
});

describe('a crawled page saved as text', () => {
  test('header lines give the fields and never become part of the title or the agency', async () => {
    const text = `标题：某某县民政局2023年政府信息公开工作年度报告\n发布时间：2024-01-18 09:30\n发布机构：某某县民政局\n原文链接：http://www.example.gov.cn/art/2024/1/18/art_1.html\n\n某某县民政局2023年政府信息公开工作年度报告\n\n${PART_ONE}`;
    const doc = (await extractText(utf8(text), {})).value;
    expect(findIdentity(doc.blocks, doc.pageFields)).toMatchObject({
      title: '某某县民政局2023年政府信息公开工作年度报告',
      agency: '某某县民政局',
      year: 2023,
    });
  });

  test('a body without a title line: the header title, else the publisher and the year before publication', async () => {
    const headed = `标题：某某县民政局2023年政府信息公开工作年度报告\n发布时间：2024-01-18\n\n${PART_ONE}`;
    const identity = async (text: string) => {
      const doc = (await extractText(utf8(text), {})).value;
      return findIdentity(doc.blocks, doc.pageFields);
    };
    expect(await identity(headed)).toMatchObject({
      agency: '某某县民政局',
      year: 2023,
    });
    const bare = `发布机构：某某县民政局\n发布日期：2024-03-01\n\n政府信息公开工作年度报告\n\n${PART_ONE}`;
    expect(await identity(bare)).toMatchObject({
      agency: '某某县民政局',
      year: 2023,
    });
  });

  test('a breadcrumb is no title; a title without an agency takes who compiled the report', () => {
    const blocks = [
      para('当前位置：首页 > 政府信息公开 > 政府信息公开年度报告'),
      para('2023年政府信息公开工作年度报告'),
      para('本报告由某县人民政府办公室根据《中华人民共和国政府信息公开条例》编制。'),
    ];
    expect(findIdentity(blocks)).toMatchObject({
      title: '2023年政府信息公开工作年度报告',
      agency: '某县人民政府办公室',
      year: 2023,
    });
  });

  test('the statistics period says the year when the title does not', () => {
    const blocks = [
      para('某某县民政局政府信息公开工作年度报告'),
      para('本报告所列数据统计期限自2022年1月1日至2022年12月31日。'),
    ];
    expect(findIdentity(blocks)).toMatchObject({ agency: '某某县民政局', year: 2022 });
  });
});

describe('a saved page with an information box', () => {
  test('名称 / 索引号 / 发布机构 / 文号 / 发布日期 as a table, fields one per cell or two per line', async () => {
    const html = `<html><body>
<table><tr><td>索引号：</td><td>11320800MB1234567X/2024-00012</td><td>发布机构：</td><td>某市人民政府办公室</td></tr>
<tr><td>名称：</td><td colspan="3">某市人民政府2023年政府信息公开工作年度报告</td></tr>
<tr><td>文号：</td><td></td><td>发布日期：</td><td>2024-01-20</td></tr></table>
<p>某市人民政府2023年政府信息公开工作年度报告</p><p>一、总体情况</p><p>本年度……</p></body></html>`;
    const doc = (await extractHtml(utf8(html), {})).value;
    expect(findIdentity(doc.blocks)).toMatchObject({
      title: '某市人民政府2023年政府信息公开工作年度报告',
      agency: '某市人民政府',
      year: 2023,
    });
    const boxOnly = html.replace(/<p>某市人民政府2023[^<]*<\/p>/, '');
    expect(findIdentity((await extractHtml(utf8(boxOnly), {})).value.blocks)).toMatchObject({
      agency: '某市人民政府',
      year: 2023,
    });
  });

  test('an information box printed as lines of text', () => {
    const blocks = [
      para('索引号：000014349/2024-00021 主题分类：政务公开 发布机构：某区司法局 发布日期：2024-01-25'),
      para('名称：2023年政府信息公开工作年度报告'),
    ];
    expect(findIdentity(blocks)).toMatchObject({ agency: '某区司法局', year: 2023 });
  });
});
