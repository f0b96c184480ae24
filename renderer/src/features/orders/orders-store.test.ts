import { describe, expect, it } from 'vitest';
import type { OrderDoc } from '../../../../app/db/schemas/orders';
import { selectVisible } from './orders-store';

const orders = [{ status: 'paid' }, { status: 'ready' }, { status: 'paid' }] as OrderDoc[];

describe('selectVisible', () => {
  it('shows every recent order under "all", keeping the list itself', () => {
    expect(selectVisible({ recent: orders, filter: 'all' })).toBe(orders);
  });
  it('shows only the chosen status', () => {
    expect(selectVisible({ recent: orders, filter: 'paid' }).map((order) => order.status)).toEqual([
      'paid',
      'paid',
    ]);
    expect(selectVisible({ recent: orders, filter: 'refunded' })).toEqual([]);
  });
});
