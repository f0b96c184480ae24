import { describe, expect, it } from 'vitest';
import { findLinks } from './links';
import { bestQuantity, findQuantities, mentionMask } from './quantities';

const m = mentionMask;
const best = (masked: string) => bestQuantity(findQuantities(masked))?.value ?? null;

describe('findQuantities', () => {
  it.each([
    ['+2', 2],
    ['扣3', 3],
    ['要两盒', 2],
    ['来一箱', 1],
    ['加一', 1],
    ['x4', 4],
    ['×3', 3],
    ['*2', 2],
    ['两位', 2],
    ['俩箱', 2],
    ['要仨', 3],
    ['来半打', 6],
    ['一打', 12],
    [`${m}${m} 2`, 2],
    [`${m}${m}十盒`, 10],
    ['拍了两单', 2],
  ])('%s → %d', (masked, value) => {
    expect(best(masked)).toBe(value);
  });

  it.each([
    '5栋送货',
    '能送到12栋吗',
    '3单元',
    '13812345678',
    '等了一个小时',
    '几个月的宝宝',
    '6月龄',
    '来一下',
    '第三盒',
    `${m}${m}800g`,
    '39块',
  ])('%s has no amount', (masked) => {
    expect(findQuantities(masked)).toEqual([]);
  });

  it('prefers an amount after 要 over a count elsewhere', () => {
    expect(best('大人一个 要两位')).toBe(2);
    expect(best('2号要一箱 5栋2单元')).toBe(1);
  });
});

describe('findLinks', () => {
  const links = (text: string) => findLinks(text).map(({ link }) => link);

  it.each([
    ['3号', [3]],
    ['3号链接拍了', [3]],
    ['#12 两盒', [12]],
    ['三号两罐', [3]],
    ['第2个链接', [2]],
    ['链接4', [4]],
    ['1号 3号', [1, 3]],
  ])('%s → %j', (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it.each(['3', '33333', '5号楼', '2号线', '12月5号', '3号下午', '几号', '0号', '300号'])(
    '%s names no link',
    (text) => {
      expect(links(text)).toEqual([]);
    },
  );
});
