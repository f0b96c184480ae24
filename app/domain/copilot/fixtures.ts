import type { Intent } from '../../text/intent';
import type { DigestProduct, ParsedComment } from './types';

/**
 * The six products of /work/shared/data/live/products.tsv (link, sku, name, price, unit, stock, kind),
 * with facts as an owner would fill them in. 酱油 and 鸡蛋 have no certification on purpose. Test data only.
 */
const rows: readonly [number, string, string, number, string, number, 'goods' | 'service'][] = [
  [1, 'LL-MF-001', '有机米粉(6月龄+)', 3990, '盒', 120, 'goods'],
  [2, 'LL-EG-030', '散养土鸡蛋30枚', 4500, '箱', 60, 'goods'],
  [3, 'LL-NF-800', '低敏奶粉800g', 26800, '罐', 24, 'goods'],
  [4, 'LL-JY-500', '零添加酱油500ml', 2990, '瓶', 200, 'goods'],
  [5, 'LL-SC-BOX', '有机蔬菜箱', 5900, '箱', 40, 'goods'],
  [6, 'LL-CL-SPR', '春季亲子插花体验课', 9900, '位', 16, 'service'],
];

const pickup = '明天9:00-20:00 阳光花园南门';

const facts: Record<string, DigestProduct['facts']> = {
  'LL-MF-001': { certifications: ['有机产品认证'], shelfLifeDays: 540, pickupWindow: pickup },
  'LL-EG-030': {
    certifications: [],
    shelfLifeDays: 30,
    pickupWindow: pickup,
    delivery: '小区内满2箱送货上门',
  },
  'LL-NF-800': {
    certifications: ['婴幼儿配方乳粉产品配方注册'],
    shelfLifeDays: 720,
    ageRange: '0-6月龄（1段）',
    pickupWindow: pickup,
  },
  'LL-JY-500': { certifications: [], shelfLifeDays: 540, pickupWindow: pickup },
  'LL-SC-BOX': {
    certifications: ['有机产品认证'],
    shelfLifeDays: 3,
    ingredients: '当季蔬菜6-8种',
    pickupWindow: pickup,
  },
  'LL-CL-SPR': { certifications: [], pickupWindow: '周六14:00-16:00 社区活动室' },
};

export const liveProducts: DigestProduct[] = rows.map(
  ([link, sku, name, priceFen, unit, stockLeft, kind]) => ({
    link,
    productId: sku,
    name,
    priceFen,
    stockLeft,
    unit,
    kind,
    facts: facts[sku] ?? { certifications: [] },
  }),
);

export function productAt(link: number, patch: Partial<DigestProduct> = {}): DigestProduct {
  const product = liveProducts.find((candidate) => candidate.link === link);
  if (product === undefined) throw new Error(`No product at link ${link}`);
  return { ...product, ...patch };
}

export const t0 = Date.UTC(2026, 3, 18, 12);
export const second = 1000;
export const minute = 60 * second;

/** [nickname, text, intent, link, qty] as in comments-dev.tsv. */
export type CommentRow = [string, string, Intent, number | null, number | null];

/** Comments `gapMs` apart from `start`, with ids c1, c2… */
export function commentsOf(rows: readonly CommentRow[], start = t0, gapMs = 10 * second): ParsedComment[] {
  return rows.map(([nickname, text, intent, link, qty], index) => ({
    id: `c${index + 1}`,
    nickname,
    text,
    at: start + index * gapMs,
    intent,
    link,
    qty,
  }));
}

/** The labelled comments of /work/shared/data/live/comments-dev.tsv. */
export const devRows: readonly CommentRow[] = [
  ['李阿姨', '1号要两盒', 'buy', 1, 2],
  ['小王妈妈', '+1', 'buy', null, 1],
  ['张姐', '鸡蛋来一箱', 'buy', 2, 1],
  ['阳台花园', '3号链接拍了', 'buy', 3, 1],
  ['老周', '酱油要三瓶 自提', 'buy', 4, 3],
  ['Lily', '+2 米粉', 'buy', 1, 2],
  ['豆豆妈', '我也要一份蔬菜箱', 'buy', 5, 1],
  ['王大爷', '插花课报名 两位', 'buy', 6, 2],
  ['晴天', '扣1', 'buy', null, 1],
  ['陈陈', '鸡蛋帮我留2箱', 'buy', 2, 2],
  ['小芳', '4号来5瓶', 'buy', 4, 5],
  ['Momo', '米粉加一', 'buy', 1, 1],
  ['周末Brunch', '1号 3盒', 'buy', 1, 3],
  ['小李', '蔬菜箱x2', 'buy', 5, 2],
  ['刘阿姨', '2号要一箱 5栋送货', 'buy', 2, 1],
  ['豆豆妈', '米粉不要了 取消', 'cancel', 1, null],
  ['Lily', '改成3盒米粉', 'change', 1, 3],
  ['老周', '酱油改成2瓶吧', 'change', 4, 2],
  ['李阿姨', '这个米粉几个月的宝宝能吃？', 'question', 1, null],
  ['晴天', '奶粉是几段的', 'question', 3, null],
  ['小王妈妈', '什么时候可以自提', 'question', null, null],
  ['阿强', '能送到12栋吗', 'question', null, null],
  ['张姐', '鸡蛋是今天的吗', 'question', 2, null],
  ['陈陈', '酱油有没有防腐剂', 'question', 4, null],
  ['Momo', '插花课是周几', 'question', 6, null],
  ['小芳', '蔬菜箱里有哪些菜', 'question', 5, null],
  ['阳台花园', '上次的鸡蛋碎了两个', 'complaint', 2, null],
  ['王大爷', '昨天的蔬菜有点蔫了', 'complaint', 5, null],
  ['小李', '等了半小时还没取到货', 'complaint', null, null],
  ['阿强', '王叔这个米粉我家宝宝很爱吃', 'praise', 1, null],
  ['晴天', '酱油真的好吃 回购了', 'praise', 4, null],
  ['刘阿姨', '主播今天气色真好', 'chat', null, null],
  ['周末Brunch', '晚上好呀', 'chat', null, null],
  ['小芳', '哈哈哈哈', 'chat', null, null],
  ['Momo', '👍👍👍', 'chat', null, null],
  ['老周', '来了来了', 'chat', null, null],
];
