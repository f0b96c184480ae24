import { describe, expect, it } from 'vitest';
import { seasonFor } from './season';

describe('seasonFor', () => {
  it.each<[string, string, number, string | null]>([
    ['生鲜', '农家三黄鸡', 12, '冬季炖汤热卖'],
    ['生鲜', '农家三黄鸡', 7, null],
    ['生鲜', '散养土鸡蛋30枚', 12, null],
    ['生鲜', '谷饲牛腱子500g', 1, '冬季热卖'],
    ['生鲜', '冰鲜鲈鱼', 10, '鱼正肥'],
    ['水果', '赣南脐橙5斤', 12, '脐橙当季'],
    ['水果', '赣南脐橙5斤', 8, null],
    ['水果', '琯溪蜜柚', 11, '柑橘当季'],
    ['水果', '麒麟西瓜', 7, '夏季热卖'],
    ['水果', '阳光玫瑰葡萄', 8, '夏季水果旺季'],
    ['水果', '阳光玫瑰葡萄', 2, null],
    ['滋补', '新疆灰枣1kg', 11, '秋冬进补'],
    ['滋补', '土蜂蜜500g', 5, null],
    ['饮品', '鲜榨橙汁1L', 7, '夏季热卖'],
    ['茶饮', '明前龙井100g', 3, '春茶上新'],
    ['茶饮', '普洱茶饼', 3, null],
    ['冻品', '速冻手工水饺1kg', 1, '冬至春节饺子季'],
    ['服务', '上门家电清洗', 5, '入夏前清洗空调'],
    ['服务', '营养师一对一答疑', 5, null],
    ['日化', '原生木浆纸巾24包', 6, null],
  ])('%s %s in month %i → %s', (category, name, month, text) =>
    expect(seasonFor({ category, name }, month)?.text ?? null).toBe(text),
  );

  it('lets the first fitting row decide, even out of its season', () => {
    const table = [
      { category: '水果', nameIncludes: ['草莓'], months: [1, 2, 3], text: '草莓当季' },
      { category: '水果', months: [6, 7, 8], text: '夏季水果旺季' },
    ];
    expect(seasonFor({ category: '水果', name: '丹东草莓' }, 7, table)).toBeUndefined();
    expect(seasonFor({ category: '水果', name: '丹东草莓' }, 2, table)?.text).toBe('草莓当季');
  });
});
