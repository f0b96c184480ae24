import { describe, expect, it } from 'vitest';
import { orderStatuses, type OrderDoc, type OrderStatus } from '../../db/schemas/orders';
import { applyOrderAction } from './lifecycle';
import type { OrderAction, OrderActionContext, OrderActionType } from './order-actions';
import { eggs, haircut, hour, line, milk, orderIn, products, t0, refusal } from './test-support';
import { allowedActions } from './transitions';

const ctx: OrderActionContext = { at: t0 + hour, by: '店长', products };

const sampleActions: Record<OrderActionType, OrderAction> = {
  confirm: { type: 'confirm' },
  pay: { type: 'pay', method: 'wechat' },
  markReady: { type: 'markReady', shelfSlot: 'B-7' },
  pickUp: { type: 'pickUp' },
  deliver: { type: 'deliver' },
  cancel: { type: 'cancel', reason: '邻居不要了' },
  refund: { type: 'refund', reason: 'quality', note: '鸡蛋碎了', restock: false },
  changeQty: { type: 'changeQty', productId: eggs.id, qty: 4 },
  undoPickUp: { type: 'undoPickUp' },
};

/** Written out by hand rather than read from `allowedActions`, so that the table itself is under test. */
const legal: Record<OrderStatus, Partial<Record<OrderActionType, OrderStatus>>> = {
  draft: { confirm: 'confirmed', cancel: 'cancelled', changeQty: 'draft' },
  confirmed: { pay: 'paid', cancel: 'cancelled', changeQty: 'confirmed' },
  paid: { markReady: 'ready', cancel: 'cancelled', refund: 'refunded', changeQty: 'paid' },
  ready: { pickUp: 'pickedUp', deliver: 'delivered', cancel: 'cancelled', refund: 'refunded' },
  pickedUp: { refund: 'refunded', undoPickUp: 'ready' },
  delivered: { refund: 'refunded' },
  cancelled: {},
  refunded: {},
};

const everyPair = orderStatuses.flatMap((from) =>
  (Object.keys(sampleActions) as OrderActionType[]).map((action) => ({
    from,
    action,
    to: legal[from][action],
  })),
);

describe('order transitions', () => {
  it.each(everyPair.filter((pair) => pair.to !== undefined))(
    '$from + $action → $to',
    ({ from, action, to }) => {
      const { order } = applyOrderAction(orderIn(from), sampleActions[action], ctx);
      expect(order.status).toBe(to);
      expect(order.history.at(-1)).toEqual({
        at: ctx.at,
        by: '店长',
        action,
        from,
        to,
        note: expect.any(String) as string,
      });
      expect(order.updatedAt).toBe(ctx.at);
    },
  );

  it.each(
    everyPair.filter(
      (pair) => pair.to === undefined && !(pair.from === 'pickedUp' && pair.action === 'pickUp'),
    ),
  )('$from + $action is refused', ({ from, action }) => {
    const error = refusal(() => applyOrderAction(orderIn(from), sampleActions[action], ctx));
    expect(error.code).toBe('ORDER_ILLEGAL_TRANSITION');
    expect(error.details).toEqual({ orderNo: 'LL250510-0001', from, action });
  });

  it('offers the UI exactly the legal actions', () => {
    for (const status of orderStatuses) {
      expect([...allowedActions[status]].sort()).toEqual(Object.keys(legal[status]).sort());
    }
  });

  it('tells the desk when and by whom an order was already picked up', () => {
    const order = orderIn('pickedUp', {
      history: [
        ...orderIn('pickedUp').history,
        { at: t0 + 5 * hour, by: '小李', action: 'pickUp', from: 'ready', to: 'pickedUp', note: '' },
      ],
    });
    const error = refusal(() => applyOrderAction(order, { type: 'pickUp' }, ctx));
    expect(error.code).toBe('PICKUP_ALREADY_DONE');
    expect(error.details).toEqual({ orderNo: 'LL250510-0001', at: t0 + 5 * hour, by: '小李' });
  });

  it('never changes the order it was given', () => {
    const deepFreeze = <T>(value: T): T => {
      if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
      return Object.freeze(value);
    };
    for (const { from, action, to } of everyPair) {
      if (to === undefined) continue;
      const order = deepFreeze(orderIn(from));
      const copy = JSON.parse(JSON.stringify(order)) as OrderDoc;
      applyOrderAction(order, sampleActions[action], ctx);
      expect(order).toEqual(copy);
    }
  });
});

