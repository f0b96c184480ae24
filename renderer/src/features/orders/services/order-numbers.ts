import type { WorkbenchDatabase } from '../../../../../app/db/collections';

const day = 86_400_000;
const shanghaiOffset = 8 * 3_600_000;

/** `LL251125`: the store day (Asia/Shanghai) an order number starts with. */
export function orderDayPrefix(at: number): string {
  return `LL${new Date(at + shanghaiOffset).toISOString().slice(2, 10).replace(/-/g, '')}`;
}

/** How many orders were taken today, so the next one is numbered after them. */
export function ordersToday(db: WorkbenchDatabase, at: number): Promise<number> {
  const since = at - ((at + shanghaiOffset) % day);
  return db.orders.count({ selector: { createdAt: { $gte: since } } }).exec();
}
