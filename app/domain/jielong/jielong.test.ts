import { describe, expect, it } from 'vitest';
import { shelfById, simulatedChat, weekendCampaign } from './fixtures';
import { finalOrders, parseJielong } from './parse';
import { jielongCatalog, jielongPost } from './post';
import type { JielongParse } from './types';

const products = jielongCatalog(weekendCampaign, shelfById);
const ctx = { products };

/** A parse in a form a table can state: who, what kind, and productId×qty. */
function summary(result: JielongParse) {
  return [
    ...result.entries.map((entry) => ({
      name: entry.name,
      kind: entry.kind,
      items: entry.items.map((item) => `${item.productId}×${item.qty}`),
    })),
    ...result.unmatched.map(({ reason, candidates }) => (candidates ? { reason, candidates } : { reason })),
  ];
}

const order = (name: string, ...items: string[]) => ({ name, kind: 'order', items });
const withdraw = (name: string, ...items: string[]) => ({ name, kind: 'withdraw', items });

describe('reading one 接龙 line', () => {
  it.each<[string, object]>([
    ['1. 李阿姨 米粉×2', order('李阿姨', 'rice×2')],
    ['2. 小王妈妈 1号2份 3号一份', order('小王妈妈', 'egg×2', 'orange×1')],
    ['3. Lily 鸡蛋 x1 +酱油两瓶', order('Lily', 'egg×1', 'soy×2')],
    ['4. 张姐 #2×1', order('张姐', 'veg×1')],
    ['5. 老陈 ①×3', order('老陈', 'egg×3')],
    ['6. 🌸王阿姨🌸 蔬菜箱X2 👍', order('🌸王阿姨🌸', 'veg×2')],
    ['７．赵姐 ２号×２', order('赵姐', 'veg×2')],
    ['8. 刘奶奶 牛奶十二瓶', order('刘奶奶', 'milk×12')],
    ['9. 孙叔 脐橙廿箱', order('孙叔', 'orange×20')],
    ['10、周周 鸡蛋*2', order('周周', 'egg×2')],
    ['11) Amy eggs x2 milk x1', order('Amy', 'egg×2', 'milk×1')],
    ['12. Lily Chen 土鸡蛋 2', order('Lily Chen', 'egg×2')],
    ['13. 李阿姨米粉×2', order('李阿姨', 'rice×2')],
    ['14. 鸡蛋妈妈 鸡蛋×2', order('鸡蛋妈妈', 'egg×2')],
    ['15. 阿花 两盒鸡蛋 一瓶酱油', order('阿花', 'egg×2', 'soy×1')],
    ['16. 小明 1号鸡蛋2箱', order('小明', 'egg×2')],
    ['17. 王姐(5栋) 2号×1 5号×2', order('王姐(5栋)', 'veg×1', 'beef×2')],
    ['18. 陈阿姨 鸡蛋 酱油 各2', order('陈阿姨', 'egg×2', 'soy×2')],
    ['19. 小李 一号×2 三号×1', order('小李', 'egg×2', 'orange×1')],
    ['20. 何姐：蔬菜箱 1', order('何姐', 'veg×1')],
    ['21. 张三 丹东草莓250g×1', order('张三', 'straw250×1')],
    ['22. 王五 牛腱子×1', order('王五', 'beef×1')],
    ['23. 钱姐 鸡蛋', order('钱姐', 'egg×1')],
    ['24. 周姐 1号×2 1号×1', order('周姐', 'egg×3')],
    ['25. 小芳 鸡蛋两箱[玫瑰]', order('小芳', 'egg×2')],
    ['26. 晨晨 1号 × 2', order('晨晨', 'egg×2')],
    ['27. 王姐 2号楼 鸡蛋×1', order('王姐 2号楼', 'egg×1')],
    ['28. 小雨❤️ 9号×1，6号×2', order('小雨❤️', 'rice×1', 'soy×2')],
    ['1️⃣ 冬冬 4号×1', order('冬冬', 'milk×1')],
    ['29. 王姐 1号×2 18:00', order('王姐', 'egg×2')],
    ['李阿姨 1号×2', order('李阿姨', 'egg×2')],
    ['3. 李阿姨 不要了', withdraw('李阿姨')],
    ['3. 李阿姨 取消', withdraw('李阿姨')],
    ['3. 李阿姨撤回', withdraw('李阿姨')],
    ['5. 王阿姨 删除', withdraw('王阿姨')],
    ['5. 王阿姨 鸡蛋不要了', withdraw('王阿姨', 'egg×0')],
    ['5. Lily cancel', withdraw('Lily')],
    ['李阿姨 不要了', { reason: 'noise' }],
    ['那就算了', { reason: 'noise' }],
    ['撤回', { reason: 'noName' }],
    ['[图片]', { reason: 'noise' }],
    ['好的', { reason: 'noise' }],
    ['李阿姨 14:02', { reason: 'noise' }],
    ['昨天 14:02', { reason: 'noise' }],
    ['张姐撤回了一条消息', { reason: 'noise' }],
    ['#接龙', { reason: 'noise' }],
    ['1号 散养土鸡蛋30枚 ¥40.00/箱（每人限2）', { reason: 'noise' }],
    [
      '截单：11月27日 20:00 ｜ 自提：11月28日 9:00-20:00 阳光花园南门 邻里优选店 ｜ 可送货',
      { reason: 'noise' },
    ],
    ['接龙格式：昵称 商品号×数量，例：1. 李阿姨 1号×2 3号×1', { reason: 'noise' }],
    ['1. ', { reason: 'noise' }],
    ['今天的鸡蛋好新鲜啊', { reason: 'noise' }],
    ['hello world, just some English chatter', { reason: 'noise' }],
    ['6. 王阿姨 草莓×2', { reason: 'noProduct', candidates: ['straw250', 'straw500'] }],
    ['7. 老王 榴莲×2', { reason: 'noProduct' }],
    ['8. 小王 12号×1', { reason: 'noProduct' }],
    ['9. 小张', { reason: 'noProduct' }],
    ['10. 小美 鸡蛋×0', { reason: 'noProduct' }],
    ['11. 1号×2', { reason: 'noName' }],
    ['我不要了', { reason: 'noName' }],
  ])('%j', (line, expected) => expect(summary(parseJielong(line, ctx))).toEqual([expected]));

  it.each<[string, number]>([
    ['1. 李阿姨 1号×2', 1],
    ['1. 李阿姨 鸡蛋×2', 0.95],
    ['1. 李阿姨 1号两箱', 0.9],
    ['1. 李阿姨 牛腱子×1', 0.75],
    ['1. 李阿姨 鸡蛋', 0.81],
    ['1. 李阿姨 1号×2 榴莲×1', 0.6],
  ])('%j is read with confidence %d, which its least sure item carries', (line, confidence) => {
    const [entry] = parseJielong(line, ctx).entries;
    expect(entry?.confidence).toBe(confidence);
    expect(Math.min(...(entry?.items ?? []).map((item) => item.confidence))).toBe(confidence);
  });
});

