import { AppError } from '../../contract/errors';
import type { OrderDoc, OrderLine, OrderStatus } from '../../db/schemas/orders';
import type { ProductDoc } from '../../db/schemas/products';
import type { StockMoveDoc } from '../../db/schemas/stock-moves';
import { onHandLevels, stockLevels } from '../stock/stock-levels';
import { applyOrderAction } from './lifecycle';
import type { OrderAction, OrderActionContext } from './order-actions';

/** 2025-05-10 10:00 in Shanghai. */
export const t0 = Date.UTC(2025, 4, 10, 2, 0);
export const minute = 60_000;
export const hour = 60 * minute;

export function product(id: string, overrides: Partial<ProductDoc> = {}): ProductDoc {
  return {
    id,
    catalogId: `cat-${id}`,
    sku: id,
    name: id,
    aliases: [],
    kind: 'goods',
    unit: '个',
    priceFen: 1000,
    costFen: 600,
    lowStockAt: 5,
    active: true,
    updatedAt: 0,
    ...overrides,
  };
}

export const eggs = product('p-eggs', { name: '土鸡蛋', unit: '盒', priceFen: 1290 });
export const milk = product('p-milk', { name: '鲜牛奶', unit: '瓶', priceFen: 800 });
export const haircut = product('p-cut', { name: '理发', unit: '次', priceFen: 3000, kind: 'service' });
export const products = new Map([eggs, milk, haircut].map((item) => [item.id, item]));

export function line(item: ProductDoc, qty: number, pickedQty = 0): OrderLine {
  return { productId: item.id, name: item.name, unit: item.unit, priceFen: item.priceFen, qty, pickedQty };
}

/** Whether an order in a status has been paid and handed over, and the status it came from. */
const reached: Record<OrderStatus, { paid: boolean; picked: boolean; from: OrderStatus }> = {
  draft: { paid: false, picked: false, from: 'draft' },
  confirmed: { paid: false, picked: false, from: 'draft' },
  paid: { paid: true, picked: false, from: 'confirmed' },
  ready: { paid: true, picked: false, from: 'paid' },
  pickedUp: { paid: true, picked: true, from: 'ready' },
  delivered: { paid: true, picked: true, from: 'ready' },
  cancelled: { paid: false, picked: false, from: 'confirmed' },
  refunded: { paid: true, picked: true, from: 'pickedUp' },
};

/** An order as it would look in a status, with 3 boxes of eggs, 2 bottles of milk and a haircut. */
export function orderIn(status: OrderStatus, overrides: Partial<OrderDoc> = {}): OrderDoc {
  const { paid, picked, from } = reached[status];
  const lines = [line(eggs, 3), line(milk, 2), line(haircut, 1)].map((item) =>
    picked ? { ...item, pickedQty: item.qty } : item,
  );
  return {
    id: 'o-1',
    no: 'LL250510-0001',
    source: 'jielong',
    memberId: 'm-1',
    memberName: '王阿姨',
    campaignId: 'c-1',
    lines,
    totalFen: 3 * 1290 + 2 * 800 + 3000,
    status,
    payment: paid ? { method: 'wechat', paidAt: t0 - hour } : { method: 'none', paidAt: 0 },
    fulfilment: 'pickup',
    building: '',
    pickupCode: '123456',
    shelfSlot: status === 'ready' || picked ? 'A-3' : '',
    history: [
      { at: t0 - 2 * hour, by: 'system', action: 'created', from: '', to: 'draft', note: '' },
      ...(status === 'draft' ? [] : [{ at: t0, by: '店长', action: status, from, to: status, note: '' }]),
    ],
    nps: -1,
    createdAt: t0 - 2 * hour,
    updatedAt: t0,
    ...overrides,
  };
}

/** A store that received 10 boxes of eggs and 5 bottles of milk, and the moves of everything since. */
export function storeLedger() {
  const moves: StockMoveDoc[] = [
    {
      id: 'r-eggs',
      productId: eggs.id,
      kind: 'receive',
      qty: 10,
      reason: '',
      orderId: '',
      at: 0,
      by: '店长',
    },
    { id: 'r-milk', productId: milk.id, kind: 'receive', qty: 5, reason: '', orderId: '', at: 0, by: '店长' },
  ];
  const levels = () => ({
    available: Object.fromEntries(stockLevels(moves)),
    onHand: Object.fromEntries(onHandLevels(moves)),
  });
  const apply = (order: OrderDoc, action: OrderAction, ctx: Partial<OrderActionContext> = {}) => {
    const result = applyOrderAction(order, action, {
      at: t0,
      by: '店长',
      stock: stockLevels(moves),
      products,
      ...ctx,
    });
    moves.push(...result.moves);
    return result.order;
  };
  return { moves, levels, apply };
}

/** Runs a rule that must refuse, and returns its typed error. */
export function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
