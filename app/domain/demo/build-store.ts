import type { WorkbenchDocs } from '../../db/collections';
import type { CampaignDoc } from '../../db/schemas/campaigns';
import type { LiveFeedDoc } from '../../db/schemas/live-feed';
import type { ProductDoc } from '../../db/schemas/products';
import type { StoreEventDoc } from '../../db/schemas/store-events';
import { demoCatalogRows } from './catalog-data';
import type { StoreKey } from '../pickup/store-key';
import { demoOrders, demoStockMoves } from './orders';
import { demoGroups, demoMembers } from './people';
import { seededRandom } from './random';

const day = 86_400_000;
export const demoStoreName = '邻里优选·阳光花园店';
export const demoStoreId = 'sunny-garden';
export const demoSeedVersion = 1;

export type DemoStore = {
  [K in Exclude<keyof WorkbenchDocs, 'settings' | 'courseProgress' | 'activity'>]: WorkbenchDocs[K][];
};

/** Start of the owner's day (Asia/Shanghai, UTC+8, no DST) that contains `now`. */
export function demoAnchor(now: number): number {
  const offset = 8 * 3_600_000;
  return Math.floor((now + offset) / day) * day - offset;
}

function campaigns(anchor: number, products: ProductDoc[]): CampaignDoc[] {
  const item = (sku: string, discount: number, perPersonLimit: number, totalLimit: number) => {
    const product = products.find((candidate) => candidate.sku === sku);
    if (!product) throw new Error(`demo catalogue lacks ${sku}`);
    return { productId: product.id, priceFen: product.priceFen - discount, perPersonLimit, totalLimit };
  };
  return [
    {
      id: 'c-weekend-fresh',
      title: '周末生鲜团 · 土鸡蛋+蔬菜箱',
      status: 'open',
      items: [
        item('LL-EG-030', 500, 2, 80),
        item('LL-SC-BOX', 900, 2, 60),
        item('LL-FR-CH', 500, 3, 100),
        item('LL-MK-950', 200, 4, 0),
        item('LL-BF-500', 800, 2, 40),
      ],
      groupIds: ['g-sunny-1'],
      deadline: anchor + 2 * day + 20 * 3_600_000,
      pickupFrom: anchor + 3 * day + 9 * 3_600_000,
      pickupTo: anchor + 3 * day + 20 * 3_600_000,
      pickupPlace: '阳光花园南门 邻里优选店',
      delivery: true,
      createdAt: anchor - 2 * day,
      updatedAt: anchor - 2 * day,
    },
    {
      id: 'c-baby-weaning',
      title: '宝宝辅食专场 · 安心厨房',
      status: 'done',
      items: [
        item('LL-MF-001', 600, 3, 120),
        item('LL-SN-KD', 300, 4, 0),
        item('LL-SV-LV', 0, 1, 30),
        item('LL-SV-NT', 1000, 1, 20),
      ],
      groupIds: ['g-sunny-baby'],
      deadline: anchor - 16 * day,
      pickupFrom: anchor - 14 * day,
      pickupTo: anchor - 12 * day,
      pickupPlace: '阳光花园南门 邻里优选店',
      delivery: false,
      createdAt: anchor - 21 * day,
      updatedAt: anchor - 12 * day,
    },
  ];
}

function storeEvents(anchor: number, memberIds: string[]): StoreEventDoc[] {
  const signups = (count: number, offset: number, at: number) =>
    memberIds.slice(offset, offset + count).map((memberId, index) => ({
      memberId,
      code: `E${String(offset + index + 101)}`,
      status: index < 14 ? ('signedUp' as const) : ('waitlist' as const),
      at,
    }));
  return [
    {
      id: 'e-flower-spring',
      title: '春季亲子插花体验课',
      startsAt: anchor + 5 * day + 15 * 3_600_000,
      capacity: 16,
      priceFen: 9900,
      place: '店内活动区',
      signups: signups(18, 10, anchor - day),
      createdAt: anchor - 6 * day,
      updatedAt: anchor - day,
    },
    {
      id: 'e-baking-kids',
      title: '亲子烘焙课 · 全麦小面包',
      startsAt: anchor - 9 * day + 14 * 3_600_000,
      capacity: 12,
      priceFen: 8800,
      place: '麦香坊烘焙教室',
      signups: signups(12, 40, anchor - 12 * day),
      createdAt: anchor - 20 * day,
      updatedAt: anchor - 9 * day,
    },
  ];
}

