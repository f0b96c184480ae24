import { AppError, toAppError } from '../../../../../app/contract/errors';
import type { WorkbenchDatabase } from '../../../../../app/db/collections';
import type { CampaignDoc } from '../../../../../app/db/schemas/campaigns';
import type { OrderDoc } from '../../../../../app/db/schemas/orders';
import type { StockMoveDoc } from '../../../../../app/db/schemas/stock-moves';
import { applyOrderAction } from '../../../../../app/domain/orders/lifecycle';
import { buildOrder, checkCampaignLimits } from '../../../../../app/domain/orders/new-order';
import { pickupCodeFor } from '../../../../../app/domain/pickup/numeric-code';
import type { StoreKey } from '../../../../../app/domain/pickup/store-key';
import { orderDayPrefix, ordersToday } from './order-numbers';
import { productsById, stockOf } from './stock-queries';

export const batchSize = 50;

/** One order to take, as an import or a 接龙 list yields it. */
export interface OrderDraftInput {
  member: { id: string; name: string };
  lines: { productId: string; qty: number }[];
  building: string;
  /** Where the draft came from in the source (file rows, chat lines), for the refusal report. */
  refs: number[];
}

export interface BatchProgress {
  saved: number;
  total: number;
}

export interface BatchOutcome {
  saved: number;
  /** Drafts refused by the order rules (stock, campaign limits), with where they came from. */
  refused: { refs: number[]; error: AppError }[];
}

/**
 * Writes drafts as confirmed orders, a batch at a time, checking stock and campaign limits as the
 * batch grows. A batch is acknowledged (progress reported) only after its orders are stored, so the
 * count on screen never runs ahead of what would survive a crash.
 */
export async function writeOrderDrafts(
  db: WorkbenchDatabase,
  store: StoreKey,
  drafts: readonly OrderDraftInput[],
  context: { source: OrderDoc['source']; campaign?: CampaignDoc; by: string },
  onProgress: (progress: BatchProgress) => void,
): Promise<BatchOutcome> {
  const at = Date.now();
  const { source, campaign, by } = context;
  const productIds = drafts.flatMap((draft) => draft.lines.map((line) => line.productId));
  const products = await productsById(db, productIds);
  const stock = await stockOf(db, productIds);
  const campaignOrders: Pick<OrderDoc, 'memberId' | 'status' | 'lines'>[] = campaign
    ? (await db.orders.find({ selector: { campaignId: campaign.id } }).exec()).map((doc) =>
        doc.toMutableJSON(),
      )
    : [];
  const prefix = orderDayPrefix(at);
  let sequence = await ordersToday(db, at);
  const outcome: BatchOutcome = { saved: 0, refused: [] };
  for (let start = 0; start < drafts.length; start += batchSize) {
    const orders: OrderDoc[] = [];
    const moves: StockMoveDoc[] = [];
    for (const draft of drafts.slice(start, start + batchSize)) {
      try {
        if (campaign)
          checkCampaignLimits(campaign, campaignOrders, { memberId: draft.member.id, lines: draft.lines });
        const id = crypto.randomUUID();
        sequence += 1;
        const order = buildOrder({
          id,
          no: `${prefix}-${String(sequence).padStart(4, '0')}`,
          source,
          member: draft.member,
          campaign,
          lines: draft.lines.map((line) => {
            const product = products.get(line.productId);
            if (!product) throw new AppError('ORDER_INVALID', `Unknown product ${line.productId}`);
            return { product, qty: line.qty };
          }),
          fulfilment: draft.building ? 'delivery' : 'pickup',
          building: draft.building.slice(0, 20),
          pickupCode: pickupCodeFor(store, id),
          at,
          by,
        });
        const confirmed = applyOrderAction(order, { type: 'confirm' }, { at, by, stock, products });
        for (const move of confirmed.moves)
          stock.set(move.productId, (stock.get(move.productId) ?? 0) + move.qty);
        orders.push(confirmed.order);
        campaignOrders.push(confirmed.order);
        moves.push(...confirmed.moves);
      } catch (error) {
        outcome.refused.push({ refs: draft.refs, error: toAppError(error) });
      }
    }
    const written = await db.orders.bulkInsert(orders);
    if (written.error.length > 0)
      throw new AppError('DB_FAILED', 'Some orders were not saved', { failed: written.error.length });
    await db.stockMoves.bulkUpsert(moves);
    outcome.saved += orders.length;
    onProgress({ saved: outcome.saved, total: drafts.length });
  }
  return outcome;
}
