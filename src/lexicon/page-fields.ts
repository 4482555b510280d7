/**
 * The labelled fields a saved page or a crawler prints around a report: a crawler's header lines
 * (标题: / 发布时间: / 发布机构: / 原文链接:) and a government site's information box (名称 / 索引号 /
 * 发布机构 / 文号 / 发布日期). extractors/text tells page furniture by them; src/identity reads them.
 */
export type FieldName = 'title' | 'publisher' | 'published' | 'other';

/** Field labels as sites print them; the longest first so 发布机构 wins over 发布. */
export const PAGE_FIELD_LABELS: [string, FieldName][] = (
  [
    ['标题', 'title'],
    ['名称', 'title'],
    ['文件名称', 'title'],
    ['信息名称', 'title'],
    ['发布机构', 'publisher'],
    ['发文机关', 'publisher'],
    ['发布单位', 'publisher'],
    ['公开主体', 'publisher'],
    ['信息来源', 'publisher'],
    ['来源', 'publisher'],
    ['发布时间', 'published'],
    ['发布日期', 'published'],
    ['成文日期', 'published'],
    ['生成日期', 'published'],
    ['公开日期', 'published'],
    ['原文链接', 'other'],
    ['链接', 'other'],
    ['网址', 'other'],
    ['索引号', 'other'],
    ['文号', 'other'],
    ['发文字号', 'other'],
    ['主题分类', 'other'],
    ['体裁分类', 'other'],
    ['组配分类', 'other'],
    ['公开方式', 'other'],
    ['公开范围', 'other'],
    ['公开时限', 'other'],
    ['有效性', 'other'],
    ['时效', 'other'],
    ['关键词', 'other'],
    ['浏览次数', 'other'],
    ['作者', 'other'],
    ['字号', 'other'],
    // Page furniture of a saved page: breadcrumbs, font switches, counters.
    ['当前位置', 'other'],
    ['您的位置', 'other'],
    ['您当前的位置', 'other'],
    ['字体', 'other'],
    ['阅读次数', 'other'],
    ['访问次数', 'other'],
    ['点击数', 'other'],
    ['分享到', 'other'],
  ] as [string, FieldName][]
).sort((a, b) => b[0].length - a[0].length);
