import { describe, expect, it } from 'vitest';
import { AppError } from '../../contract/errors';
import type { CampaignDoc } from '../../db/schemas/campaigns';
import { shanghai, shelfById, weekendCampaign } from './fixtures';
import { jielongCatalog, jielongPost } from './post';

const threeItems: CampaignDoc = { ...weekendCampaign, items: weekendCampaign.items.slice(0, 3) };

describe('jielongPost', () => {
  it('writes the post the way WeChat groups do', () => {
    expect(jielongPost(threeItems, shelfById, { storeName: '邻里优选店' })).toBe(
      [
        '#接龙',
        '周末生鲜团 · 土鸡蛋+蔬菜箱',
        '截单：11月27日 20:00 ｜ 自提：11月28日 9:00-20:00 阳光花园南门 邻里优选店 ｜ 可送货',
        '1号 散养土鸡蛋30枚 ¥40.00/箱（每人限2）',
        '2号 有机蔬菜箱 ¥50.00/箱',
        '3号 赣南脐橙5斤 ¥39.90/箱（每人限3，限量100）',
        '接龙格式：昵称 商品号×数量，例：1. 李阿姨 1号×2 3号×1',
        '',
        '1. ',
      ].join('\n'),
    );
  });

  it('writes English labels for an English-speaking owner, keeping the WeChat tag', () => {
    expect(jielongPost(threeItems, shelfById, { storeName: 'Linli', locale: 'en-GB' }).split('\n')).toEqual([
      '#接龙',
      '周末生鲜团 · 土鸡蛋+蔬菜箱',
      'Order by: Nov 27 20:00 ｜ Pickup: Nov 28 9:00-20:00 阳光花园南门 Linli ｜ Delivery available',
      '#1 散养土鸡蛋30枚 CN¥40.00/箱 (max 2 each)',
      '#2 有机蔬菜箱 CN¥50.00/箱',
      '#3 赣南脐橙5斤 CN¥39.90/箱 (max 3 each, 100 in total)',
      'Reply format: nickname item×qty, e.g. 1. Amy #1×2 #3×1',
      '',
      '1. ',
    ]);
  });

  it.each<[string, Partial<CampaignDoc>, string]>([
    [
      'a pickup over two days, Shanghai time across UTC midnight',
      { pickupFrom: shanghai(2025, 11, 30, 7, 30), pickupTo: shanghai(2025, 12, 1, 21, 5), delivery: false },
      '截单：11月27日 20:00 ｜ 自提：11月30日 7:30-12月1日 21:05 阳光花园南门 邻里优选店',
    ],
    [
      'a place that already names the store',
      { pickupPlace: '阳光花园南门 邻里优选店', delivery: false },
      '截单：11月27日 20:00 ｜ 自提：11月28日 9:00-20:00 阳光花园南门 邻里优选店',
    ],
    [
      'no place typed',
      { pickupPlace: '', delivery: true },
      '截单：11月27日 20:00 ｜ 自提：11月28日 9:00-20:00 邻里优选店 ｜ 可送货',
    ],
  ])('states %s', (_, change, factsLine) => {
    const lines = jielongPost({ ...threeItems, ...change }, shelfById, { storeName: '邻里优选店' }).split(
      '\n',
    );
    expect(lines[2]).toBe(factsLine);
  });

  it('gives a one-item campaign a one-item example', () => {
    const post = jielongPost({ ...threeItems, items: threeItems.items.slice(0, 1) }, shelfById, {
      storeName: 'x',
    });
    expect(post).toContain('例：1. 李阿姨 1号×2\n');
  });

  it('refuses a campaign naming a product the store does not have', () => {
    const broken = {
      ...threeItems,
      items: [...threeItems.items, { ...threeItems.items[0]!, productId: 'gone' }],
    };
    expect(() => jielongPost(broken, shelfById, { storeName: 'x' })).toThrow(AppError);
    expect(() => jielongCatalog(broken, shelfById)).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
  });

  it('numbers the catalogue as the post does', () => {
    expect(jielongCatalog(threeItems, shelfById).map(({ id, linkNo }) => [id, linkNo])).toEqual([
      ['egg', 1],
      ['veg', 2],
      ['orange', 3],
    ]);
  });
});
