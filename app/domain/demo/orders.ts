import type { CampaignDoc } from '../../db/schemas/campaigns';
import type { MemberDoc } from '../../db/schemas/members';
import type { OrderDoc, OrderEvent, OrderLine, OrderStatus } from '../../db/schemas/orders';
import type { ProductDoc } from '../../db/schemas/products';
import type { StockMoveDoc } from '../../db/schemas/stock-moves';
import { pickupCodeFor } from '../pickup/numeric-code';
import type { StoreKey } from '../pickup/store-key';
import type { SeededRandom } from './random';

const day = 86_400_000;

/** The transitions an order went through to reach a status, in order. */
export const pathTo: Record<OrderStatus, OrderStatus[]> = {
  draft: ['draft'],
  confirmed: ['draft', 'confirmed'],
  paid: ['draft', 'confirmed', 'paid'],
  ready: ['draft', 'confirmed', 'paid', 'ready'],
  pickedUp: ['draft', 'confirmed', 'paid', 'ready', 'pickedUp'],
  delivered: ['draft', 'confirmed', 'paid', 'ready', 'delivered'],
  cancelled: ['draft', 'confirmed', 'cancelled'],
  refunded: ['draft', 'confirmed', 'paid', 'ready', 'pickedUp', 'refunded'],
};

function finalStatus(random: SeededRandom, ageDays: number): OrderStatus {
  if (ageDays > 3) {
    const roll = random.int(0, 99);
    if (roll < 6) return 'cancelled';
    if (roll < 9) return 'refunded';
    return roll < 25 ? 'delivered' : 'pickedUp';
  }
  return random.pick<OrderStatus>(['confirmed', 'paid', 'ready', 'ready', 'pickedUp', 'draft']);
}

/** The owner's action that led to each status, as the order book records it. */
const actionTo: Record<OrderStatus, string> = {
  draft: 'created',
  confirmed: 'confirm',
  paid: 'pay',
  ready: 'markReady',
  pickedUp: 'pickUp',
  delivered: 'deliver',
  cancelled: 'cancel',
  refunded: 'refund',
};

/** Steps an hour or so apart, never later than `latest` (the demo store's "now"). */
function history(random: SeededRandom, status: OrderStatus, createdAt: number, latest: number): OrderEvent[] {
  const steps = pathTo[status];
  const gap = Math.max(1, Math.floor((latest - createdAt) / steps.length / 60_000));
  let at = createdAt;
  return steps.map((to, index) => {
    at += index === 0 ? 0 : random.int(1, Math.min(gap, 24 * 60)) * 60_000;
    return {
      at,
      by: index === 0 ? 'system' : '店长',
      action: actionTo[to],
      from: index === 0 ? '' : (steps[index - 1] ?? ''),
      to,
      note: to === 'refunded' ? '安心承诺：品质问题' : '',
    };
  });
}

export interface DemoOrdersInput {
  random: SeededRandom;
  anchor: number;
  members: MemberDoc[];
  products: ProductDoc[];
  campaigns: CampaignDoc[];
  total: number;
  /** Demo pickup codes are signed with the store's real key, so the pickup desk verifies them too. */
  store: StoreKey;
}

