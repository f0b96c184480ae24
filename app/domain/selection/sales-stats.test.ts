import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../../db/schemas/orders';
import { now, order, productOf, shanghai } from './fixtures';
import { salesByCatalog, shanghaiMonthIndex, type CatalogSales, type SalesOrder } from './sales-stats';

const eggs = productOf('LL-EG-030');
/** The same catalogue item sold earlier under another product, since delisted. */
const oldEggs = productOf('LL-EG-030', { id: 'p-eggs-2024', active: false });
const soy = productOf('LL-JY-500');
const selection = [eggs, oldEggs, soy];

const statsOf = (orders: SalesOrder[]): CatalogSales | undefined =>
  salesByCatalog(orders, selection, now).get(eggs.catalogId);

describe('shanghaiMonthIndex', () => {
  it.each<[string, number, number]>([
    ['Nov 30 23:59 in Shanghai', shanghai(2025, 11, 30, 23, 59), 2025 * 12 + 10],
    ['Dec 1 00:00 in Shanghai (still Nov 30 in UTC)', shanghai(2025, 12, 1, 0, 0), 2025 * 12 + 11],
    ['Jan 1 00:30 in Shanghai', shanghai(2026, 1, 1, 0, 30), 2026 * 12],
  ])('%s', (_label, at, index) => expect(shanghaiMonthIndex(at)).toBe(index));
});

describe('salesByCatalog', () => {
  it('adds up last month’s units and finds the members who came back in another month', () => {
    const orders = [
      order('m-wang', shanghai(2025, 10, 15), [[eggs.id, 1]]),
      order('m-wang', shanghai(2025, 11, 20), [[eggs.id, 2]]),
      order('m-li', shanghai(2025, 11, 1, 0, 10), [[eggs.id, 1]]),
      order('m-li', shanghai(2025, 12, 5), [[eggs.id, 1]]),
      order('m-zhao', shanghai(2025, 11, 30, 23, 50), [[eggs.id, 1]]),
      order('m-zhao', shanghai(2025, 12, 1, 0, 10), [[eggs.id, 1]]),
      order('m-sun', shanghai(2025, 9, 30), [[eggs.id, 1]]),
      order('m-sun', shanghai(2025, 11, 8), [[eggs.id, 1]]),
      order('m-zhou', shanghai(2025, 11, 3), [[eggs.id, 1]]),
      order('m-zhou', shanghai(2025, 11, 17), [[eggs.id, 1]]),
      order('', shanghai(2025, 11, 12), [[eggs.id, 5]]),
      order('m-wu', shanghai(2025, 11, 6), [
        [oldEggs.id, 3],
        [soy.id, 2],
      ]),
    ];
    expect(statsOf(orders)).toEqual({ soldLastMonth: 15, buyers: 6, repeatBuyers: 3 });
    expect(salesByCatalog(orders, selection, now).get(soy.catalogId)).toEqual({
      soldLastMonth: 2,
      buyers: 1,
      repeatBuyers: 0,
    });
  });

  it.each<[OrderStatus, number]>([
    ['draft', 0],
    ['confirmed', 4],
    ['paid', 4],
    ['ready', 4],
    ['pickedUp', 4],
    ['delivered', 4],
    ['cancelled', 0],
    ['refunded', 0],
  ])('an order that is %s counts %i units', (status, units) => {
    const stats = statsOf([order('m-wang', shanghai(2025, 11, 20), [[eggs.id, 4]], status)]);
    expect(stats?.soldLastMonth ?? 0).toBe(units);
  });

  it.each<[string, SalesOrder]>([
    ['an order after now', order('m-wang', now + 60_000, [[eggs.id, 1]])],
    ['an order of four months ago', order('m-wang', shanghai(2025, 8, 20), [[eggs.id, 1]])],
    ['a product the store does not have', order('m-wang', shanghai(2025, 11, 20), [['p-gone', 1]])],
  ])('leaves out %s', (_label, left) => expect(statsOf([left])).toBeUndefined());

  it('counts this month’s sales for repurchase but not as last month’s', () => {
    const stats = statsOf([order('m-wang', shanghai(2025, 12, 2), [[eggs.id, 6]])]);
    expect(stats).toEqual({ soldLastMonth: 0, buyers: 1, repeatBuyers: 0 });
  });
});
