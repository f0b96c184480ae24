import type { LiveSessionDoc } from '../../../../app/db/schemas/live-sessions';
import type { ProductDoc } from '../../../../app/db/schemas/products';
import type { DigestProduct, OnAirEntry, ProductFacts } from '../../../../app/domain/copilot';
import { currentPosition } from '../../../../app/domain/live';
import { createProductIndex, rundownProducts, type ProductIndex } from '../../../../app/text/intent';

/** What the copilot knows of a session's rundown: link numbers (1号, 2号…) and the products behind them. */
export interface RundownContext {
  index: ProductIndex;
  /** Link → product id, for links whose product is still in the catalogue. */
  productIdOf: Map<number, string>;
}

export function rundownContext(
  session: Pick<LiveSessionDoc, 'rundown'>,
  productsById: ReadonlyMap<string, Pick<ProductDoc, 'name' | 'aliases'>>,
): RundownContext {
  const productIdOf = new Map<number, string>();
  session.rundown.forEach(({ productId }, index) => {
    if (productsById.has(productId)) productIdOf.set(index + 1, productId);
  });
  return { index: createProductIndex(rundownProducts(session.rundown, productsById)), productIdOf };
}

/** The rundown as the digest sees it, with only the facts the store holds (see product-facts.ts). */
export function digestProducts(
  session: Pick<LiveSessionDoc, 'rundown'>,
  productsById: ReadonlyMap<string, ProductDoc>,
  stock: ReadonlyMap<string, number>,
  facts: ReadonlyMap<string, ProductFacts> = new Map(),
): (DigestProduct & { costFen: number })[] {
  return session.rundown.flatMap(({ productId }, index) => {
    const product = productsById.get(productId);
    if (product === undefined) return [];
    return [
      {
        link: index + 1,
        productId,
        name: product.name,
        priceFen: product.priceFen,
        stockLeft: stock.get(productId) ?? 0,
        unit: product.unit,
        kind: product.kind,
        costFen: product.costFen,
        facts: facts.get(productId) ?? { certifications: [] },
      },
    ];
  });
}

/** When each rundown product went on air, so "+1" counts for the product shown when it was written. */
export function onAirOf(session: Pick<LiveSessionDoc, 'rundown' | 'shown'>): OnAirEntry[] {
  return session.shown.flatMap(({ productId, at }) => {
    const index = session.rundown.findIndex((item) => item.productId === productId);
    return index < 0 ? [] : [{ link: index + 1, at }];
  });
}

/** The product on air (the current rundown segment), or the first one before the show starts. */
export function onAirProduct(
  session: Pick<LiveSessionDoc, 'rundown' | 'shown'>,
  products: readonly DigestProduct[],
): DigestProduct | undefined {
  const link = currentPosition(session) + 1;
  return products.find((product) => product.link === link) ?? products[0];
}
