import { matchRow, withStrayGroupCharacters } from '../src/map/match.js';
import { layoutRows, tableDef } from '../src/template/index.js';

const def = tableDef('2021', 'requests');
const rowOf = (label: string) => matchRow([label], def.rows, def.groups, {})?.row.key;

describe('a row label with characters of a vertical group label strayed into it', () => {
  test.each([
    ['、部分公开本不予公年度办', 'partial'],
    ['处理（七）总计', 'total'],
    ['不予处2.重复申请', 'not_processed.duplicate'],
  ])('%s is row %s', (label, row) => {
    expect(rowOf(label)).toBe(row);
  });

  test.each([
    ['4.保护第三方合法权不予公益', 'denied.third_party'],
    ['2.没有现成信息法提需要另行制作', 'unable.needs_creation'],
  ])('%s, group characters between the lines of a wrapped label, holds the whole label of %s', (label, row) => {
    expect(withStrayGroupCharacters(label, def.rows, def.groups)?.item.key).toBe(row);
  });

  test('a group label alone stays the group: 其他处理 over three items is not the item 3.其他 with two stray characters', () => {
    const ctx: { group?: string } = {};
    const split = layoutRows({ version: '2021', other: 'split' }, 'requests');
    expect(matchRow(['其他处理'], split, def.groups, ctx)).toBeNull();
    expect(ctx.group).toBe('other');
  });

  test('characters of no group label around or within a row label are no strays', () => {
    expect(matchRow(['部分公开报送材料'], def.rows, def.groups, {})?.score ?? 0).toBeLessThan(0.9);
    expect(withStrayGroupCharacters('4.保护第三方合法权报送益', def.rows, def.groups)).toBeNull();
  });
});
