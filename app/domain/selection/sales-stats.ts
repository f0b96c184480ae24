import type { OrderDoc, OrderStatus } from '../../db/schemas/orders';
import type { ProductDoc } from '../../db/schemas/products';
import { shanghaiDate } from '../orders/shanghai-day';

export type SalesOrder = Pick<OrderDoc, 'status' | 'createdAt' | 'memberId' | 'lines'>;

export interface CatalogSales {
  /** Units sold in the previous calendar month (Asia/Shanghai). */
  soldLastMonth: number;
  /** Members who bought it in the repurchase window: this month and the two before it. */
  buyers: number;
  /** Of those, the members who bought it in at least two different months of the window. */
  repeatBuyers: number;
}

/** Orders that count as sales: accepted by the store and not undone (as in insights/summary.ts). */
export const countedStatuses: ReadonlySet<OrderStatus> = new Set<OrderStatus>([
  'confirmed',
  'paid',
  'ready',
  'pickedUp',
  'delivered',
]);

/** Months in the repurchase window, this month included: a month's buyers are the next month's repeats. */
export const repurchaseMonths = 3;

/** A month as one number (year × 12 + month − 1) in Asia/Shanghai, so that months subtract across years. */
export function shanghaiMonthIndex(at: number): number {
  const { year, month } = shanghaiDate(at);
  return year * 12 + month - 1;
}

/**
 * Sales per catalogue item, adding up the store's products that share it. Orders after `now`, lines of
 * products not in `selection` and orders of walk-in neighbours (no member) for repurchase are left out.
 */
export function salesByCatalog(
  orders: readonly SalesOrder[],
  selection: readonly Pick<ProductDoc, 'id' | 'catalogId'>[],
  now: number,
): Map<string, CatalogSales> {
  const catalogOf = new Map(selection.map((product) => [product.id, product.catalogId]));
  const thisMonth = shanghaiMonthIndex(now);
  const sold = new Map<string, number>();
  /** catalogId → memberId → the months they bought it in. */
  const months = new Map<string, Map<string, Set<number>>>();
  for (const order of orders) {
    if (!countedStatuses.has(order.status) || order.createdAt > now) continue;
    const month = shanghaiMonthIndex(order.createdAt);
    const age = thisMonth - month;
    if (age >= repurchaseMonths) continue;
    for (const line of order.lines) {
      const catalogId = catalogOf.get(line.productId);
      if (catalogId === undefined) continue;
      if (age === 1) sold.set(catalogId, (sold.get(catalogId) ?? 0) + line.qty);
      if (order.memberId === '') continue;
      const byMember = months.get(catalogId) ?? new Map<string, Set<number>>();
      const seen = byMember.get(order.memberId) ?? new Set<number>();
      seen.add(month);
      byMember.set(order.memberId, seen);
      months.set(catalogId, byMember);
    }
  }
  const result = new Map<string, CatalogSales>();
  for (const catalogId of new Set([...sold.keys(), ...months.keys()])) {
    const byMember = [...(months.get(catalogId)?.values() ?? [])];
    result.set(catalogId, {
      soldLastMonth: sold.get(catalogId) ?? 0,
      buyers: byMember.length,
      repeatBuyers: byMember.filter((seen) => seen.size >= 2).length,
    });
  }
  return result;
}
