import type { WorkbenchDatabase } from '../../../../../app/db/collections';
import type { ProductDoc } from '../../../../../app/db/schemas/products';
import { stockLevels } from '../../../../../app/domain/stock/stock-levels';

/** Available stock of just the products an action touches, read through the [productId, at] index. */
export async function stockOf(
  db: WorkbenchDatabase,
  productIds: readonly string[],
): Promise<Map<string, number>> {
  const ids = [...new Set(productIds)];
  const moves = await db.stockMoves.find({ selector: { productId: { $in: ids } } }).exec();
  const levels = stockLevels(moves.map((move) => ({ productId: move.productId, qty: move.qty })));
  for (const id of ids) if (!levels.has(id)) levels.set(id, 0);
  return levels;
}

export async function productsById(
  db: WorkbenchDatabase,
  productIds: readonly string[],
): Promise<Map<string, ProductDoc>> {
  const found = await db.products.findByIds([...new Set(productIds)]).exec();
  return new Map([...found.values()].map((doc) => [doc.id, doc.toMutableJSON()]));
}
