import { AppError } from '../../../../../app/contract/errors';
import type { WorkbenchDatabase } from '../../../../../app/db/collections';

export type ManualMoveKind = 'receive' | 'adjust' | 'loss';

export interface ManualMove {
  productId: string;
  kind: ManualMoveKind;
  /** As the owner types it: a count for receive and loss, a signed correction for adjust. */
  qty: number;
  reason: string;
  by: string;
}

/** Records a delivery, a count correction or a loss; corrections and losses must say why. */
export async function recordStockMove(db: WorkbenchDatabase, move: ManualMove): Promise<string> {
  const reason = move.reason.trim();
  if (!Number.isInteger(move.qty) || move.qty === 0 || Math.abs(move.qty) > 1_000_000) {
    throw new AppError('ORDER_INVALID', 'A stock quantity must be a whole number other than 0', {
      qty: move.qty,
    });
  }
  if (move.kind !== 'receive' && reason === '') {
    throw new AppError('ORDER_INVALID', 'Adjustments and losses need a reason', { kind: move.kind });
  }
  const signed =
    move.kind === 'receive' ? Math.abs(move.qty) : move.kind === 'loss' ? -Math.abs(move.qty) : move.qty;
  const id = `sm-${crypto.randomUUID()}`;
  await db.stockMoves.insert({
    id,
    productId: move.productId,
    kind: move.kind,
    qty: signed,
    reason,
    orderId: '',
    at: Date.now(),
    by: move.by,
  });
  return id;
}
