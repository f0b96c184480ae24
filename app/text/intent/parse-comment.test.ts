import { describe, expect, it } from 'vitest';
import { parseComment } from './parse-comment';
import { createProductIndex } from './products';
import type { Intent } from './types';

const products = createProductIndex([
  { link: 1, name: '有机米粉(6月龄+)' },
  { link: 2, name: '散养土鸡蛋30枚' },
  { link: 3, name: '低敏奶粉800g' },
  { link: 4, name: '零添加酱油500ml' },
  { link: 5, name: '有机蔬菜箱' },
  { link: 6, name: '春季亲子插花体验课' },
]);

type Expected = [text: string, intent: Intent, link: number | null, qty: number | null];

const read = (text: string) => {
  const { intent, link, qty } = parseComment(text, products);
  return [text, intent, link, qty];
};

describe('parseComment', () => {
  it.each<Expected>([
    ['+1', 'buy', null, 1],
    ['＋２', 'buy', null, 2],
    ['扣1', 'buy', null, 1],
    ['1', 'buy', null, 1],
    ['米粉加一', 'buy', 1, 1],
    ['再加一盒', 'buy', null, 1],
    ['3号', 'buy', 3, 1],
    ['#3', 'buy', 3, 1],
    ['③', 'buy', 3, 1],
    ['第三个链接', 'buy', 3, 1],
    ['3号宝贝 两罐', 'buy', 3, 2],
    ['3号链接 2罐', 'buy', 3, 2],
    ['1号 3盒', 'buy', 1, 3],
    ['2号要一箱 5栋送货', 'buy', 2, 1],
    ['酱油要5瓶 电话13812345678', 'buy', 4, 5],
    ['鸡蛋一打', 'buy', 2, 12],
    ['酱油来半打', 'buy', 4, 6],
    ['蔬菜箱×2', 'buy', 5, 2],
    ['插花课 两位', 'buy', 6, 2],
    ['我也要', 'buy', null, 1],
    ['鸡蛋还有吗？我要两箱', 'buy', 2, 2],
  ])('orders: %s', (...expected) => {
    expect(read(expected[0])).toEqual(expected);
  });

  it.each<Expected>([
    ['米粉不要了', 'cancel', 1, null],
    ['算了不要', 'cancel', null, null],
    ['改成3盒', 'change', null, 3],
    ['要2箱 不是3箱', 'change', null, 2],
    ['米粉换成奶粉', 'change', 3, null],
    ['米粉不要了 换成奶粉', 'change', 3, null],
    ['改成两盒 算了不要了', 'cancel', null, null],
    ['米粉少要一盒', 'change', 1, null],
    ['地址改成5栋', 'change', null, null],
  ])('taking back and changing: %s', (...expected) => {
    expect(read(expected[0])).toEqual(expected);
  });

  it.each<Expected>([
    ['几个月的宝宝能吃？', 'question', null, null],
    ['一箱鸡蛋多少钱', 'question', 2, null],
    ['要不要冷藏', 'question', null, null],
    ['米粉甜不甜', 'question', 1, null],
    ['12月3号能到吗', 'question', null, null],
    ['5号楼能送吗', 'question', null, null],
    ['上次的鸡蛋碎了两个', 'complaint', 2, null],
    ['怎么还没到', 'complaint', null, null],
    ['已经拍了 怎么还没发货', 'complaint', null, null],
    ['奶粉宝宝喝了不过敏', 'praise', 3, null],
    ['回购了', 'praise', null, null],
    ['主播真好', 'praise', null, null],
    ['主播今天气色真好', 'chat', null, null],
    ['👍👍👍', 'chat', null, null],
    ['33333', 'chat', null, null],
    ['666', 'chat', null, null],
    ['来了来了', 'chat', null, null],
    ['我家也种了蔬菜', 'chat', null, null],
    ['', 'chat', null, null],
  ])('everything else: %s', (...expected) => {
    expect(read(expected[0])).toEqual(expected);
  });

  it('says why, and is less sure of a bare product name than of an order', () => {
    const order = parseComment('1号要两盒', products);
    const named = parseComment('米粉', products);
    expect(order.reasons).toEqual(['buy "要两盒"', 'link 1 from "1号"', 'qty 2']);
    expect(named.confidence).toBeLessThan(order.confidence);
  });

  it('is less sure of a link that is not on the rundown', () => {
    expect(parseComment('9号两盒', products)).toMatchObject({ intent: 'buy', link: 9, qty: 2 });
    expect(parseComment('9号两盒', products).confidence).toBeLessThan(
      parseComment('1号两盒', products).confidence,
    );
  });

  it('reads only the start of a very long comment, quickly', () => {
    const floods = ['1号要两盒' + '哈'.repeat(5000), '👍'.repeat(5000), '1'.repeat(5000), '要'.repeat(5000)];
    const started = Date.now();
    const results = floods.map((text) => parseComment(text, products).intent);
    expect(Date.now() - started).toBeLessThan(200);
    expect(results).toEqual(['buy', 'chat', 'chat', 'buy']);
  });
});
