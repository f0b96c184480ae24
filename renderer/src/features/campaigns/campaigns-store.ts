import { create } from 'zustand';
import { Subscription } from 'rxjs';
import type { WorkbenchDatabase } from '../../../../app/db/collections';
import type { CampaignDoc } from '../../../../app/db/schemas/campaigns';
import type { GroupDoc } from '../../../../app/db/schemas/groups';
import type { MemberDoc } from '../../../../app/db/schemas/members';
import type { OrderDoc } from '../../../../app/db/schemas/orders';
import type { ProductDoc } from '../../../../app/db/schemas/products';
import { stockLevels } from '../../../../app/domain/stock/stock-levels';
import { watchDocs } from '../../data/watch';

export type BoardOrder = Pick<OrderDoc, 'status' | 'memberId' | 'totalFen' | 'lines'>;

interface CampaignsState {
  campaigns: CampaignDoc[];
  products: ProductDoc[];
  groups: GroupDoc[];
  members: Pick<MemberDoc, 'groupIds'>[];
  stock: Map<string, number>;
  campaignOrders: Record<string, BoardOrder[]>;
}

export const useCampaignsStore = create<CampaignsState>()(() => ({
  campaigns: [],
  products: [],
  groups: [],
  members: [],
  stock: new Map(),
  campaignOrders: {},
}));

/** Members reachable through the campaign's groups: the denominator of its conversion. */
export function audienceSize(
  campaign: Pick<CampaignDoc, 'groupIds'>,
  members: Pick<MemberDoc, 'groupIds'>[],
): number {
  return members.filter((member) => member.groupIds.some((id) => campaign.groupIds.includes(id))).length;
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
            campaignOrders: { ...state.campaignOrders, [campaign.id]: orders },
          })),
        ),
      );
    }
  });
  const cleanup = new Subscription(() => perCampaign.forEach((subscription) => subscription.unsubscribe()));
  return [
    campaigns,
    watchDocs(db.products.find({ selector: { active: true } }).$, (products) =>
      useCampaignsStore.setState({ products }),
    ),
    watchDocs(db.groups.find().$, (groups) => useCampaignsStore.setState({ groups })),
    watchDocs(db.members.find().$, (members) => useCampaignsStore.setState({ members })),
    watchDocs(db.stockMoves.find().$, (moves) => useCampaignsStore.setState({ stock: stockLevels(moves) })),
    cleanup,
  ];
}
