import type { OrderDoc, OrderEvent } from '../../db/schemas/orders';
import { cancelStep, changeQtyStep, confirmStep, markReadyStep, payStep, refundStep } from './book-steps';
import type { OrderAction, OrderActionContext, OrderActionResult } from './order-actions';
import { clipNote, maxHistory, orderInvalid } from './order-lines';
import { toStockMoves, type OrderStep } from './order-step';
import { deliverStep, pickUpStep, undoPickUpStep } from './pickup-steps';
import { assertAllowed } from './transitions';

function assertWellFormed(order: OrderDoc): void {
  const products = new Set(order.lines.map((line) => line.productId));
  if (products.size !== order.lines.length) {
    throw orderInvalid(order, `Order ${order.no} lists a product on more than one line.`);
  }
  if (order.history.length >= maxHistory) {
    throw orderInvalid(order, `Order ${order.no} has reached ${maxHistory} history entries.`, {
      max: maxHistory,
    });
  }
}

function stepFor(order: OrderDoc, action: OrderAction, ctx: OrderActionContext): OrderStep {
  switch (action.type) {
    case 'confirm':
      return confirmStep(order, ctx);
    case 'pay':
      return payStep(action, ctx);
    case 'markReady':
      return markReadyStep(order, action);
    case 'pickUp':
      return pickUpStep(order, action.lines);
    case 'deliver':
      return deliverStep(order);
    case 'cancel':
      return cancelStep(order, action);
    case 'refund':
      return refundStep(order, action, ctx);
    case 'changeQty':
      return changeQtyStep(order, action, ctx);
    case 'undoPickUp':
      return undoPickUpStep(order, ctx);
  }
}

/**
 * Applies one owner action to an order. Pure: the input is never changed, and the same order, action
 * and context always give the same result, stock move ids included, so a retried write is harmless.
 *
 * @returns the new order (one history entry appended, `updatedAt` = `ctx.at`) and the stock moves to
 *   write with it (goods only; services carry no stock).
 * @throws AppError
 *   - ORDER_ILLEGAL_TRANSITION {orderNo, from, action} when the status does not allow the action;
 *   - PICKUP_ALREADY_DONE {orderNo, at, by} for pickUp on an order already picked up;
 *   - PICKUP_UNDO_EXPIRED {orderNo, pickedUpAt} for undoPickUp after the pickup's day in Shanghai;
 *   - STOCK_INSUFFICIENT {productId, available, requested} when confirm or a larger changeQty needs more
 *     than `ctx.stock` has available;
 *   - ORDER_INVALID {orderNo, …} for a malformed action (unknown product, bad quantity, empty shelf
 *     slot, picking more than is waiting) or an order the schema could not store after the action.
 */
export function applyOrderAction(
  order: OrderDoc,
  action: OrderAction,
  ctx: OrderActionContext,
): OrderActionResult {
  assertWellFormed(order);
  assertAllowed(order, action.type);
  const step = stepFor(order, action, ctx);
  const event: OrderEvent = {
    at: ctx.at,
    by: ctx.by,
    action: action.type,
    from: order.status,
    to: step.to,
    note: clipNote(step.note),
  };
  return {
    order: {
      ...order,
      ...step.changes,
      status: step.to,
      history: [...order.history, event],
      updatedAt: ctx.at,
    },
    moves: toStockMoves(order, step.moves, ctx),
  };
}
