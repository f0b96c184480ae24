import { describe, expect, it } from 'vitest';
import { liveProducts, productAt } from './fixtures';
import { replyFor } from './replies';
import type { QuestionTopic } from './types';

describe('replyFor', () => {
  it.each<[QuestionTopic, number, string | null]>([
    ['price', 1, '有机米粉39.9元一盒，拍1号链接'],
    ['stock', 3, '低敏奶粉还有24罐'],
    ['age', 1, '有机米粉适合6月龄+的宝宝'],
    ['age', 2, null],
    ['size', 2, '散养土鸡蛋规格是30枚一箱'],
    ['shelfLife', 3, '低敏奶粉保质期24个月'],
    ['shelfLife', 6, null],
    ['ingredients', 4, null],
    ['delivery', 2, '送货：小区内满2箱送货上门'],
    ['delivery', 4, null],
    ['pickup', 1, '自提时间：明天9:00-20:00 阳光花园南门'],
    ['pickup', 6, '春季亲子插花体验课的时间：周六14:00-16:00 社区活动室'],
    ['howToBuy', 5, '拍5号链接，或者评论“5号+数量”'],
    ['afterSales', 1, null],
  ])('%s about %d号', (topic, link, reply) => {
    expect(replyFor(topic, productAt(link), liveProducts, 'zh-CN')).toBe(reply);
  });

  it('says sold out rather than "0 left"', () => {
    expect(replyFor('stock', productAt(1, { stockLeft: 0 }), liveProducts, 'zh-CN')).toBe(
      '有机米粉这一批已经卖完了',
    );
  });

  it('answers a question naming no product only when it is about the store and all products agree', () => {
    expect(replyFor('pickup', null, liveProducts, 'en')).toBe('Pickup: 明天9:00-20:00 阳光花园南门');
    expect(replyFor('howToBuy', null, liveProducts, 'zh-CN')).toBe(
      '拍对应商品号的链接，或者评论“商品号+数量”',
    );
    const split = [productAt(1), productAt(2, { facts: { certifications: [], pickupWindow: '后天' } })];
    expect(replyFor('pickup', null, split, 'zh-CN')).toBeNull();
    expect(replyFor('price', null, liveProducts, 'zh-CN')).toBeNull();
    expect(replyFor(null, productAt(1), liveProducts, 'zh-CN')).toBeNull();
  });
});