describe('order actions', () => {
  it('records how and when an order was paid', () => {
    const { order } = applyOrderAction(orderIn('confirmed'), { type: 'pay', method: 'iou' }, ctx);
    expect(order.payment).toEqual({ method: 'iou', paidAt: ctx.at });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['A-12345678901234567', 'longer than the schema allows'],
  ])('refuses shelf slot %j (%s)', (shelfSlot) => {
    const error = refusal(() => applyOrderAction(orderIn('paid'), { type: 'markReady', shelfSlot }, ctx));
    expect(error.code).toBe('ORDER_INVALID');
  });

  it('puts the order on a trimmed shelf slot', () => {
    const { order } = applyOrderAction(orderIn('paid'), { type: 'markReady', shelfSlot: ' C-2 ' }, ctx);
    expect(order.shelfSlot).toBe('C-2');
  });

  it('keeps a partly picked order on the shelf and counts what left', () => {
    const { order } = applyOrderAction(
      orderIn('ready'),
      {
        type: 'pickUp',
        lines: [
          { productId: eggs.id, qty: 1 },
          { productId: eggs.id, qty: 1 },
        ],
      },
      ctx,
    );
    expect(order.status).toBe('ready');
    expect(order.lines.map((item) => item.pickedQty)).toEqual([2, 0, 0]);
    expect(order.history.at(-1)?.note).toBe('土鸡蛋×2');
    const rest = applyOrderAction(order, { type: 'pickUp' }, ctx).order;
    expect(rest.status).toBe('pickedUp');
    expect(rest.lines.map((item) => item.pickedQty)).toEqual([3, 2, 1]);
  });

  it.each<[string, { productId: string; qty: number }[], Record<string, unknown>]>([
    ['nothing', [], {}],
    [
      'more than is waiting',
      [{ productId: eggs.id, qty: 4 }],
      { productId: eggs.id, remaining: 3, requested: 4 },
    ],
    ['a product not on the order', [{ productId: 'p-other', qty: 1 }], { productId: 'p-other' }],
    ['zero', [{ productId: eggs.id, qty: 0 }], { productId: eggs.id, qty: 0 }],
    ['half a box', [{ productId: eggs.id, qty: 0.5 }], { productId: eggs.id, qty: 0.5 }],
  ])('refuses picking up %s', (_, lines, details) => {
    const error = refusal(() => applyOrderAction(orderIn('ready'), { type: 'pickUp', lines }, ctx));
    expect(error.code).toBe('ORDER_INVALID');
    expect(error.details).toMatchObject({ orderNo: 'LL250510-0001', ...details });
  });

  it('hands everything over on delivery', () => {
    const { order } = applyOrderAction(orderIn('ready'), { type: 'deliver' }, ctx);
    expect(order.lines.every((item) => item.pickedQty === item.qty)).toBe(true);
  });

  it.each<[OrderStatus, number, string]>([
    ['draft', 5, '土鸡蛋 3 → 5'],
    ['paid', 5, '土鸡蛋 3 → 5; already paid, collect ¥25.80 more'],
    ['paid', 1, '土鸡蛋 3 → 1; already paid, give back ¥25.80'],
  ])('changes the quantity of a %s order to %i and reprices it', (status, qty, note) => {
    const before = orderIn(status);
    const { order } = applyOrderAction(before, { type: 'changeQty', productId: eggs.id, qty }, ctx);
    expect(order.status).toBe(status);
    expect(order.lines[0]?.qty).toBe(qty);
    expect(order.totalFen).toBe(before.totalFen + (qty - 3) * 1290);
    expect(order.payment).toEqual(before.payment);
    expect(order.history.at(-1)?.note).toBe(note);
  });

  it.each<[string, string, number]>([
    ['zero', eggs.id, 0],
    ['a fraction', eggs.id, 2.5],
    ['more than 10000', eggs.id, 10_001],
    ['the same quantity', eggs.id, 3],
    ['a product not on the order', 'p-other', 2],
  ])('refuses changing to %s', (_, productId, qty) => {
    const error = refusal(() =>
      applyOrderAction(orderIn('confirmed'), { type: 'changeQty', productId, qty }, ctx),
    );
    expect(error.code).toBe('ORDER_INVALID');
    expect(error.details).toMatchObject({ orderNo: 'LL250510-0001', productId });
  });

  it('writes the whole total into the refund record', () => {
    const { order } = applyOrderAction(
      orderIn('delivered'),
      { type: 'refund', reason: 'ingredients', note: '配料表不符', restock: true },
      ctx,
    );
    expect(order.refund).toEqual({
      reason: 'ingredients',
      note: '配料表不符',
      amountFen: order.totalFen,
      restocked: true,
      at: ctx.at,
      by: '店长',
    });
  });

  it('refuses a refund note the schema cannot hold but cuts a long cancel reason', () => {
    const long = '很'.repeat(501);
    const error = refusal(() =>
      applyOrderAction(orderIn('paid'), { type: 'refund', reason: 'other', note: long, restock: true }, ctx),
    );
    expect(error.code).toBe('ORDER_INVALID');
    const { order } = applyOrderAction(orderIn('paid'), { type: 'cancel', reason: long }, ctx);
    expect(order.history.at(-1)?.note).toHaveLength(500);
  });

  it.each<[string, Partial<OrderDoc>]>([
    ['a product on two lines', { lines: [line(eggs, 1), line(eggs, 2), line(milk, 1), line(haircut, 1)] }],
    ['a full history', { history: Array.from({ length: 250 }, () => orderIn('paid').history).flat() }],
  ])('refuses to touch an order with %s', (_, overrides) => {
    const error = refusal(() =>
      applyOrderAction(orderIn('paid', overrides), { type: 'markReady', shelfSlot: 'A-1' }, ctx),
    );
    expect(error.code).toBe('ORDER_INVALID');
  });
});
