import type { ProductDoc } from '../../db/schemas/products';
import type { StockMoveDoc } from '../../db/schemas/stock-moves';

/**
 * Available stock per product: the sum of all its moves, reservations included, so goods promised to
 * an order are no longer offered to the next one. Stock is never stored, so it can never disagree.
 */
export function stockLevels(moves: Pick<StockMoveDoc, 'productId' | 'qty'>[]): Map<string, number> {
  const levels = new Map<string, number>();
  for (const move of moves) levels.set(move.productId, (levels.get(move.productId) ?? 0) + move.qty);
  return levels;
}

/**
 * What is physically in the store: reservations only set goods aside, so reserve and release moves are
 * left out. This is the number to compare with a shelf count.
 */
export function onHandLevels(moves: Pick<StockMoveDoc, 'productId' | 'qty' | 'kind'>[]): Map<string, number> {
  return stockLevels(moves.filter((move) => move.kind !== 'reserve' && move.kind !== 'release'));
}

export interface LowStockItem<P> {
  product: P;
  available: number;
}

/**
 * Active goods whose available stock is at or below their alert level, emptiest first. A product with
 * no moves has nothing available; services never run out.
 */
export function lowStock<P extends Pick<ProductDoc, 'id' | 'kind' | 'lowStockAt' | 'active'>>(
  products: readonly P[],
  levels: ReadonlyMap<string, number>,
): LowStockItem<P>[] {
  return products
    .filter((product) => product.kind === 'goods' && product.active)
    .map((product) => ({ product, available: levels.get(product.id) ?? 0 }))
    .filter(({ product, available }) => available <= product.lowStockAt)
    .sort((a, b) => a.available - b.available);
}