describe('reading a whole chat', () => {
  const kinds = (text: string) => parseJielong(text, ctx).entries.map((entry) => [entry.name, entry.kind]);
  const final = (text: string) =>
    finalOrders(parseJielong(text, ctx).entries).map((o) => [
      o.name,
      o.items.map((i) => `${i.productId}×${i.qty}`),
      o.lines,
    ]);

  it('counts a line repeated in copies of the list once, whatever its number', () => {
    const copy = (first: number) => [`${first}. 李阿姨 1号×2`, `${first + 1}. 王姐 2号×1`].join('\n');
    const result = parseJielong([copy(1), copy(1), '', copy(3)].join('\n'), ctx);
    expect(result.stats).toEqual({ lines: 6, entries: 2, duplicates: 4, unmatched: 0, names: 2 });
  });

  it('takes a later different line from the same name as an edit that replaces the order', () => {
    const text = ['1. 李阿姨 1号×2 3号×1', '1. 李阿姨 1号×3', '2. 王姐 2号×1'].join('\n');
    expect(kinds(text)).toEqual([
      ['李阿姨', 'order'],
      ['李阿姨', 'edit'],
      ['王姐', 'order'],
    ]);
    expect(final(text)).toEqual([
      ['李阿姨', ['egg×3'], [1, 2]],
      ['王姐', ['veg×1'], [3]],
    ]);
  });

  it('does not let a stale copy undo an edit or a withdrawal', () => {
    const text = [
      '1. 李阿姨 1号×2',
      '1. 李阿姨 1号×3',
      '1. 李阿姨 1号×2',
      '2. 王姐 2号×1',
      '王姐 不要了',
      '2. 王姐 2号×1',
    ];
    expect(final(text.join('\n'))).toEqual([['李阿姨', ['egg×3'], [1, 2]]]);
  });

  it('starts a new order after a withdrawal, and drops only the products a partial withdrawal names', () => {
    const text = [
      '1. 李阿姨 1号×2',
      '李阿姨 不要了',
      '1. 李阿姨 2号×1',
      '2. 王姐 1号×1 6号×2',
      '王姐 酱油不要了',
    ];
    expect(kinds(text.join('\n'))).toEqual([
      ['李阿姨', 'order'],
      ['李阿姨', 'withdraw'],
      ['李阿姨', 'order'],
      ['王姐', 'order'],
      ['王姐', 'withdraw'],
    ]);
    expect(final(text.join('\n'))).toEqual([
      ['李阿姨', ['veg×1'], [3]],
      ['王姐', ['egg×1'], [4, 5]],
    ]);
  });

  it('takes an unnumbered withdrawal only from someone who has an order', () => {
    const text = ['1. 李阿姨 1号×2', '李阿姨 不要了', '王姐 不要了'].join('\n');
    expect(kinds(text)).toEqual([
      ['李阿姨', 'order'],
      ['李阿姨', 'withdraw'],
    ]);
  });

  it('gives a nameless line to the speaker WeChat printed above it, a little less surely', () => {
    const result = parseJielong(['王姐 14:02', '我要两箱鸡蛋', '王姐 14:05', '我不要了'].join('\n'), ctx);
    expect(result.entries.map((e) => [e.name, e.kind, e.confidence])).toEqual([
      ['王姐', 'order', 0.77],
      ['王姐', 'withdraw', 0.9],
    ]);
  });

  it('keeps the doubt about a line in the final order built from it', () => {
    const result = parseJielong(['1. 张三 鸡蛋×2 榴莲×1', '王姐 14:02', '我要两箱鸡蛋'].join('\n'), ctx);
    expect(finalOrders(result.entries).map((o) => [o.name, o.items])).toEqual([
      ['张三', [{ productId: 'egg', qty: 2, confidence: 0.6 }]],
      ['王姐', [{ productId: 'egg', qty: 2, confidence: 0.77 }]],
    ]);
  });

  it('reads a single-product 接龙 where people write only a quantity or only their name', () => {
    const single = { products: [{ id: 'egg', name: '散养土鸡蛋30枚', aliases: ['鸡蛋'], linkNo: 1 }] };
    const result = parseJielong(['1. 李阿姨 2份', '2. 王姐', '3. 张三 +1', '4. 赵四 🙏'].join('\n'), single);
    expect(result.entries.map((e) => [e.name, e.items[0]?.qty, e.confidence])).toEqual([
      ['李阿姨', 2, 0.8],
      ['王姐', 1, 0.6],
      ['张三', 1, 0.8],
      ['赵四', 1, 0.6],
    ]);
  });

  it('handles Windows and old Mac line ends', () => {
    expect(parseJielong('1. 李阿姨 1号×2\r\n2. 王姐 2号×1\r3. 张三 3号×1', ctx).stats.entries).toBe(3);
  });

  it('never throws on garbage and reports it as unmatched', () => {
    const garbage = [
      'x'.repeat(5000),
      '鸡蛋'.repeat(2500),
      Array.from({ length: 200 }, (_, i) => String.fromCharCode(0x21 + ((i * 37) % 90))).join(''),
      'The quick brown fox jumps over the lazy dog 42 times',
      '\u0000\u0001\u0002 \uFFFF \uD800',
      '1'.repeat(300) + '号',
      `${'1. '.repeat(90)}`,
      '   ',
    ].join('\n');
    const result = parseJielong(garbage, ctx);
    expect(result.entries).toEqual([]);
    expect(result.stats.lines).toBe(7);
    expect(result.unmatched.length).toBeGreaterThan(0);
  });
});

