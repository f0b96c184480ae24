import { AppError } from '../../contract/errors';
import type { ProductDoc } from '../../db/schemas/products';
import { marginPercent } from '../money';
import { isValidLineQty, maxLineQty } from '../orders/order-lines';

export interface BundleComponent {
  productId: string;
  qty: number;
}

/**
 * A bundle of the store's goods and services sold at one price of its own (辅食方案 = 有机米粉 + 营养师答疑
 * + 直播课). Names and ids belong to whoever stores the bundle; the rules only need its parts and price.
 */
export interface BundleDraft {
  components: readonly BundleComponent[];
  priceFen: number;
}

export interface BundleSummary {
  /** What the parts cost bought one by one at the store's prices. */
  listPriceFen: number;
  priceFen: number;
  discountFen: number;
  /** Whole percent of the list price; 0 for a bundle with no list price. */
  discountPercent: number;
  costFen: number;
  /** Gross margin of the bundle price, or null for a free bundle. */
  marginPercent: number | null;
  /** A service (答疑, 课) is part of it, which the owner has to schedule when the bundle sells. */
  hasService: boolean;
}

type Products = ReadonlyMap<string, Pick<ProductDoc, 'kind' | 'priceFen' | 'costFen' | 'active'>>;

/**
 * The figures of a bundle as the owner edits it. Parts not in `products` add nothing, so that the summary
 * can be shown while a bundle is half made; `checkBundle` is what refuses them.
 */
export function bundleSummary(bundle: BundleDraft, products: Products): BundleSummary {
  let listPriceFen = 0;
  let costFen = 0;
  let hasService = false;
  for (const { productId, qty } of bundle.components) {
    const product = products.get(productId);
    if (product === undefined) continue;
    listPriceFen += product.priceFen * qty;
    costFen += product.costFen * qty;
    hasService ||= product.kind === 'service';
  }
  const discountFen = listPriceFen - bundle.priceFen;
  return {
    listPriceFen,
    priceFen: bundle.priceFen,
    discountFen,
    discountPercent: listPriceFen > 0 ? Math.round((discountFen / listPriceFen) * 100) : 0,
    costFen,
    marginPercent: marginPercent(bundle.priceFen, costFen),
    hasService,
  };
}

export type BundleProblem =
  'empty' | 'badQty' | 'unknownProduct' | 'inactiveProduct' | 'badPrice' | 'aboveListPrice' | 'belowCost';

function bundleInvalid(
  problem: BundleProblem,
  field: string,
  message: string,
  details: Record<string, unknown> = {},
): AppError {
  return new AppError('ORDER_INVALID', message, { field, problem, ...details });
}

/**
 * The summary of a bundle that may be sold, or the first thing wrong with it.
 *
 * A price equal to the list price (no discount) or to the cost (no margin) is allowed: the owner may sell a
 * bundle for convenience alone, or at cost to win a household; what is refused is a bundle dearer than its
 * parts, which nobody would buy, and one sold at a loss.
 *
 * @throws AppError ORDER_INVALID {field, problem, …} where `field` is `components`, `components.<i>.qty`,
 *   `components.<i>.productId` or `priceFen`, and `problem` one of {@link BundleProblem}: no parts, a
 *   quantity that is not a whole number from 1 to 10000, a product that is unknown or no longer sold, a
 *   price that is not a whole number of fen from 0, a price above the sum of the parts or below their cost.
 */
export function checkBundle(bundle: BundleDraft, products: Products): BundleSummary {
  if (bundle.components.length === 0) {
    throw bundleInvalid('empty', 'components', 'A bundle needs at least one product or service.');
  }
  bundle.components.forEach(({ productId, qty }, index) => {
    if (!isValidLineQty(qty)) {
      throw bundleInvalid(
        'badQty',
        `components.${index}.qty`,
        `A quantity must be a whole number from 1 to ${maxLineQty}.`,
        {
          productId,
          qty,
        },
      );
    }
    const product = products.get(productId);
    if (product === undefined) {
      throw bundleInvalid(
        'unknownProduct',
        `components.${index}.productId`,
        `Product ${productId} is not in the selection.`,
        {
          productId,
        },
      );
    }
    if (!product.active) {
      throw bundleInvalid(
        'inactiveProduct',
        `components.${index}.productId`,
        `Product ${productId} is no longer sold.`,
        {
          productId,
        },
      );
    }
  });
  if (!Number.isInteger(bundle.priceFen) || bundle.priceFen < 0) {
    throw bundleInvalid('badPrice', 'priceFen', 'A bundle price must be a whole number of fen from 0.', {
      priceFen: bundle.priceFen,
    });
  }
  const summary = bundleSummary(bundle, products);
  if (summary.priceFen > summary.listPriceFen) {
    throw bundleInvalid(
      'aboveListPrice',
      'priceFen',
      'A bundle may not cost more than its parts bought one by one.',
      {
        priceFen: summary.priceFen,
        listPriceFen: summary.listPriceFen,
      },
    );
  }
  if (summary.priceFen < summary.costFen) {
    throw bundleInvalid('belowCost', 'priceFen', 'A bundle may not be sold below the cost of its parts.', {
      priceFen: summary.priceFen,
      costFen: summary.costFen,
    });
  }
  return summary;
}
