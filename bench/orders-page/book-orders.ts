import type { OrderDoc, OrderEvent, OrderStatus } from '../../app/db/schemas/orders';
import { pathTo } from '../../app/domain/demo/orders';
import { pickupCodeFor } from '../../app/domain/pickup/numeric-code';
import type { StoreKey } from '../../app/domain/pickup/store-key';
import { orderAt, seededRandom, type OrderWorld } from '../lib/order-fixtures';

/**
 * The fixture orders, made fit for the order-book benchmark in two ways: every order carries the real
 * signed 10-digit pickup code the app would give it (the fixtures' 6-digit codes would fail verification),
 * and one campaign is still being picked, because the fixtures settle every order older than three days
 * and a pick list of settled orders is empty.
 */

const day = 86_400_000;
const minute = 60_000;

/** A campaign a day or two before pickup: most orders paid or bagged, a few late payers, a few drop-outs. */
const campaignStatuses: [OrderStatus, number][] = [
  ['draft', 0.03],
  ['confirmed', 0.2],
  ['paid', 0.35],
  ['ready', 0.25],
  ['pickedUp', 0.12],
  ['cancelled', 0.05],
];

function campaignStatus(random: () => number): OrderStatus {
  let roll = random();
  for (const [status, share] of campaignStatuses) {
    if (roll < share) return status;
    roll -= share;
  }
  return 'paid';
}

/** Steps minutes to hours apart, never in the future; shaped like the fixtures' own histories. */
function historyTo(random: () => number, status: OrderStatus, createdAt: number, now: number): OrderEvent[] {
  const steps = pathTo[status];
  let at = createdAt;
  return steps.map((to, index) => {
    at = Math.min(now, at + (index === 0 ? 0 : (5 + Math.floor(random() * 240)) * minute));
    return {
      at,
      by: index === 0 ? 'system' : '店长',
      action: index === 0 ? 'created' : to,
      from: index === 0 ? '' : (steps[index - 1] ?? ''),
      to,
      note: '',
    };
  });
}

/** The same order, placed in the last three days and in a status a running campaign has. */
function openCampaignOrder(order: OrderDoc, random: () => number, now: number): OrderDoc {
  const status = campaignStatus(random);
  const createdAt = now - Math.floor(random() * 3 * day);
  const history = historyTo(random, status, createdAt, now);
  const paid = !['draft', 'confirmed', 'cancelled'].includes(status);
  const shelved = status === 'ready' || status === 'pickedUp';
  return {
    ...order,
    no: `LL${new Date(createdAt).toISOString().slice(2, 10).replace(/-/g, '')}-${order.no.slice(-6)}`,
    lines: order.lines.map((line) => ({ ...line, pickedQty: status === 'pickedUp' ? line.qty : 0 })),
    status,
    payment: paid ? { method: 'wechat', paidAt: history[2]?.at ?? createdAt } : { method: 'none', paidAt: 0 },
    shelfSlot: shelved
      ? `${['A', 'B', 'C'][Math.floor(random() * 3)] ?? 'A'}-${1 + Math.floor(random() * 24)}`
      : '',
    history,
    nps: -1,
    createdAt,
    updatedAt: history[history.length - 1]?.at ?? createdAt,
  };
}

/**
 * A signed code no other order has, retrying with the next attempt as the app's freePickupCode does: with
 * 100k orders a 10-digit clash is rare but possible, and a clash would make findOne answer either order.
 */
function freeCode(store: StoreKey, orderId: string, taken: Set<string>): { code: string; retried: boolean } {
  let attempt = 0;
  let code = pickupCodeFor(store, orderId);
  while (taken.has(code)) code = pickupCodeFor(store, orderId, (attempt += 1));
  taken.add(code);
  return { code, retried: attempt > 0 };
}

export interface BookOrder {
  doc: OrderDoc;
  retried: boolean;
}

export function bookOrderAt(
  world: OrderWorld,
  store: StoreKey,
  index: number,
  openCampaignId: string,
  taken: Set<string>,
): BookOrder {
  let doc = orderAt(world, index);
  if (doc.campaignId === openCampaignId) {
    // A stream of its own, so the fixture order itself stays exactly what orderAt makes of this index.
    const random = seededRandom(
      Math.imul(world.seed ^ 0x0c0ffee, 0x2545f491) ^ Math.imul(index + 1, 0x9e3779b1),
    );
    doc = openCampaignOrder(doc, random, world.now);
  }
  const { code, retried } = freeCode(store, doc.id, taken);
  return { doc: { ...doc, pickupCode: code }, retried };
}
