import { describe, expect, it } from 'vitest';
import { AppError } from '../../contract/errors';
import type { OrderDoc } from '../../db/schemas/orders';
import { applyOrderAction } from './lifecycle';
import type { OrderAction } from './order-actions';
import { eggs, haircut, hour, line, milk, minute, orderIn, products, storeLedger, t0 } from './test-support';

/** The store starts with eggs 10 and milk 5; the order wants eggs 3, milk 2 and a haircut (a service). */
const start = { eggs: 10, milk: 5 };

function levelsAfter(actions: OrderAction[]) {
  const ledger = storeLedger();
  const order = actions.reduce((current, action) => ledger.apply(current, action), orderIn('draft'));
  const { available, onHand } = ledger.levels();
  return {
    order,
    moves: ledger.moves,
    available: { eggs: available[eggs.id], milk: available[milk.id] },
    onHand: { eggs: onHand[eggs.id], milk: onHand[milk.id] },
  };
}

const confirm: OrderAction = { type: 'confirm' };
const pay: OrderAction = { type: 'pay', method: 'wechat' };
const ready: OrderAction = { type: 'markReady', shelfSlot: 'A-3' };
const pickOneEgg: OrderAction = { type: 'pickUp', lines: [{ productId: eggs.id, qty: 1 }] };
const pickRest: OrderAction = { type: 'pickUp' };
const refund = (restock: boolean): OrderAction => ({ type: 'refund', reason: 'quality', note: '', restock });
const toReady = [confirm, pay, ready];

describe('stock after a sequence of actions', () => {
  it.each<[string, OrderAction[], { eggs: number; milk: number }, { eggs: number; milk: number }]>([
    ['draft only', [], start, start],
    ['confirm reserves', [confirm], { eggs: 7, milk: 3 }, start],
    ['ready still only reserved', toReady, { eggs: 7, milk: 3 }, start],
    ['partial pickup sells one box', [...toReady, pickOneEgg], { eggs: 7, milk: 3 }, { eggs: 9, milk: 5 }],
    [
      'full pickup sells everything',
      [...toReady, pickOneEgg, pickRest],
      { eggs: 7, milk: 3 },
      { eggs: 7, milk: 3 },
    ],
    ['refund with restock after pickup', [...toReady, pickOneEgg, pickRest, refund(true)], start, start],
    [
      'refund without restock after pickup',
      [...toReady, pickRest, refund(false)],
      { eggs: 7, milk: 3 },
      { eggs: 7, milk: 3 },
    ],
    ['refund with restock while paid', [confirm, pay, refund(true)], start, start],
    [
      'refund without restock while paid throws the goods away',
      [confirm, pay, refund(false)],
      { eggs: 7, milk: 3 },
      { eggs: 7, milk: 3 },
    ],
    [
      'refund without restock after a partial pickup',
      [...toReady, pickOneEgg, refund(false)],
      { eggs: 7, milk: 3 },
      { eggs: 7, milk: 3 },
    ],
    ['refund with restock after a partial pickup', [...toReady, pickOneEgg, refund(true)], start, start],
    ['refund with restock after delivery', [...toReady, { type: 'deliver' }, refund(true)], start, start],
    ['cancel a draft', [{ type: 'cancel', reason: '' }], start, start],
    ['cancel while confirmed', [confirm, { type: 'cancel', reason: '' }], start, start],
    [
      'cancel after a partial pickup keeps that box sold',
      [...toReady, pickOneEgg, { type: 'cancel', reason: '' }],
      { eggs: 9, milk: 5 },
      { eggs: 9, milk: 5 },
    ],
    [
      'delivery sells everything',
      [...toReady, { type: 'deliver' }],
      { eggs: 7, milk: 3 },
      { eggs: 7, milk: 3 },
    ],
    [
      'undo puts the bag back on the shelf',
      [...toReady, pickOneEgg, pickRest, { type: 'undoPickUp' }],
      { eggs: 7, milk: 3 },
      start,
    ],
    [
      'pickup again after undo',
      [...toReady, pickRest, { type: 'undoPickUp' }, pickRest],
      { eggs: 7, milk: 3 },
      { eggs: 7, milk: 3 },
    ],
    [
      'more eggs while paid reserves more',
      [confirm, pay, { type: 'changeQty', productId: eggs.id, qty: 5 }],
      { eggs: 5, milk: 3 },
      start,
    ],
    [
      'fewer eggs while confirmed releases',
      [confirm, { type: 'changeQty', productId: eggs.id, qty: 1 }],
      { eggs: 9, milk: 3 },
      start,
    ],
    [
      'quantity changed as a draft reserves at confirm',
      [{ type: 'changeQty', productId: eggs.id, qty: 6 }, confirm],
      { eggs: 4, milk: 3 },
      start,
    ],
  ])('%s', (_, actions, available, onHand) => {
    const result = levelsAfter(actions);
    expect(result.available).toEqual(available);
    expect(result.onHand).toEqual(onHand);
  });

  it('moves no stock for services', () => {
    const { moves } = levelsAfter([...toReady, pickRest, refund(false)]);
    expect(moves.filter((move) => move.productId === haircut.id)).toEqual([]);
  });

  it('writes the loss with the reason the owner reads in the stock book', () => {
    const { moves } = levelsAfter([confirm, pay, refund(false)]);
    expect(moves.filter((move) => move.kind === 'loss')).toEqual([
      expect.objectContaining({ productId: eggs.id, qty: -3, reason: '安心承诺退款，未回库' }),
      expect.objectContaining({ productId: milk.id, qty: -2, reason: '安心承诺退款，未回库' }),
    ]);
  });
});

