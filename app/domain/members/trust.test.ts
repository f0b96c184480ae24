import { describe, expect, it } from 'vitest';
import type { OrderDoc } from '../../db/schemas/orders';
import { trustLevel } from './trust';

type TrustOrder = Pick<OrderDoc, 'status' | 'createdAt' | 'nps' | 'totalFen'>;

/** Noon on a day in Asia/Shanghai. */
const day = (year: number, month: number, date: number): number => Date.UTC(year, month - 1, date, 4);
const now = day(2025, 6, 20);

function order(at: number, fields: Partial<Pick<TrustOrder, 'status' | 'nps'>> = {}): TrustOrder {
  return { status: 'pickedUp', createdAt: at, nps: -1, totalFen: 1990, ...fields };
}

/** One sale in each of the given months of 2025, on the 10th, with an optional NPS answer each. */
function monthly(months: number[], nps = -1): TrustOrder[] {
  return months.map((m) => order(day(2025, m, 10), { nps }));
}

describe('trustLevel', () => {
  it.each<[string, TrustOrder[], string, string[]]>([
    ['no orders at all', [], 'new', ['noOrders']],
    [
      'only cancelled and draft orders',
      [order(day(2025, 6, 1), { status: 'cancelled' }), order(day(2025, 6, 2), { status: 'draft' })],
      'new',
      ['noOrders'],
    ],
    ['one purchase', [order(day(2025, 6, 1))], 'new', ['oneVisit']],
    [
      'two orders on the same day are one visit',
      [order(day(2025, 6, 1)), order(day(2025, 6, 1) + 3_600_000)],
      'new',
      ['oneVisit'],
    ],
    [
      'two visits in one month',
      [order(day(2025, 6, 1)), order(day(2025, 6, 8))],
      'regular',
      ['repeatVisits', 'fewActiveMonths', 'npsUnanswered'],
    ],
    [
      'regular long ago stays regular',
      [order(day(2023, 3, 1)), order(day(2023, 4, 1))],
      'regular',
      ['repeatVisits', 'fewActiveMonths', 'npsUnanswered'],
    ],
    [
      '3 of the last 6 months, NPS 8: loyal',
      monthly([2, 4, 6], 8),
      'loyal',
      ['repeatVisits', 'steadyMonths', 'npsHigh'],
    ],
    [
      '3 of the last 6 months, never answered NPS: loyal',
      monthly([1, 3, 5]),
      'loyal',
      ['repeatVisits', 'steadyMonths', 'npsUnanswered'],
    ],
    [
      '3 active months but unhappy (NPS 6): regular',
      monthly([2, 4, 6], 6),
      'regular',
      ['repeatVisits', 'steadyMonths', 'npsLow'],
    ],
    [
      'December 2024 is outside the window in June 2025',
      [order(day(2024, 12, 10)), ...monthly([3, 6])],
      'regular',
      ['repeatVisits', 'fewActiveMonths', 'npsUnanswered'],
    ],
    [
      'two refunds in the window hold back loyal',
      [
        ...monthly([2, 4, 6], 9),
        order(day(2025, 5, 3), { status: 'refunded' }),
        order(day(2025, 5, 4), { status: 'refunded' }),
      ],
      'regular',
      ['repeatVisits', 'steadyMonths', 'npsHigh', 'manyRefunds'],
    ],
    [
      '5 of 6 months, NPS 9–10 from 5 answers, no refunds: ambassador',
      monthly([1, 2, 3, 5, 6], 9).concat([order(day(2025, 6, 11), { nps: 10 })]),
      'ambassador',
      ['repeatVisits', 'almostEveryMonth', 'npsPromoter'],
    ],
    [
      'promoter every month but only 2 answers: loyal',
      [...monthly([1, 2, 3]), ...monthly([5, 6], 10)],
      'loyal',
      ['repeatVisits', 'steadyMonths', 'npsHigh', 'npsFewAnswers'],
    ],
    [
      'would be ambassador but for one refund',
      [...monthly([1, 2, 3, 4, 5, 6], 10), order(day(2025, 6, 12), { status: 'refunded' })],
      'loyal',
      ['repeatVisits', 'steadyMonths', 'npsHigh', 'recentRefund'],
    ],
    [
      'an NPS average of 8.9 is loyal, not ambassador',
      [...monthly([1, 2, 3, 4, 5, 6], 9), ...monthly([6], 8), ...monthly([6], 9)],
      'loyal',
      ['repeatVisits', 'steadyMonths', 'npsHigh'],
    ],
    [
      'orders after now do not count',
      [order(day(2025, 6, 1)), order(day(2025, 7, 1)), order(day(2025, 8, 1))],
      'new',
      ['oneVisit'],
    ],
  ])('%s → %s', (_label, orders, level, reasons) => {
    const result = trustLevel(orders, now);
    expect(result.level).toBe(level);
    expect(result.reasons).toEqual(reasons);
  });

  it('counts the numbers it decided on', () => {
    const orders = [
      order(day(2024, 11, 5), { nps: 2 }),
      order(day(2025, 2, 5), { nps: 9 }),
      order(day(2025, 2, 5)),
      order(day(2025, 4, 1), { nps: 8 }),
      order(day(2025, 6, 19), { status: 'refunded', nps: 5 }),
      order(day(2025, 6, 20), { status: 'cancelled', nps: 0 }),
    ];
    expect(trustLevel(orders, now).numbers).toEqual({
      orders: 4,
      activeMonths: 2,
      // 3 of 4 sales came on a later day than the first purchase (Nov 2024).
      repurchaseRate: 0.75,
      // 9, 8 and the refunded order's 5 are in the window; Nov 2024's 2 and the cancelled order's 0 are not.
      avgNps: 7.3,
      refunds: 1,
    });
  });

  it('window months are Shanghai calendar months', () => {
    // 2024-12-31 16:30 UTC is 1 January 2025 in Shanghai: inside a window that starts in January.
    const newYear = Date.UTC(2024, 11, 31, 16, 30);
    const orders = [order(newYear), ...monthly([3, 6])];
    expect(trustLevel(orders, now).numbers.activeMonths).toBe(3);
    expect(trustLevel([order(newYear - 3_600_000), ...monthly([3, 6])], now).numbers.activeMonths).toBe(2);
  });

  it('has no NPS average when nobody answered', () => {
    expect(trustLevel(monthly([5, 6]), now).numbers.avgNps).toBeNull();
  });
});