describe('round trip: post, neighbours extend it, parse', () => {
  it.each(['zh-CN', 'en'])('recovers the orders from a %s post', (locale) => {
    const post = jielongPost(weekendCampaign, shelfById, { storeName: '邻里优选店', locale });
    const slot = post.slice(0, -'1. '.length);
    const link = locale === 'en' ? (n: number) => `#${n}` : (n: number) => `${n}号`;
    const lines = ['李阿姨 1号×2', `小王妈妈 ${link(2)}×1 ${link(9)}×2`, 'Lily 酱油两瓶', '🌸张姐🌸 ③×3'];
    const copies = lines.map(
      (_, n) =>
        slot +
        lines
          .slice(0, n + 1)
          .map((l, i) => `${i + 1}. ${l}`)
          .join('\n'),
    );
    const result = parseJielong(copies.join('\n好的\n'), {
      products: jielongCatalog(weekendCampaign, shelfById),
    });
    expect(result.unmatched.every((line) => line.reason === 'noise')).toBe(true);
    expect(
      finalOrders(result.entries).map((o) => [o.name, o.items.map((i) => `${i.productId}×${i.qty}`)]),
    ).toEqual([
      ['李阿姨', ['egg×2']],
      ['小王妈妈', ['veg×1', 'rice×2']],
      ['Lily', ['soy×2']],
      ['🌸张姐🌸', ['orange×3']],
    ]);
  });
});

describe('a 2,000-line paste', () => {
  it('counts every neighbour once, with edits and withdrawals applied', () => {
    const post = jielongPost(weekendCampaign, shelfById, { storeName: '邻里优选店' });
    const chat = simulatedChat(
      post,
      2000,
      products.map((product) => product.id),
    );
    const result = parseJielong(chat.text, ctx);
    expect(result.stats.lines).toBe(2000 - chat.text.split('\n').filter((line) => line.trim() === '').length);
    expect(result.stats.entries).toBe(chat.events);
    expect(result.unmatched.filter((line) => line.reason !== 'noise')).toEqual([]);
    const orders = finalOrders(result.entries);
    expect(
      new Map(orders.map((o) => [o.name, o.items.map((i) => `${i.productId}×${i.qty}`).sort()])),
    ).toEqual(chat.expected);
    expect(orders.length).toBe(chat.expected.size);
    expect(chat.expected.size).toBeGreaterThan(40);
  });
});
