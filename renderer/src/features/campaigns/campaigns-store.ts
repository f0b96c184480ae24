import { create } from 'zustand';
import { Subscription } from 'rxjs';
import type { WorkbenchDatabase } from '../../../../app/db/collections';
import type { CampaignDoc } from '../../../../app/db/schemas/campaigns';
import type { OrderDoc } from '../../../../app/db/schemas/orders';
import type { ProductDoc } from '../../../../app/db/schemas/products';
import { stockLevels } from '../../../../app/domain/stock/stock-levels';
import { watchDocs } from '../../data/watch';

export interface CampaignRollup {
  orders: number;
  revenueFen: number;
}

interface CampaignsState {
  campaigns: CampaignDoc[];
  products: ProductDoc[];
  stock: Map<string, number>;
  rollups: Record<string, CampaignRollup>;
}

export const useCampaignsStore = create<CampaignsState>()(() => ({
  campaigns: [],
  products: [],
  stock: new Map(),
  rollups: {},
}));

/** Orders and sales of one campaign; cancelled and refunded orders are not sales. */
export function rollUp(orders: Pick<OrderDoc, 'status' | 'totalFen'>[]): CampaignRollup {
  const sold = orders.filter(
    (order) => order.status !== 'cancelled' && order.status !== 'refunded' && order.status !== 'draft',
  );
  return { orders: sold.length, revenueFen: sold.reduce((sum, order) => sum + order.totalFen, 0) };
}

export function watchCampaigns(db: WorkbenchDatabase): Subscription[] {
  const perCampaign = new Map<string, Subscription>();
  const campaigns = watchDocs(db.campaigns.find({ sort: [{ createdAt: 'desc' }] }).$, (docs) => {
    useCampaignsStore.setState({ campaigns: docs });
    for (const campaign of docs) {
      if (perCampaign.has(campaign.id)) continue;
      perCampaign.set(
        campaign.id,
        watchDocs(db.orders.find({ selector: { campaignId: campaign.id } }).$, (orders) =>
          useCampaignsStore.setState((state) => ({
            rollups: { ...state.rollups, [campaign.id]: rollUp(orders) },
          })),
        ),
      );
    }
  });
  const products = watchDocs(db.products.find({ selector: { active: true } }).$, (docs) =>
    useCampaignsStore.setState({ products: docs }),
  );
  const stock = watchDocs(db.stockMoves.find().$, (moves) =>
    useCampaignsStore.setState({ stock: stockLevels(moves) }),
  );
  const cleanup = new Subscription(() => perCampaign.forEach((subscription) => subscription.unsubscribe()));
  return [campaigns, products, stock, cleanup];
}
