import type { OrderDoc, OrderStatus } from '../../db/schemas/orders';

export interface PeriodSummary {
  orders: number;
  revenueFen: number;
  averageOrderFen: number;
  buyers: number;
  npsAnswers: number;
}

/** Orders that count as sales: accepted by the store and not undone. */
const countedStatuses = new Set<OrderStatus>(['confirmed', 'paid', 'ready', 'pickedUp', 'delivered']);

/** Headline figures over orders created in [from, to). Refunded and cancelled orders are not sales. */
export function summarizePeriod(
  orders: Pick<OrderDoc, 'status' | 'totalFen' | 'memberId' | 'createdAt' | 'nps'>[],
  from: number,
  to: number,
): PeriodSummary {
  let count = 0;
  let revenueFen = 0;
  let npsAnswers = 0;
  const buyers = new Set<string>();
  for (const order of orders) {
    if (order.createdAt < from || order.createdAt >= to || !countedStatuses.has(order.status)) continue;
    count += 1;
    revenueFen += order.totalFen;
    if (order.memberId) buyers.add(order.memberId);
    if (order.nps >= 0) npsAnswers += 1;
  }
  return {
    orders: count,
    revenueFen,
    averageOrderFen: count === 0 ? 0 : Math.round(revenueFen / count),
    buyers: buyers.size,
    npsAnswers,
  };
}
