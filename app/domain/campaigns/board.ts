import type { CampaignDoc } from '../../db/schemas/campaigns';
import type { OrderDoc, OrderStatus } from '../../db/schemas/orders';

/** Orders that count as sold for a campaign: accepted and not undone. */
const sold = new Set<OrderStatus>(['confirmed', 'paid', 'ready', 'pickedUp', 'delivered']);

export interface CampaignBoard {
  orders: number;
  buyers: number;
  revenueFen: number;
  /** Per item: ordered so far and what is left under the campaign's total limit (null = no limit). */
  items: { productId: string; ordered: number; leftUnderLimit: number | null; stock: number }[];
  /** ms until the deadline; 0 once it passed. */
  timeLeftMs: number;
  /** Buyers ÷ members of the campaign's groups; null when the campaign targets no group. */
  conversion: number | null;
}

export function campaignBoard(
  campaign: CampaignDoc,
  orders: readonly Pick<OrderDoc, 'status' | 'memberId' | 'totalFen' | 'lines'>[],
  stock: ReadonlyMap<string, number>,
  audienceSize: number,
  now: number,
): CampaignBoard {
  const counted = orders.filter((order) => sold.has(order.status));
  const buyers = new Set(counted.map((order) => order.memberId).filter(Boolean));
  const ordered = new Map<string, number>();
  for (const order of counted)
    for (const line of order.lines)
      ordered.set(line.productId, (ordered.get(line.productId) ?? 0) + line.qty);
  return {
    orders: counted.length,
    buyers: buyers.size,
    revenueFen: counted.reduce((sum, order) => sum + order.totalFen, 0),
    items: campaign.items.map((item) => {
      const qty = ordered.get(item.productId) ?? 0;
      return {
        productId: item.productId,
        ordered: qty,
        leftUnderLimit: item.totalLimit > 0 ? Math.max(0, item.totalLimit - qty) : null,
        stock: stock.get(item.productId) ?? 0,
      };
    }),
    timeLeftMs: Math.max(0, campaign.deadline - now),
    conversion: audienceSize > 0 ? buyers.size / audienceSize : null,
  };
}
