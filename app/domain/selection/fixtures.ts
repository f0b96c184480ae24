import type { CatalogItemDoc, ProductKind } from '../../db/schemas/catalog';
import type { OrderStatus } from '../../db/schemas/orders';
import type { ProductDoc } from '../../db/schemas/products';
import type { SalesOrder } from './sales-stats';

/** 2025-12-10 (a Wednesday) 20:00 in Shanghai: winter, with November as last month. */
export const now = Date.UTC(2025, 11, 10, 12, 0);
export const hour = 3_600_000;
export const day = 24 * hour;

/** An instant given as a Shanghai wall-clock time. */
export const shanghai = (year: number, month: number, date: number, hours = 12, minutes = 0): number =>
  Date.UTC(year, month - 1, date, hours - 8, minutes);

type Row = [
  sku: string,
  name: string,
  category: string,
  kind: ProductKind,
  unit: string,
  costFen: number,
  priceFen: number,
  certifications: string[],
  tags: string[],
];

/** Part of HQ's 邻里优选 range, as in the demo catalogue. */
const rows: Row[] = [
  [
    'LL-MF-001',
    '有机米粉(6月龄+)',
    '母婴',
    'goods',
    '盒',
    2650,
    3990,
    ['有机认证', '安心厨房'],
    ['有孩家庭', '零添加'],
  ],
  ['LL-EG-030', '散养土鸡蛋30枚', '生鲜', 'goods', '箱', 3200, 4500, ['安心厨房'], ['日常', '老人家庭']],
  ['LL-JY-500', '零添加酱油500ml', '粮油调味', 'goods', '瓶', 1890, 2990, ['零添加'], ['零添加', '日常']],
  ['LL-SC-BOX', '有机蔬菜箱', '生鲜', 'goods', '箱', 3900, 5900, ['有机认证'], ['日常', '健身人群']],
  ['LL-OR-5J', '赣南脐橙5斤', '水果', 'goods', '箱', 2500, 3990, ['地理标志'], ['日常']],
  ['LL-JZ-1K', '新疆灰枣1kg', '滋补', 'goods', '袋', 3100, 4590, [], ['老人家庭']],
  ['LL-OJ-1L', '鲜榨橙汁1L', '饮品', 'goods', '瓶', 1400, 2290, ['零添加'], ['有孩家庭']],
  ['LL-GM-1K', '手工挂面1kg', '粮油调味', 'goods', '袋', 1300, 1990, [], ['日常']],
  ['LL-CAT-2', '全价猫粮2kg', '宠物', 'goods', '袋', 7900, 10900, [], ['宠物主人']],
  [
    'LL-SV-NUT',
    '营养师一对一答疑',
    '服务',
    'service',
    '次',
    3000,
    6900,
    ['安心厨房'],
    ['有孩家庭', '老人家庭'],
  ],
  ['LL-SV-FSK', '辅食直播课', '服务', 'service', '位', 1000, 2900, [], ['有孩家庭']],
];

export const catalog: CatalogItemDoc[] = rows.map(
  ([sku, name, category, kind, unit, costFen, priceFen, certifications, tags]) => ({
    id: `cat-${sku}`,
    sku,
    name,
    nameEn: '',
    category,
    kind,
    unit,
    costFen,
    suggestedPriceFen: priceFen,
    supplier: '',
    shelfLifeDays: 30,
    certifications,
    tags,
    updatedAt: 0,
  }),
);

export function catalogItem(sku: string): CatalogItemDoc {
  const found = catalog.find((entry) => entry.sku === sku);
  if (found === undefined) throw new Error(`No fixture catalogue item ${sku}`);
  return found;
}

/** The store's product made from a catalogue item, at HQ's suggested price unless overridden. */
export function productOf(sku: string, overrides: Partial<ProductDoc> = {}): ProductDoc {
  const item = catalogItem(sku);
  return {
    id: `p-${sku}`,
    catalogId: item.id,
    sku,
    name: item.name,
    aliases: [],
    kind: item.kind,
    unit: item.unit,
    priceFen: item.suggestedPriceFen,
    costFen: item.costFen,
    lowStockAt: 5,
    active: true,
    updatedAt: 0,
    ...overrides,
  };
}

export function order(
  memberId: string,
  createdAt: number,
  lines: [productId: string, qty: number][],
  status: OrderStatus = 'pickedUp',
): SalesOrder {
  return {
    status,
    createdAt,
    memberId,
    lines: lines.map(([productId, qty]) => ({
      productId,
      name: productId,
      unit: '',
      priceFen: 1000,
      qty,
      pickedQty: 0,
    })),
  };
}
