import { AppError, toAppError } from '../../../../../app/contract/errors';
import type { WorkbenchDatabase } from '../../../../../app/db/collections';
import type { OrderDoc } from '../../../../../app/db/schemas/orders';
import type { StockMoveDoc } from '../../../../../app/db/schemas/stock-moves';
import type { OrderDraft } from '../../../../../app/domain/import/group-orders';
import { applyOrderAction } from '../../../../../app/domain/orders/lifecycle';
import { buildOrder } from '../../../../../app/domain/orders/new-order';
import { pickupCodeFor } from '../../../../../app/domain/pickup/numeric-code';
import type { StoreKey } from '../../../../../app/domain/pickup/store-key';
import { orderDayPrefix, ordersToday } from './order-numbers';
import { productsById, stockOf } from './stock-queries';

export const importBatchSize = 50;

export interface ImportProgress {
  saved: number;
  total: number;
}

export interface ImportOutcome {
  saved: number;
  /** Drafts refused by the order rules (e.g. not enough stock), with the rows they came from. */
  refused: { rows: number[]; error: AppError }[];
}

/**
 * Writes the confirmed drafts as orders, a batch at a time. A batch is acknowledged (progress reported)
 * only after its orders are stored, so the count on screen never runs ahead of what would survive a crash.
 */
export async function commitImport(
  db: WorkbenchDatabase,
  store: StoreKey,
  drafts: readonly OrderDraft[],
  by: string,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  const at = Date.now();
  const productIds = drafts.flatMap((draft) => draft.lines.map((line) => line.productId));
  const products = await productsById(db, productIds);
  const stock = await stockOf(db, productIds);
  const members = new Map((await db.members.find().exec()).filter((m) => m.phone).map((m) => [m.phone, m]));
  const prefix = orderDayPrefix(at);
  let sequence = await ordersToday(db, at);
  const outcome: ImportOutcome = { saved: 0, refused: [] };
  for (let start = 0; start < drafts.length; start += importBatchSize) {
    const orders: OrderDoc[] = [];
    const moves: StockMoveDoc[] = [];
    for (const draft of drafts.slice(start, start + importBatchSize)) {
      try {
        const member = members.get(draft.phone);
        const id = crypto.randomUUID();
        sequence += 1;
        const order = buildOrder({
          id,
          no: `${prefix}-${String(sequence).padStart(4, '0')}`,
          source: 'import',
          member: member
            ? { id: member.id, name: member.nicknames[0] ?? member.name }
            : { id: '', name: draft.name },
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
        moves.push(...confirmed.moves);
      } catch (error) {
        outcome.refused.push({ rows: draft.rows, error: toAppError(error) });
      }
    }
    const written = await db.orders.bulkInsert(orders);
    if (written.error.length > 0)
      throw new AppError('DB_FAILED', 'Some imported orders were not saved', {
        failed: written.error.length,
      });
    await db.stockMoves.bulkUpsert(moves);
    outcome.saved += orders.length;
    onProgress({ saved: outcome.saved, total: drafts.length });
  }
  return outcome;
}
