import type { WorkbenchDatabase } from '../../../../app/db/collections';
import type { OrderDoc } from '../../../../app/db/schemas/orders';
import type { StoreKey } from '../../../../app/domain/pickup/store-key';
import { ownerName } from '../orders/OrderDetail';
import { createOrder } from '../orders/services/order-service';
import type { DraftLine } from './drafts';

/**
 * Turns a draft into a real live order through the order book, so stock, numbering and pickup codes follow
 * the same rules as at the counter. Unpaid: a live buyer pays at pickup or by transfer later. Without a
 * member the order carries the viewer's nickname, so the owner can still find it at pickup.
 */
export function confirmDraft(
  db: WorkbenchDatabase,
  store: StoreKey,
  draft: DraftLine,
  member: { id: string; name: string } | null,
): Promise<OrderDoc> {
  return createOrder(db, store, {
    source: 'live',
    member: member ?? { id: '', name: draft.nickname },
    campaignId: '',
    lines: [{ productId: draft.productId, qty: draft.qty }],
    fulfilment: 'pickup',
    building: '',
    payNow: null,
    by: ownerName,
  });
}
