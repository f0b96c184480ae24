import { AppError } from '../../contract/errors';
import type { OrderDoc, OrderEvent, OrderStatus } from '../../db/schemas/orders';
import type { OrderActionType } from './order-actions';

/**
 * What each status allows. A partial pickUp keeps an order 'ready'; undoPickUp takes 'pickedUp' back to
 * 'ready'; changeQty keeps the status. The UI reads this table to decide which buttons to offer.
 */
export const allowedActions: Readonly<Record<OrderStatus, readonly OrderActionType[]>> = {
  draft: ['confirm', 'cancel', 'changeQty'],
  confirmed: ['pay', 'cancel', 'changeQty'],
  paid: ['markReady', 'cancel', 'refund', 'changeQty'],
  ready: ['pickUp', 'deliver', 'cancel', 'refund'],
  pickedUp: ['refund', 'undoPickUp'],
  delivered: ['refund'],
  cancelled: [],
  refunded: [],
};

export function canApply(status: OrderStatus, action: OrderActionType): boolean {
  return allowedActions[status].includes(action);
}

/** The event that completed the pickup; demo and imported history name it by status, ours by action. */
export function lastPickUpEvent(order: Pick<OrderDoc, 'history'>): OrderEvent | undefined {
  return order.history.findLast((event) => event.to === 'pickedUp');
}

/**
 * @throws AppError PICKUP_ALREADY_DONE for a second pickUp (the desk shows when and by whom), else
 *   ORDER_ILLEGAL_TRANSITION when the status does not allow the action.
 */
export function assertAllowed(order: OrderDoc, action: OrderActionType): void {
  if (order.status === 'pickedUp' && action === 'pickUp') {
    const done = lastPickUpEvent(order);
    throw new AppError('PICKUP_ALREADY_DONE', `Order ${order.no} has already been picked up.`, {
      orderNo: order.no,
      at: done?.at ?? order.updatedAt,
      by: done?.by ?? '',
    });
  }
  if (!canApply(order.status, action)) {
    throw new AppError(
      'ORDER_ILLEGAL_TRANSITION',
      `Order ${order.no} cannot ${action} while ${order.status}.`,
      {
        orderNo: order.no,
        from: order.status,
        action,
      },
    );
  }
}
