import { AppError } from '../../../../../app/contract/errors';
import type { WorkbenchDatabase } from '../../../../../app/db/collections';
import type { OrderDoc } from '../../../../../app/db/schemas/orders';
import type { StockMoveDoc } from '../../../../../app/db/schemas/stock-moves';
import { applyOrderAction } from '../../../../../app/domain/orders/lifecycle';
import { buildOrder, checkCampaignLimits } from '../../../../../app/domain/orders/new-order';
import type { OrderAction, PayMethod } from '../../../../../app/domain/orders/order-actions';
import { pickupCodeFor } from '../../../../../app/domain/pickup/numeric-code';
import type { StoreKey } from '../../../../../app/domain/pickup/store-key';
import { orderDayPrefix, ordersToday } from './order-numbers';
import { productsById, stockOf } from './stock-queries';

export interface NewOrderRequest {
  source: OrderDoc['source'];
  member: { id: string; name: string } | null;
  campaignId: string;
  lines: { productId: string; qty: number }[];
  fulfilment: OrderDoc['fulfilment'];
  building: string;
  /** Taken at the counter: the neighbour pays on the spot (or on 挂账 when the QR payment is down). */
  payNow: PayMethod | null;
  by: string;
}

async function freePickupCode(db: WorkbenchDatabase, store: StoreKey, orderId: string): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const code = pickupCodeFor(store, orderId, attempt);
    if (!(await db.orders.findOne({ selector: { pickupCode: code } }).exec())) return code;
  }
  throw new AppError('INTERNAL', 'No free pickup code after 20 attempts');
}

/** Writes an order and then the stock moves its actions produced; move ids are stable, so a retry is harmless. */
async function persist(db: WorkbenchDatabase, moves: StockMoveDoc[]): Promise<void> {
  if (moves.length === 0) return;
  const result = await db.stockMoves.bulkUpsert(moves);
  if (result.error.length > 0)
    throw new AppError('DB_FAILED', 'Stock moves were not all saved', { failed: result.error.length });
}

/**
 * Takes a new order and confirms it (reserving stock, checking campaign limits), paying it at once when
 * the neighbour pays at the counter. Nothing is written unless every rule passes.
 */
export async function createOrder(
  db: WorkbenchDatabase,
  store: StoreKey,
  request: NewOrderRequest,
): Promise<OrderDoc> {
  const at = Date.now();
  const products = await productsById(
    db,
    request.lines.map((line) => line.productId),
  );
  const campaign = request.campaignId
    ? (await db.campaigns.findOne(request.campaignId).exec())?.toMutableJSON()
    : undefined;
  const lines = request.lines.map(({ productId, qty }) => {
    const product = products.get(productId);
    if (!product) throw new AppError('ORDER_INVALID', `Unknown product ${productId}`, { productId });
    return { product, qty };
  });
  const id = crypto.randomUUID();
  const draft = buildOrder({
    id,
    no: `${orderDayPrefix(at)}-${String((await ordersToday(db, at)) + 1).padStart(4, '0')}`,
    source: request.source,
    member: request.member,
    campaign,
    lines,
    fulfilment: request.fulfilment,
    building: request.building,
    pickupCode: await freePickupCode(db, store, id),
    at,
    by: request.by,
  });
  if (campaign) {
    const existing = await db.orders.find({ selector: { campaignId: campaign.id } }).exec();
    checkCampaignLimits(campaign, existing, { memberId: draft.memberId, lines: request.lines });
  }
  const ctx = { at, by: request.by, stock: await stockOf(db, [...products.keys()]), products };
  const confirmed = applyOrderAction(draft, { type: 'confirm' }, ctx);
  const final = request.payNow
    ? applyOrderAction(confirmed.order, { type: 'pay', method: request.payNow }, ctx)
    : confirmed;
  await db.orders.insert(final.order);
  await persist(db, [...confirmed.moves, ...(request.payNow ? final.moves : [])]);
  return final.order;
}

/** A bigger quantity must still fit the campaign's per-person and total limits. */
async function checkLimitsForChange(
  db: WorkbenchDatabase,
  order: OrderDoc,
  action: { productId: string; qty: number },
) {
  const campaign = (await db.campaigns.findOne(order.campaignId).exec())?.toMutableJSON();
  if (!campaign) return;
  const others = (await db.orders.find({ selector: { campaignId: campaign.id } }).exec()).filter(
    (doc) => doc.id !== order.id,
  );
  const lines = order.lines.map((line) => ({
    productId: line.productId,
    qty: line.productId === action.productId ? action.qty : line.qty,
  }));
  checkCampaignLimits(campaign, others, { memberId: order.memberId, lines });
}

/**
 * Applies one owner action to the latest state of an order (never a stale copy) and records the stock it
 * moved. Refusals come back as typed errors with the reason.
 */
export async function applyAction(
  db: WorkbenchDatabase,
  orderId: string,
  action: OrderAction,
  by: string,
): Promise<OrderDoc> {
  const doc = await db.orders.findOne(orderId).exec();
  if (!doc) throw new AppError('ORDER_INVALID', `No order ${orderId}`, { orderId });
  if (action.type === 'changeQty' && doc.campaignId)
    await checkLimitsForChange(db, doc.toMutableJSON(), action);
  const productIds = doc.lines.map((line) => line.productId);
  const ctx = {
    at: Date.now(),
    by,
    stock: await stockOf(db, productIds),
    products: await productsById(db, productIds),
  };
  let moves: StockMoveDoc[] = [];
  const updated = await doc.incrementalModify((current) => {
    const result = applyOrderAction(current, action, ctx);
    moves = result.moves;
    return result.order;
  });
  await persist(db, moves);
  return updated.toMutableJSON();
}
