import { AppError } from '../../contract/errors';
import type { OrderDoc, OrderStatus } from '../../db/schemas/orders';
import type { StockMoveKind } from '../../db/schemas/stock-moves';
import type { NewStockMove, OrderActionContext } from './order-actions';

/** A stock move before it is tied to an order event. */
export interface MoveDraft {
  productId: string;
  kind: StockMoveKind;
  qty: number;
  reason: string;
}

/** What one action does: the status it leads to, the fields it changes, and the stock it moves. */
export interface OrderStep {
  to: OrderStatus;
  note: string;
  changes: Partial<Pick<OrderDoc, 'lines' | 'totalFen' | 'payment' | 'shelfSlot' | 'refund'>>;
  moves: MoveDraft[];
}

export const refundLossReason = '安心承诺退款，未回库';
export const refundReturnReason = '安心承诺退款，退回库存';

/**
 * Only goods hold stock. Services and bundles have none of their own (a bundle's parts are not reserved
 * yet); a product the context does not know counts as goods, so stock is never skipped by omission.
 */
function isGoods(productId: string, ctx: OrderActionContext): boolean {
  const kind = ctx.products?.get(productId)?.kind;
  return kind === undefined || kind === 'goods';
}

/**
 * Refuses when a goods product needs more than is available. Without a stock map nothing is checked,
 * so an order can be taken before the delivery it waits for has been received.
 *
 * @throws AppError STOCK_INSUFFICIENT with {productId, available, requested} of the first short product.
 */
export function assertAvailable(
  wanted: readonly { productId: string; qty: number }[],
  ctx: OrderActionContext,
): void {
  const { stock } = ctx;
  if (!stock) return;
  for (const { productId, qty } of wanted) {
    const available = stock.get(productId) ?? 0;
    if (isGoods(productId, ctx) && available < qty) {
      throw new AppError('STOCK_INSUFFICIENT', `Only ${available} of product ${productId} available.`, {
        productId,
        available,
        requested: qty,
      });
    }
  }
}

/**
 * Turns drafts into moves of the event about to be appended; services and zero quantities write nothing.
 * An order holds each product on one line and an action moves each product at most once per kind, so
 * the id `${order}:${event}:${product}:${kind}` is unique and the same write replayed is the same write.
 */
export function toStockMoves(
  order: OrderDoc,
  drafts: readonly MoveDraft[],
  ctx: OrderActionContext,
): NewStockMove[] {
  const event = order.history.length;
  return drafts
    .filter((draft) => draft.qty !== 0 && isGoods(draft.productId, ctx))
    .map((draft) => ({
      id: `${order.id}:${event}:${draft.productId}:${draft.kind}`,
      productId: draft.productId,
      kind: draft.kind,
      qty: draft.qty,
      reason: draft.reason,
      orderId: order.id,
      at: ctx.at,
      by: ctx.by,
    }));
}
