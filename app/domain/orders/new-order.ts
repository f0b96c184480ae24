import { AppError } from '../../contract/errors';
import type { CampaignDoc } from '../../db/schemas/campaigns';
import type { OrderDoc, OrderLine } from '../../db/schemas/orders';
import type { ProductDoc } from '../../db/schemas/products';
import { isValidLineQty, maxLineQty, maxLines, orderInvalid, orderTotal } from './order-lines';

export interface NewOrderInput {
  id: string;
  no: string;
  source: OrderDoc['source'];
  /** null for a walk-in neighbour who is not a member. */
  member: { id: string; name: string } | null;
  campaign?: Pick<CampaignDoc, 'id' | 'items'>;
  lines: { product: Pick<ProductDoc, 'id' | 'name' | 'unit' | 'priceFen' | 'active'>; qty: number }[];
  fulfilment: OrderDoc['fulfilment'];
  building: string;
  pickupCode: string;
  at: number;
  by: string;
}

/**
 * A new 'draft' order with name, unit and price snapshots (the campaign price where the campaign has the
 * product). The same product typed twice (a 接龙 "+1" after a first line) becomes one line with the
 * quantities added, because stock, pickups and campaign limits all count per product.
 *
 * @throws AppError ORDER_INVALID {orderNo, …} for no lines, a quantity that is not a whole number from 1
 *   to 10000 (also after merging), more than 100 products, or an inactive product.
 */
export function buildOrder(input: NewOrderInput): OrderDoc {
  const order = { no: input.no };
  if (input.lines.length === 0) throw orderInvalid(order, 'An order needs at least one line.');
  const campaignPrices = new Map(input.campaign?.items.map((item) => [item.productId, item.priceFen]));
  const lines = new Map<string, OrderLine>();
  for (const { product, qty } of input.lines) {
    const productId = product.id;
    if (!product.active) throw orderInvalid(order, `Product ${productId} is no longer sold.`, { productId });
    const merged = (lines.get(productId)?.qty ?? 0) + qty;
    for (const value of [qty, merged]) {
      if (!isValidLineQty(value)) {
        throw orderInvalid(order, `A quantity must be a whole number from 1 to ${maxLineQty}.`, {
          productId,
          qty: value,
          min: 1,
          max: maxLineQty,
        });
      }
    }
    lines.set(productId, {
      productId,
      name: product.name,
      unit: product.unit,
      priceFen: campaignPrices.get(productId) ?? product.priceFen,
      qty: merged,
      pickedQty: 0,
    });
  }
  if (lines.size > maxLines) {
    throw orderInvalid(order, `An order holds at most ${maxLines} products.`, {
      lines: lines.size,
      max: maxLines,
    });
  }
  const orderLines = [...lines.values()];
  return {
    id: input.id,
    no: input.no,
    source: input.source,
    memberId: input.member?.id ?? '',
    memberName: input.member?.name ?? '',
    campaignId: input.campaign?.id ?? '',
    lines: orderLines,
    totalFen: orderTotal(orderLines),
    status: 'draft',
    payment: { method: 'none', paidAt: 0 },
    fulfilment: input.fulfilment,
    building: input.building,
    pickupCode: input.pickupCode,
    shelfSlot: '',
    history: [{ at: input.at, by: input.by, action: 'created', from: '', to: 'draft', note: '' }],
    nps: -1,
    createdAt: input.at,
    updatedAt: input.at,
  };
}

/** Drafts are not commitments yet; cancelled and refunded orders gave their share back. */
const countedStatuses: ReadonlySet<OrderDoc['status']> = new Set([
  'confirmed',
  'paid',
  'ready',
  'pickedUp',
  'delivered',
]);

function sumByProduct(
  lines: readonly { productId: string; qty: number }[],
  into = new Map<string, number>(),
) {
  for (const { productId, qty } of lines) into.set(productId, (into.get(productId) ?? 0) + qty);
  return into;
}

/**
 * Checks a candidate order against the campaign's per-person and total limits (0 = no limit).
 * `existing` are the campaign's other orders, without the candidate itself. A walk-in (memberId '')
 * cannot be recognized again, so only the candidate's own quantity counts against the per-person limit.
 *
 * @throws AppError CAMPAIGN_LIMIT {productId, limit, already, requested, scope: 'perPerson' | 'total'}
 *   for the first limit exceeded, per-person before total.
 */
export function checkCampaignLimits(
  campaign: Pick<CampaignDoc, 'items'>,
  existing: readonly Pick<OrderDoc, 'memberId' | 'status' | 'lines'>[],
  candidate: { memberId: string; lines: { productId: string; qty: number }[] },
): void {
  const counted = existing.filter((order) => countedStatuses.has(order.status));
  const total = new Map<string, number>();
  const mine = new Map<string, number>();
  for (const order of counted) {
    sumByProduct(order.lines, total);
    if (candidate.memberId !== '' && order.memberId === candidate.memberId) sumByProduct(order.lines, mine);
  }
  const requestedByProduct = sumByProduct(candidate.lines);
  for (const item of campaign.items) {
    const requested = requestedByProduct.get(item.productId) ?? 0;
    if (requested <= 0) continue;
    const scopes = [
      { scope: 'perPerson', limit: item.perPersonLimit, already: mine.get(item.productId) ?? 0 },
      { scope: 'total', limit: item.totalLimit, already: total.get(item.productId) ?? 0 },
    ] as const;
    for (const { scope, limit, already } of scopes) {
      if (limit > 0 && already + requested > limit) {
        throw new AppError(
          'CAMPAIGN_LIMIT',
          `The campaign allows ${limit} of ${item.productId} (${scope}).`,
          {
            productId: item.productId,
            limit,
            already,
            requested,
            scope,
          },
        );
      }
    }
  }
}
