import { orderStatuses, type OrderStatus } from '../../db/schemas/orders';

export type StatusCounts = Record<OrderStatus, number>;

export function countByStatus(orders: { status: OrderStatus }[]): StatusCounts {
  const counts = Object.fromEntries(orderStatuses.map((status) => [status, 0])) as StatusCounts;
  for (const order of orders) counts[order.status] += 1;
  return counts;
}
