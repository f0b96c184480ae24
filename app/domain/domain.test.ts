import { describe, expect, it } from 'vitest';
import { formatFen, marginPercent } from './money';
import { stockLevels } from './stock/stock-levels';
import { summarizePeriod } from './insights/summary';
import { countByStatus } from './orders/status-counts';

describe('money', () => {
  it.each([
    [1290, 'zh-CN', '¥12.90'],
    [0, 'zh-CN', '¥0.00'],
    [123456, 'en', 'CN¥1,234.56'],
  ])('formats %i fen in %s as %s', (fen, locale, text) => expect(formatFen(fen, locale)).toBe(text));

  it.each([
    [4500, 3200, 29],
    [100, 100, 0],
    [0, 10, null],
    [1000, 1200, -20],
  ])('margin of price %i over cost %i is %s%', (price, cost, margin) =>
    expect(marginPercent(price, cost)).toBe(margin),
  );
});

describe('stock levels', () => {
  it('sums moves per product, including losses and returns', () => {
    const levels = stockLevels([
      { productId: 'a', qty: 100 },
      { productId: 'a', qty: -3 },
      { productId: 'b', qty: 5 },
      { productId: 'a', qty: 2 },
    ]);
    expect(Object.fromEntries(levels)).toEqual({ a: 99, b: 5 });
  });
});

describe('period summary', () => {
  const order = (
    createdAt: number,
    totalFen: number,
    status: 'paid' | 'refunded' | 'cancelled' | 'pickedUp',
    memberId = 'm1',
    nps = -1,
  ) => ({ createdAt, totalFen, status, memberId, nps });
  it('counts sales in the window only, without refunds or cancellations', () => {
    const summary = summarizePeriod(
      [
        order(10, 1000, 'paid'),
        order(20, 3000, 'pickedUp', 'm2', 9),
        order(30, 500, 'refunded'),
        order(40, 700, 'cancelled'),
        order(99, 5000, 'paid'),
      ],
      0,
      50,
    );
    expect(summary).toEqual({ orders: 2, revenueFen: 4000, averageOrderFen: 2000, buyers: 2, npsAnswers: 1 });
  });
  it('is all zeros for an empty period', () => {
    expect(summarizePeriod([], 0, 10)).toEqual({
      orders: 0,
      revenueFen: 0,
      averageOrderFen: 0,
      buyers: 0,
      npsAnswers: 0,
    });
  });
});

describe('status counts', () => {
  it('counts every status, zero included', () => {
    const counts = countByStatus([{ status: 'paid' }, { status: 'paid' }, { status: 'ready' }]);
    expect(counts).toMatchObject({ paid: 2, ready: 1, draft: 0, refunded: 0 });
  });
});
