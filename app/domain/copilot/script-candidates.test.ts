import { describe, expect, it } from 'vitest';
import { productAt } from './fixtures';
import { factLines, sellingPointTexts, standingLines, stockLine } from './script-candidates';

describe('factLines', () => {
  it('turns each fact present into one line, and an absent fact into none', () => {
    expect(factLines(productAt(1), 'zh-CN').map(({ point, text }) => [point, text])).toEqual([
      ['certification', '有机米粉的认证：有机产品认证'],
      ['age', '有机米粉适合6月龄+的宝宝'],
      ['shelfLife', '有机米粉保质期18个月'],
      ['pickup', '自提时间：明天9:00-20:00 阳光花园南门'],
    ]);
    expect(
      factLines(productAt(4, { facts: { certifications: [' '] } }), 'zh-CN').map(({ point }) => point),
    ).toEqual(['spec']);
  });

  it('gives the keywords a host would say the fact with', () => {
    const byPoint = new Map(factLines(productAt(1), 'en').map(({ point, keywords }) => [point, keywords]));
    expect(byPoint.get('age')).toEqual(['6个月', '6月龄']);
    expect(byPoint.get('certification')).toEqual(['认证', '有机产品认证']);
  });
});

describe('standingLines', () => {
  it('always has price, ordering and an invitation to ask', () => {
    expect(standingLines(productAt(6), 'en').map(({ text }) => text)).toEqual([
      '春季亲子插花体验课: CN¥99.00 per 位',
      'Want 春季亲子插花体验课? Tap link #6 or comment "#6 + quantity"',
      "Questions about 春季亲子插花体验课? Type them in the comments and I'll answer each one",
    ]);
  });
});

describe('stockLine', () => {
  it.each<[number, string | null]>([
    [11, null],
    [10, '有机蔬菜箱只剩10箱了，需要的朋友抓紧拍5号链接'],
    [1, '有机蔬菜箱只剩1箱了，需要的朋友抓紧拍5号链接'],
    [0, '有机蔬菜箱这一批已经卖完了，还想要的朋友在评论区留言，下播后接龙登记'],
  ])('%d left', (stockLeft, text) => {
    expect(stockLine(productAt(5, { stockLeft }), 10, 'zh-CN')?.text ?? null).toBe(text);
  });
});

describe('sellingPointTexts', () => {
  it('lists the facts briefly, price first', () => {
    expect(sellingPointTexts(productAt(2, { stockLeft: 6 }), 10, 'zh-CN')).toEqual([
      '45元一箱',
      '仅剩6箱',
      '30枚一箱',
      '保质期30天',
      '自提明天9:00-20:00 阳光花园南门',
    ]);
  });
});