export function demoOrders({
  random,
  anchor,
  members,
  products,
  campaigns,
  total,
  store,
}: DemoOrdersInput): OrderDoc[] {
  const usedCodes = new Set<string>();
  const orders: OrderDoc[] = [];
  const byId = new Map(products.map((product) => [product.id, product]));
  for (let index = 0; index < total; index += 1) {
    const campaign = random.chance(0.4) ? random.pick(campaigns) : undefined;
    // A campaign's orders fall between its start and its deadline; others spread over two months.
    const window = campaign
      ? { from: campaign.createdAt, to: Math.min(campaign.deadline, anchor) }
      : { from: anchor - (index < 40 ? 2 : 60) * day, to: anchor };
    const createdAt =
      window.from + random.int(0, Math.floor((window.to - window.from) / 60_000) - 90) * 60_000;
    const ageDays = Math.floor((anchor - createdAt) / day);
    const member = random.pick(members);
    const choices = campaign
      ? campaign.items.map((item) => item.productId)
      : products.map((product) => product.id);
    const lineCount = random.int(1, Math.min(3, choices.length));
    const lines: OrderLine[] = [];
    for (let l = 0; l < lineCount; l += 1) {
      const product = byId.get(random.pick(choices));
      if (!product || lines.some((line) => line.productId === product.id)) continue;
      const price =
        campaign?.items.find((item) => item.productId === product.id)?.priceFen ?? product.priceFen;
      lines.push({
        productId: product.id,
        name: product.name,
        unit: product.unit,
        priceFen: price,
        qty: random.int(1, 3),
        pickedQty: 0,
      });
    }
    const status = finalStatus(random, ageDays);
    const done = status === 'pickedUp' || status === 'delivered' || status === 'refunded';
    if (done) for (const line of lines) line.pickedQty = line.qty;
    const events = history(random, status, createdAt, anchor - 60_000);
    const total = lines.reduce((sum, line) => sum + line.priceFen * line.qty, 0);
    const id = `o-${String(index + 1).padStart(5, '0')}`;
    let attempt = 0;
    let code = pickupCodeFor(store, id);
    while (usedCodes.has(code)) code = pickupCodeFor(store, id, (attempt += 1));
    usedCodes.add(code);
    const paid = !['draft', 'confirmed', 'cancelled'].includes(status);
    const delivery = status === 'delivered' || (campaign?.delivery === true && random.chance(0.3));
    orders.push({
      id,
      no: `LL${new Date(createdAt).toISOString().slice(2, 10).replace(/-/g, '')}-${String(index + 1).padStart(4, '0')}`,
      source: campaign ? 'jielong' : random.pick(['walkin', 'walkin', 'live', 'import'] as const),
      memberId: member.id,
      memberName: member.nicknames[0] ?? member.name,
      campaignId: campaign?.id ?? '',
      lines,
      totalFen: total,
      status,
      payment: paid
        ? {
            method: random.pick(['wechat', 'wechat', 'alipay', 'cash', 'iou'] as const),
            paidAt: events[2]?.at ?? createdAt,
          }
        : { method: 'none', paidAt: 0 },
      fulfilment: delivery ? 'delivery' : 'pickup',
      building: delivery ? member.address.building : '',
      pickupCode: code,
      shelfSlot: ['ready', 'pickedUp', 'refunded'].includes(status)
        ? `${random.pick(['A', 'B', 'C'])}-${random.int(1, 24)}`
        : '',
      history: events,
      nps: done && random.chance(0.5) ? random.pick([10, 10, 9, 9, 9, 8, 8, 7, 6, 10, 9, 3]) : -1,
      ...(status === 'refunded'
        ? {
            refund: {
              reason: 'quality' as const,
              note: '',
              amountFen: total,
              restocked: true,
              at: events.at(-1)?.at ?? createdAt,
              by: '店长',
            },
          }
        : {}),
      createdAt,
      updatedAt: events[events.length - 1]?.at ?? createdAt,
    });
  }
  return orders;
}

/** Stock moves consistent with the orders: a delivery per product, then reservations and sales. */
export function demoStockMoves(
  random: SeededRandom,
  anchor: number,
  products: ProductDoc[],
  orders: OrderDoc[],
): StockMoveDoc[] {
  const moves: StockMoveDoc[] = [];
  const goods = new Set(products.filter((product) => product.kind === 'goods').map((product) => product.id));
  for (const product of products) {
    if (!goods.has(product.id)) continue;
    moves.push({
      id: `sm-recv-${product.id}`,
      productId: product.id,
      kind: 'receive',
      qty: random.int(60, 240),
      reason: '总部配送入库',
      orderId: '',
      at: anchor - 61 * day,
      by: '店长',
    });
  }
  for (const order of orders) {
    order.lines.forEach((line, index) => {
      if (!goods.has(line.productId) || order.status === 'draft' || order.status === 'cancelled') return;
      const sold = ['pickedUp', 'delivered', 'refunded'].includes(order.status);
      const base = { productId: line.productId, orderId: order.id, at: order.updatedAt, by: '店长' };
      moves.push({
        ...base,
        id: `sm-${order.id}-${index}`,
        kind: sold ? 'sale' : 'reserve',
        qty: -line.qty,
        reason: '',
      });
      if (order.status === 'refunded') {
        moves.push({
          ...base,
          id: `sm-${order.id}-${index}-ret`,
          kind: 'return',
          qty: line.qty,
          reason: '安心承诺退款，退回库存',
        });
      }
    });
  }
  return moves;
}