describe('stock checks', () => {
  const stock = (eggsLeft: number) =>
    new Map([
      [eggs.id, eggsLeft],
      [milk.id, 5],
    ]);
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof AppError) return error;
    }
    throw new Error('expected a refusal');
  };

  it.each([
    [3, true],
    [2, false],
    [0, false],
  ])('confirming 3 boxes with %i available is allowed: %s', (available, allowed) => {
    const run = () =>
      applyOrderAction(orderIn('draft'), confirm, { at: t0, by: '店长', products, stock: stock(available) });
    if (allowed) expect(run().order.status).toBe('confirmed');
    else expect(refusal(run).details).toEqual({ productId: eggs.id, available, requested: 3 });
  });

  it('counts a product missing from the stock map as none available, but never a service', () => {
    const error = refusal(() =>
      applyOrderAction(orderIn('draft'), confirm, {
        at: t0,
        by: '店长',
        products,
        stock: new Map([[eggs.id, 9]]),
      }),
    );
    expect(error.code).toBe('STOCK_INSUFFICIENT');
    expect(error.details).toEqual({ productId: milk.id, available: 0, requested: 2 });
  });

  it('does not check without a stock map (an order taken before the delivery arrives)', () => {
    expect(applyOrderAction(orderIn('draft'), confirm, { at: t0, by: '店长', products }).moves).toHaveLength(
      2,
    );
  });

  it('checks only the increase when a quantity grows', () => {
    const grow = (qty: number) => () =>
      applyOrderAction(
        orderIn('paid'),
        { type: 'changeQty', productId: eggs.id, qty },
        { at: t0, by: '店长', products, stock: stock(2) },
      );
    expect(grow(5)().moves).toEqual([expect.objectContaining({ kind: 'reserve', qty: -2 })]);
    expect(refusal(grow(6)).details).toEqual({ productId: eggs.id, available: 2, requested: 3 });
  });

  it('treats a product it was not told about as goods', () => {
    const { moves } = applyOrderAction(orderIn('draft'), confirm, { at: t0, by: '店长' });
    expect(moves.map((move) => move.productId)).toEqual([eggs.id, milk.id, haircut.id]);
  });
});

