import type { OrderDoc } from '../../db/schemas/orders';
import { formatFen } from '../money';
import type { OrderAction, OrderActionContext } from './order-actions';
import {
  isValidLineQty,
  maxLineQty,
  maxNoteLength,
  maxShelfSlotLength,
  orderInvalid,
  orderTotal,
  remainingQty,
} from './order-lines';
import {
  assertAvailable,
  refundLossReason,
  refundReturnReason,
  type MoveDraft,
  type OrderStep,
} from './order-step';

type ActionOf<T extends OrderAction['type']> = Extract<OrderAction, { type: T }>;

/** Confirming reserves the goods, so two orders can never be promised the same last box. */
export function confirmStep(order: OrderDoc, ctx: OrderActionContext): OrderStep {
  assertAvailable(order.lines, ctx);
  return {
    to: 'confirmed',
    note: '',
    changes: {},
    moves: order.lines.map((line) => ({
      productId: line.productId,
      kind: 'reserve',
      qty: -line.qty,
      reason: 'confirm',
    })),
  };
}

export function payStep(action: ActionOf<'pay'>, ctx: OrderActionContext): OrderStep {
  return { to: 'paid', note: '', changes: { payment: { method: action.method, paidAt: ctx.at } }, moves: [] };
}

export function markReadyStep(order: OrderDoc, action: ActionOf<'markReady'>): OrderStep {
  const shelfSlot = action.shelfSlot.trim();
  if (shelfSlot === '' || shelfSlot.length > maxShelfSlotLength) {
    throw orderInvalid(order, `A shelf slot of 1 to ${maxShelfSlotLength} characters is needed.`, {
      shelfSlot: action.shelfSlot,
      max: maxShelfSlotLength,
    });
  }
  return { to: 'ready', note: shelfSlot, changes: { shelfSlot }, moves: [] };
}

/** Whatever the neighbour has not taken yet goes back to available stock; what was taken stays sold. */
export function cancelStep(order: OrderDoc, action: ActionOf<'cancel'>): OrderStep {
  const reserved = order.status !== 'draft';
  return {
    to: 'cancelled',
    note: action.reason,
    changes: {},
    moves: reserved
      ? order.lines.map((line) => ({
          productId: line.productId,
          kind: 'release',
          qty: remainingQty(line),
          reason: 'cancel',
        }))
      : [],
  };
}

/**
 * The 安心承诺 refund always gives back the whole total. Goods still in the store are released; without
 * restock they are thrown away (a loss). Goods the neighbour took come back as a return only on restock.
 */
export function refundStep(order: OrderDoc, action: ActionOf<'refund'>, ctx: OrderActionContext): OrderStep {
  if (action.note.length > maxNoteLength) {
    throw orderInvalid(order, `A refund note has at most ${maxNoteLength} characters.`, {
      max: maxNoteLength,
    });
  }
  return {
    to: 'refunded',
    note: action.note,
    changes: {
      refund: {
        reason: action.reason,
        note: action.note,
        amountFen: order.totalFen,
        restocked: action.restock,
        at: ctx.at,
        by: ctx.by,
      },
    },
    moves: order.lines.flatMap((line): MoveDraft[] => {
      const { productId } = line;
      const inStore = remainingQty(line);
      const release: MoveDraft = { productId, kind: 'release', qty: inStore, reason: 'refund' };
      return action.restock
        ? [release, { productId, kind: 'return', qty: line.pickedQty, reason: refundReturnReason }]
        : [release, { productId, kind: 'loss', qty: -inStore, reason: refundLossReason }];
    }),
  };
}

/**
 * Quantities change only before the goods are set aside. A confirmed or paid order reserves or releases
 * the difference; a paid order stays paid and its history says how much to collect or give back.
 */
export function changeQtyStep(
  order: OrderDoc,
  action: ActionOf<'changeQty'>,
  ctx: OrderActionContext,
): OrderStep {
  const { productId, qty } = action;
  const line = order.lines.find((candidate) => candidate.productId === productId);
  if (!line) throw orderInvalid(order, `Product ${productId} is not on order ${order.no}.`, { productId });
  if (!isValidLineQty(qty)) {
    throw orderInvalid(order, `A quantity must be a whole number from 1 to ${maxLineQty}.`, {
      productId,
      qty,
      min: 1,
      max: maxLineQty,
    });
  }
  const delta = qty - line.qty;
  if (delta === 0) {
    throw orderInvalid(order, `Order ${order.no} already has ${qty} of ${productId}.`, { productId, qty });
  }
  const reserved = order.status !== 'draft';
  if (reserved && delta > 0) assertAvailable([{ productId, qty: delta }], ctx);

  const lines = order.lines.map((candidate) => (candidate === line ? { ...line, qty } : candidate));
  const totalFen = orderTotal(lines);
  const owed = totalFen - order.totalFen;
  let note = `${line.name} ${line.qty} → ${qty}`;
  if (order.status === 'paid' && owed > 0) note += `; already paid, collect ${formatFen(owed, 'zh-CN')} more`;
  if (order.status === 'paid' && owed < 0) note += `; already paid, give back ${formatFen(-owed, 'zh-CN')}`;
  return {
    to: order.status,
    note,
    changes: { lines, totalFen },
    moves: reserved
      ? [{ productId, kind: delta > 0 ? 'reserve' : 'release', qty: -delta, reason: 'changeQty' }]
      : [],
  };
}
