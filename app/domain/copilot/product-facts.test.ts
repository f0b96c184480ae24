import { describe, expect, it } from 'vitest';
import { productAt } from './fixtures';
import { ageOf, priceKeywords, shortName, specOf, spokenPrice } from './product-facts';

describe('shortName', () => {
  it.each([
    ['有机米粉(6月龄+)', '有机米粉'],
    ['有机米粉（6月龄+）', '有机米粉'],
    ['低敏奶粉800g', '低敏奶粉'],
    ['散养土鸡蛋30枚', '散养土鸡蛋'],
    ['有机蔬菜箱', '有机蔬菜箱'],
    ['500g', '500g'],
  ])('%s → %s', (name, short) => {
    expect(shortName(name)).toBe(short);
  });
});

describe('ageOf', () => {
  it('prefers the owner’s range, then reads the name', () => {
    expect(ageOf(productAt(3), 'zh-CN')).toBe('0-6月龄（1段）');
    expect(ageOf(productAt(1), 'zh-CN')).toBe('6月龄+');
    expect(ageOf(productAt(1), 'en')).toBe('6 months+');
    expect(ageOf(productAt(1, { name: '婴儿米粉（6-36个月）' }), 'zh-CN')).toBe('6-36月龄');
    expect(ageOf(productAt(2), 'zh-CN')).toBeNull();
  });
});

describe('specOf', () => {
  it('prefers the owner’s size, then reads the name', () => {
    expect(specOf(productAt(2))).toBe('30枚');
    expect(specOf(productAt(3))).toBe('800g');
    expect(specOf(productAt(5))).toBeNull();
    expect(specOf(productAt(5, { facts: { certifications: [], spec: '约5斤' } }))).toBe('约5斤');
  });
});

describe('prices', () => {
  it.each<[number, string, string, string[]]>([
    [3990, '39.9元', 'CN¥39.90', ['39.9', '39块9', '39元9']],
    [4500, '45元', 'CN¥45.00', ['45元', '45块']],
    [26805, '268.05元', 'CN¥268.05', ['268.05', '268块05', '268元05']],
  ])('%d fen', (fen, zh, en, keywords) => {
    expect(spokenPrice(fen, 'zh-CN')).toBe(zh);
    expect(spokenPrice(fen, 'en')).toBe(en);
    expect(priceKeywords(fen)).toEqual(keywords);
  });
});
