import { describe, expect, it } from 'vitest';
import { normalizeText } from './text';
import { isStoreWide, questionTopic } from './topics';
import type { QuestionTopic } from './types';

describe('questionTopic', () => {
  it.each<[string, QuestionTopic | null]>([
    ['这个米粉几个月的宝宝能吃？', 'age'],
    ['米粉多大宝宝可以吃', 'age'],
    ['奶粉是几段的', 'age'],
    ['How old should the baby be?', 'age'],
    ['鸡蛋多少钱一箱', 'price'],
    // A price question wins over the freshness words around it.
    ['今天的鸡蛋多少钱', 'price'],
    ['鸡蛋是今天的吗', 'shelfLife'],
    // 几个月 after 保质期 is shelf life, not age.
    ['保质期几个月', 'shelfLife'],
    ['米粉还有货吗', 'stock'],
    ['卖完了吗', 'stock'],
    ['什么时候可以自提', 'pickup'],
    ['能送到12栋吗', 'delivery'],
    ['酱油有没有防腐剂', 'ingredients'],
    ['蔬菜箱里有哪些菜', 'ingredients'],
    ['奶粉规格多大', 'size'],
    ['怎么下单', 'howToBuy'],
    ['坏了可以退吗', 'afterSales'],
    ['米粉要用温水冲吗', null],
  ])('%s → %s', (text, topic) => {
    expect(questionTopic(normalizeText(text), false)).toBe(topic);
  });

  it('reads "when?" as pickup or schedule only for a named product', () => {
    expect(questionTopic(normalizeText('插花课是周几'), true)).toBe('pickup');
    expect(questionTopic(normalizeText('主播今天几点下播'), false)).toBeNull();
  });

  it('knows which topics the store answers for everyone', () => {
    expect(
      ['pickup', 'delivery', 'howToBuy', 'afterSales'].every((t) => isStoreWide(t as QuestionTopic)),
    ).toBe(true);
    expect([isStoreWide('age'), isStoreWide('price'), isStoreWide(null)]).toEqual([false, false, false]);
  });
});
