import { describe, expect, it } from 'vitest';
import { checkCompliance } from '../../text/compliance';
import { finalOrders, parseJielong } from '../jielong/parse';
import { liveProducts, productAt } from './fixtures';
import { draftHandoff, type HandoffInput } from './handoff';

/** 2026-04-19 20:00 in Asia/Shanghai. */
const deadline = Date.UTC(2026, 3, 19, 12);

const input: HandoffInput = {
  sessionTitle: '周五晚上母婴专场',
  products: liveProducts,
  buyIntentsUnconfirmed: [
    { nickname: '李阿姨', link: 1, qty: 2 },
    { nickname: 'Lily', link: 3, qty: 1 },
    // Said twice because the host missed it: still two boxes.
    { nickname: '李阿姨', link: 1, qty: 2 },
    { nickname: 'Lily', link: 1, qty: 2 },
    // Not on the rundown: nothing to post.
    { nickname: '张姐', link: 9, qty: 1 },
  ],
  askedButNotBought: [
    { nickname: '晴天', memberId: 'm-1', questions: ['奶粉是几段的'] },
    { nickname: '陈陈', memberId: null, questions: ['酱油有没有防腐剂'] },
    { nickname: '小王妈妈', memberId: 'm-2', questions: ['什么时候可以自提'] },
    { nickname: '阿强', memberId: 'm-3', questions: ['能送到12栋吗'] },
    { nickname: '小芳', memberId: null, questions: ['主播今天几点下播', '米粉几个月能吃'] },
  ],
  pickupPlace: '阳光花园南门 邻里优选店',
  deadline,
};

describe('draftHandoff 接龙 post', () => {
  it('lists the products with prices and pre-fills the unfinished demand', () => {
    expect(draftHandoff(input).jielongPost.split('\n')).toEqual([
      '#接龙',
      '周五晚上母婴专场 · 直播补单',
      '截单：4月19日 20:00 ｜ 自提：阳光花园南门 邻里优选店',
      '1号 有机米粉(6月龄+) ¥39.90/盒',
      '2号 散养土鸡蛋30枚 ¥45.00/箱',
      '3号 低敏奶粉800g ¥268.00/罐',
      '4号 零添加酱油500ml ¥29.90/瓶',
      '5号 有机蔬菜箱 ¥59.00/箱',
      '6号 春季亲子插花体验课 ¥99.00/位',
      '接龙格式：昵称 商品号×数量，例：1. 李阿姨 1号×2 3号×1',
      '',
      '1. 李阿姨 1号×2',
      '2. Lily 1号×2 3号×1',
      '3. ',
    ]);
  });

  it('is read back by the 接龙 parser with the right names and quantities', () => {
    const products = liveProducts.map((product, index) => ({
      id: product.productId,
      name: product.name,
      aliases: [],
      linkNo: index + 1,
    }));
    const { entries } = parseJielong(draftHandoff(input).jielongPost, { products });
    expect(
      finalOrders(entries).map(({ name, items }) => [
        name,
        items.map((item) => `${item.productId}×${item.qty}`),
      ]),
    ).toEqual([
      ['李阿姨', ['LL-MF-001×2']],
      ['Lily', ['LL-MF-001×2', 'LL-NF-800×1']],
    ]);
  });

  it('numbers a partial rundown from 1 in link order', () => {
    const post = draftHandoff({
      ...input,
      products: [productAt(5), productAt(2)],
      buyIntentsUnconfirmed: [{ nickname: '小李', link: 5, qty: 2 }],
    }).jielongPost;
    expect(post).toContain('1号 散养土鸡蛋30枚 ¥45.00/箱\n2号 有机蔬菜箱 ¥59.00/箱');
    expect(post).toContain('例：1. 李阿姨 1号×2 2号×1');
    expect(post.endsWith('1. 小李 2号×2\n2. ')).toBe(true);
  });

  it('writes English labels for an English-speaking owner', () => {
    const lines = draftHandoff({ ...input, locale: 'en' }).jielongPost.split('\n');
    expect(lines.slice(1, 4)).toEqual([
      '周五晚上母婴专场 · live stream follow-up',
      'Order by: Apr 19 20:00 ｜ Pickup: 阳光花园南门 邻里优选店',
      '#1 有机米粉(6月龄+) CN¥39.90/盒',
    ]);
    expect(lines.slice(-3)).toEqual(['1. 李阿姨 #1×2', '2. Lily #1×2 #3×1', '3. ']);
  });
});

describe('draftHandoff follow-up messages', () => {
  it('writes one message per viewer, with the answer when the facts give it', () => {
    expect(draftHandoff(input).followUp).toEqual([
      {
        memberId: 'm-1',
        nickname: '晴天',
        message:
          '晴天您好，直播里您问到低敏奶粉：低敏奶粉适合0-6月龄（1段）的宝宝。需要的话在群里接龙“3号×数量”，4月19日 20:00截单。',
      },
      {
        memberId: null,
        nickname: '陈陈',
        message:
          '陈陈您好，直播里您问到零添加酱油（“酱油有没有防腐剂”），店主会尽快单独回复您。需要的话在群里接龙“4号×数量”，4月19日 20:00截单。',
      },
      {
        memberId: 'm-2',
        nickname: '小王妈妈',
        message: '小王妈妈您好，直播里您问“什么时候可以自提”：自提时间：明天9:00-20:00 阳光花园南门。',
      },
      {
        memberId: 'm-3',
        nickname: '阿强',
        message: '阿强您好，谢谢来看直播！您问的“能送到12栋吗”，店主会尽快单独回复您。',
      },
      {
        memberId: null,
        nickname: '小芳',
        message:
          '小芳您好，直播里您问到有机米粉：有机米粉适合6月龄+的宝宝。需要的话在群里接龙“1号×数量”，4月19日 20:00截单。',
      },
    ]);
  });

  it('leaves out a risky quote, but keeps a risky-looking nickname', () => {
    const { followUp, checked } = draftHandoff({
      ...input,
      askedButNotBought: [{ nickname: '最靓的仔', memberId: null, questions: ['米粉能治湿疹吗'] }],
    });
    expect(followUp[0]?.message).toBe(
      '最靓的仔您好，直播里您问到有机米粉，店主会尽快单独回复您。需要的话在群里接龙“1号×数量”，4月19日 20:00截单。',
    );
    expect(checked.map(({ text, hits }) => [text, hits.map(({ term }) => term)])).toEqual([
      [null, ['治湿疹']],
    ]);
  });

  it('passes the compliance check everywhere, in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const handoff = draftHandoff({ ...input, locale });
      const texts = [handoff.jielongPost, ...handoff.followUp.map(({ message }) => message)];
      expect(texts.filter((text) => checkCompliance(text).flagged)).toEqual([]);
    }
  });

  it('rewrites a risky product line of the post and reports it', () => {
    const { jielongPost, checked } = draftHandoff({
      ...input,
      products: [productAt(1, { name: '全网最好吃的米粉' })],
      buyIntentsUnconfirmed: [],
      askedButNotBought: [],
    });
    expect(jielongPost).toContain('1号 很好吃的米粉 ¥39.90/盒');
    expect(checked.map(({ original, text }) => [original, text])).toEqual([
      ['1号 全网最好吃的米粉 ¥39.90/盒', '1号 很好吃的米粉 ¥39.90/盒'],
    ]);
  });
});
