import type { OrderDoc, OrderEvent, OrderLine, OrderStatus } from '../../app/db/schemas/orders';
import { pathTo } from '../../app/domain/demo/orders';

/**
 * Deterministic, schema-valid orders for the database benchmark. Every order is a pure function of
 * (seed, now, index), so the bench page can build the same 100k orders twice (once for RxDB, once for raw
 * Dexie) without holding them all in memory, and the driver-side samples need no lookup table.
 */

const day = 86_400_000;
const minute = 60_000;

export interface FixtureSizes {
  orders: number;
  members: number;
  /** The first `regulars` members place a fifth of all orders, as a store's regulars do. */
  regulars: number;
  campaigns: number;
}

export const benchSizes: FixtureSizes = { orders: 100_000, members: 2000, regulars: 200, campaigns: 10 };

/** Receives a tenth of all orders (~10k of 100k): the campaign the roll-up benchmark sums. */
export const bigCampaignId = 'cmp-01';

interface Product {
  id: string;
  name: string;
  unit: string;
  priceFen: number;
}

interface Member {
  id: string;
  name: string;
  building: string;
}

export interface OrderWorld {
  seed: number;
  now: number;
  sizes: FixtureSizes;
  products: Product[];
  members: Member[];
  campaignIds: string[];
}

/** mulberry32: tiny, fast and good enough to make data look varied. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function intIn(random: () => number, from: number, to: number): number {
  return from + Math.floor(random() * (to - from + 1));
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const productNames =
  '土鸡蛋 有机菠菜 西红柿 黄瓜 土豆 胡萝卜 大白菜 生菜 香菇 金针菇 五花肉 排骨 鸡翅 牛腩 鲈鱼 基围虾 ' +
  '豆腐 豆浆 鲜牛奶 酸奶 面包 馒头 饺子 汤圆 大米 面粉 花生油 酱油 香醋 苹果 香蕉 橙子 葡萄 ' +
  '西瓜 草莓 芒果 猕猴桃 蔬菜箱 水果箱 纸巾';
const units = ['斤', '盒', '袋', '份', '箱', '瓶'] as const;
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'.split('');
const givenNames = '芳 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀英 桂英 建华 文 华'.split(' ');

export function createOrderWorld(seed: number, now: number, sizes: FixtureSizes = benchSizes): OrderWorld {
  // 6-digit pickup codes come from a permutation of 900k values; beyond that they would repeat.
  if (sizes.orders > 900_000) throw new Error('at most 900000 orders have unique 6-digit pickup codes');
  const random = seededRandom(seed);
  const products = productNames.split(' ').map((name, index) => ({
    id: `p-${String(index + 1).padStart(3, '0')}`,
    name,
    unit: pick(random, units),
    priceFen: intIn(random, 3, 120) * 50,
  }));
  const members = Array.from({ length: sizes.members }, (_, index) => ({
    id: `m-${String(index + 1).padStart(5, '0')}`,
    name: `${pick(random, surnames)}${pick(random, givenNames)}${index % 7 === 0 ? '妈妈' : ''}`,
    building: `${intIn(random, 1, 24)}号楼${intIn(random, 1, 4)}单元`,
  }));
  const campaignIds = Array.from(
    { length: sizes.campaigns },
    (_, index) => `cmp-${String(index + 1).padStart(2, '0')}`,
  );
  return { seed, now, sizes, products, members, campaignIds };
}

/** Multiplying by a prime coprime to 900000 permutes 0..899999, so codes are unique yet look random. */
export function pickupCodeAt(index: number): string {
  return String(100_000 + ((index * 524_287 + 8191) % 900_000));
}

/** Which member placed order `index`; the driver samples members through the world instead. */
function memberFor(world: OrderWorld, random: () => number): Member {
  const pool = random() < 0.2 ? world.members.slice(0, world.sizes.regulars) : world.members;
  return pick(random, pool);
}

function campaignFor(world: OrderWorld, random: () => number): string {
  const roll = random();
  if (roll < 0.1) return bigCampaignId;
  if (roll < 0.7)
    return pick(
      random,
      world.campaignIds.filter((id) => id !== bigCampaignId),
    );
  return '';
}

/** Each campaign sells six products; everyday orders draw from the whole catalogue. */
function productsFor(world: OrderWorld, campaignId: string): Product[] {
  if (!campaignId) return world.products;
  const offset = Number(campaignId.slice(4)) * 4;
  return Array.from({ length: 6 }, (_, j) => world.products[(offset + j) % world.products.length]).filter(
    (product): product is Product => product !== undefined,
  );
}

