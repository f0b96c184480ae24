import type { StockMoveDoc } from '../../db/schemas/stock-moves';

/** Stock on hand per product: the sum of its moves (stock is never stored, so it can never disagree). */
export function stockLevels(moves: Pick<StockMoveDoc, 'productId' | 'qty'>[]): Map<string, number> {
  const levels = new Map<string, number>();
  for (const move of moves) levels.set(move.productId, (levels.get(move.productId) ?? 0) + move.qty);
  return levels;
}