describe('stock move ids', () => {
  it('are the same when the same action is applied to the same order again', () => {
    const order = orderIn('ready');
    const first = applyOrderAction(order, pickRest, { at: t0, by: '店长', products });
    const retry = applyOrderAction(order, pickRest, { at: t0, by: '店长', products });
    expect(retry.moves).toEqual(first.moves);
    expect(first.moves.map((move) => move.id)).toEqual([
      'o-1:2:p-eggs:release',
      'o-1:2:p-eggs:sale',
      'o-1:2:p-milk:release',
      'o-1:2:p-milk:sale',
    ]);
    expect(first.moves.every((move) => move.orderId === 'o-1' && move.at === t0 && move.by === '店长')).toBe(
      true,
    );
  });

  it('never repeat over a whole order life', () => {
    const { moves } = levelsAfter([
      ...toReady,
      pickOneEgg,
      pickRest,
      { type: 'undoPickUp' },
      pickRest,
      refund(true),
    ]);
    expect(new Set(moves.map((move) => move.id)).size).toBe(moves.length);
  });
});

describe('undoing a pickup', () => {
  /** Shanghai wall-clock time on 2025-05-10 (day 0) or a following day. */
  const shanghai = (day: number, h: number, m = 0) => Date.UTC(2025, 4, 10 + day, h - 8, m);
  const pickedAt = (at: number, partialAt?: number): OrderDoc => {
    const ledger = storeLedger();
    let order = [confirm, pay, ready].reduce(
      (current, action) => ledger.apply(current, action),
      orderIn('draft'),
    );
    if (partialAt !== undefined) order = ledger.apply(order, pickOneEgg, { at: partialAt });
    return ledger.apply(order, pickRest, { at });
  };
  const undo = (order: OrderDoc, at: number) =>
    applyOrderAction(order, { type: 'undoPickUp' }, { at, by: '店长', products });

  it.each([
    ['a minute later', shanghai(0, 14, 2), shanghai(0, 14, 3)],
    ['just before midnight in Shanghai', shanghai(0, 0, 30), shanghai(0, 23, 59)],
  ])('is allowed %s', (_, at, undoAt) => {
    const { order } = undo(pickedAt(at), undoAt);
    expect(order.status).toBe('ready');
    expect(order.lines.map((item) => item.pickedQty)).toEqual([0, 0, 0]);
  });

  it.each([
    [
      'after midnight in Shanghai (still the same day in UTC)',
      shanghai(0, 23, 30),
      shanghai(1, 0, 10),
      undefined,
    ],
    ['the next day', shanghai(0, 14, 2), shanghai(1, 9, 0), undefined],
    ['when part of the bag left on an earlier day', shanghai(1, 9, 0), shanghai(1, 9, 5), shanghai(0, 18, 0)],
  ])('is refused %s', (_, at, undoAt, partialAt) => {
    const order = pickedAt(at, partialAt);
    try {
      undo(order, undoAt);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('PICKUP_UNDO_EXPIRED');
      expect((error as AppError).details).toEqual({ orderNo: order.no, pickedUpAt: partialAt ?? at });
    }
  });

  it('reverses exactly what was handed over', () => {
    const order = pickedAt(shanghai(0, 14, 2));
    expect(
      undo(order, shanghai(0, 14, 3) + minute).moves.map(({ productId, kind, qty }) => [
        productId,
        kind,
        qty,
      ]),
    ).toEqual([
      [eggs.id, 'sale', 3],
      [eggs.id, 'reserve', -3],
      [milk.id, 'sale', 2],
      [milk.id, 'reserve', -2],
    ]);
  });

  it('also works on history written by the demo seed, which names events by status', () => {
    const order = orderIn('pickedUp', { lines: [line(eggs, 1, 1)] });
    expect(undo(order, t0 + hour).order.status).toBe('ready');
  });
});