/** Old orders are settled; only the last few days still have open ones. */
function statusFor(random: () => number, ageMs: number): OrderStatus {
  if (ageMs > 3 * day) {
    const roll = random();
    if (roll < 0.06) return 'cancelled';
    if (roll < 0.09) return 'refunded';
    return roll < 0.25 ? 'delivered' : 'pickedUp';
  }
  return pick<OrderStatus>(random, ['confirmed', 'paid', 'ready', 'ready', 'pickedUp', 'draft']);
}

function historyFor(random: () => number, status: OrderStatus, createdAt: number, now: number): OrderEvent[] {
  const steps = pathTo[status];
  let at = createdAt;
  return steps.map((to, index) => {
    // Transitions never lie in the future, even for orders placed minutes ago.
    at = Math.min(now, at + (index === 0 ? 0 : intIn(random, 5, 24 * 60) * minute));
    return {
      at,
      by: index === 0 ? 'system' : '店长',
      action: index === 0 ? 'created' : to,
      from: index === 0 ? '' : (steps[index - 1] ?? ''),
      to,
      note: to === 'refunded' ? '安心承诺：品质问题' : '',
    };
  });
}

function linesFor(random: () => number, choices: Product[]): OrderLine[] {
  const lines: OrderLine[] = [];
  const wanted = intIn(random, 1, 3);
  for (let attempt = 0; attempt < wanted; attempt += 1) {
    const product = pick(random, choices);
    if (lines.some((line) => line.productId === product.id)) continue;
    lines.push({
      productId: product.id,
      name: product.name,
      unit: product.unit,
      priceFen: product.priceFen,
      qty: intIn(random, 1, 3),
      pickedQty: 0,
    });
  }
  return lines;
}

export function orderAt(world: OrderWorld, index: number): OrderDoc {
  // A per-order stream keeps orders independent of each other and of generation order.
  const random = seededRandom(
    Math.imul(world.seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35),
  );
  const createdAt = world.now - Math.floor(random() * 365 * day);
  const member = memberFor(world, random);
  const campaignId = campaignFor(world, random);
  const lines = linesFor(random, productsFor(world, campaignId));
  const status = statusFor(random, world.now - createdAt);
  const done = status === 'pickedUp' || status === 'delivered' || status === 'refunded';
  if (done) for (const line of lines) line.pickedQty = line.qty;
  const history = historyFor(random, status, createdAt, world.now);
  const paid = !['draft', 'confirmed', 'cancelled'].includes(status);
  const delivery = status === 'delivered' || (campaignId !== '' && random() < 0.1);
  const serial = String(index + 1).padStart(6, '0');
  return {
    id: `o-${serial}`,
    no: `LL${new Date(createdAt).toISOString().slice(2, 10).replace(/-/g, '')}-${serial}`,
    source: campaignId ? 'jielong' : pick(random, ['walkin', 'walkin', 'live', 'import'] as const),
    memberId: member.id,
    memberName: member.name,
    campaignId,
    lines,
    totalFen: lines.reduce((sum, line) => sum + line.priceFen * line.qty, 0),
    status,
    payment: paid
      ? {
          method: pick(random, ['wechat', 'wechat', 'alipay', 'cash', 'iou'] as const),
          paidAt: history[2]?.at ?? createdAt,
        }
      : { method: 'none', paidAt: 0 },
    fulfilment: delivery ? 'delivery' : 'pickup',
    building: delivery ? member.building : '',
    pickupCode: pickupCodeAt(index),
    shelfSlot: ['ready', 'pickedUp', 'refunded'].includes(status)
      ? `${pick(random, ['A', 'B', 'C'])}-${intIn(random, 1, 24)}`
      : '',
    history,
    nps: done && random() < 0.5 ? pick(random, [10, 10, 9, 9, 9, 8, 8, 7, 6, 10, 9, 3]) : -1,
    createdAt,
    updatedAt: history[history.length - 1]?.at ?? createdAt,
  };
}

/** `count` distinct integers from [0, size), in random order (a partial Fisher–Yates shuffle). */
export function sampleDistinct(random: () => number, count: number, size: number): number[] {
  if (count > size) throw new Error(`cannot draw ${count} distinct values from ${size}`);
  const swapped = new Map<number, number>();
  const drawn: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const j = i + Math.floor(random() * (size - i));
    drawn.push(swapped.get(j) ?? j);
    swapped.set(j, swapped.get(i) ?? i);
  }
  return drawn;
}