const demoComments = [
  '1号要两盒',
  '+1',
  '鸡蛋来一箱',
  '米粉几个月宝宝能吃？',
  '主播声音好好听',
  '酱油是零添加的吗',
  '2号要一箱 5栋送货',
  '蔬菜箱x2',
  '什么时候能自提',
  '扣1',
  '上次的鸡蛋很新鲜👍',
  '奶粉还有货吗',
];

function live(anchor: number, products: ProductDoc[], random: ReturnType<typeof seededRandom>) {
  const startedAt = anchor - 3 * day + 20 * 3_600_000;
  const rundown = products
    .slice(0, 5)
    .map((product, index) => ({ productId: product.id, plannedMinutes: 6 + index }));
  const session = {
    id: 'l-demo-1',
    title: '周三晚八点 · 宝宝辅食与早餐好物',
    status: 'ended' as const,
    rundown,
    shown: rundown.map((item, index) => ({ productId: item.productId, at: startedAt + index * 7 * 60_000 })),
    startedAt,
    endedAt: startedAt + 42 * 60_000,
    stats: { viewersPeak: 86, comments: 40, droppedFramesPct: 0.2 },
    createdAt: startedAt - day,
    updatedAt: startedAt + 42 * 60_000,
  };
  const feed: LiveFeedDoc[] = Array.from({ length: 40 }, (_, index) => ({
    id: `l-demo-1-c${index + 1}`,
    sessionId: session.id,
    kind: 'comment',
    at: startedAt + index * 60_000 + random.int(0, 50_000),
    platform: 'wechat-channels',
    userId: `u${random.int(1000, 9999)}`,
    nickname: random.pick(['李阿姨', '小王妈妈', 'Lily', '晴天', '豆豆妈', '老周', '阳台花园']),
    text: random.pick(demoComments),
    startMs: 0,
    endMs: 0,
  }));
  return { session, feed };
}

/** The whole demo store, built from a fixed seed: the same anchor always yields the same documents. */
export function buildDemoStore(anchor: number, store: StoreKey): DemoStore {
  const random = seededRandom(20_260_315);
  const updatedAt = anchor - 90 * day;
  const catalog = demoCatalogRows.map(
    ([
      sku,
      name,
      nameEn,
      category,
      kind,
      unit,
      costFen,
      priceFen,
      supplier,
      shelfLifeDays,
      certifications,
      tags,
    ]) => ({
      id: `cat-${sku}`,
      sku,
      name,
      nameEn,
      category,
      kind,
      unit,
      costFen,
      suggestedPriceFen: priceFen,
      supplier,
      shelfLifeDays,
      certifications,
      tags,
      updatedAt,
    }),
  );
  const products: ProductDoc[] = catalog.map((item) => ({
    id: `p-${item.sku}`,
    catalogId: item.id,
    sku: item.sku,
    name: item.name,
    aliases: [],
    kind: item.kind,
    unit: item.unit,
    priceFen: item.suggestedPriceFen,
    costFen: item.costFen,
    lowStockAt: item.kind === 'goods' ? 10 : 0,
    active: true,
    updatedAt,
  }));
  const groups = demoGroups(anchor);
  const members = demoMembers(random, anchor, groups, 200);
  const campaignDocs = campaigns(anchor, products);
  const orders = demoOrders({
    random,
    anchor,
    members,
    products,
    campaigns: campaignDocs,
    total: 300,
    store,
  });
  const { session, feed } = live(anchor, products, random);
  return {
    catalog,
    products,
    groups,
    members,
    campaigns: campaignDocs,
    orders,
    stockMoves: demoStockMoves(random, anchor, products, orders),
    storeEvents: storeEvents(
      anchor,
      members.map((member) => member.id),
    ),
    liveSessions: [session],
    liveFeed: feed,
  };
}
