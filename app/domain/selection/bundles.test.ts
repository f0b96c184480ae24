import { describe, expect, it } from 'vitest';
import { AppError } from '../../contract/errors';
import type { ProductDoc } from '../../db/schemas/products';
import {
  bundleSummary,
  checkBundle,
  type BundleDraft,
  type BundleProblem,
  type BundleSummary,
} from './bundles';
import { productOf } from './fixtures';

const riceCereal = productOf('LL-MF-001');
const nutritionist = productOf('LL-SV-NUT');
const weaningClass = productOf('LL-SV-FSK');
const soy = productOf('LL-JY-500');
const noodles = productOf('LL-GM-1K', { active: false });
const products = new Map<string, ProductDoc>(
  [riceCereal, nutritionist, weaningClass, soy, noodles].map((product) => [product.id, product]),
);

const bundle = (priceFen: number, ...components: [ProductDoc | string, number][]): BundleDraft => ({
  priceFen,
  components: components.map(([part, qty]) => ({
    productId: typeof part === 'string' ? part : part.id,
    qty,
  })),
});

/** 辅食方案: 有机米粉 39.90 + 营养师答疑 69.00 + 辅食直播课 29.00, sold together for 99.00. */
const weaningPlan = bundle(9900, [riceCereal, 1], [nutritionist, 1], [weaningClass, 1]);

describe('bundleSummary', () => {
  it.each<[string, BundleDraft, BundleSummary]>([
    [
      '辅食方案',
      weaningPlan,
      {
        listPriceFen: 13790,
        priceFen: 9900,
        discountFen: 3890,
        discountPercent: 28,
        costFen: 6650,
        marginPercent: 33,
        hasService: true,
      },
    ],
    [
      'two bottles of soy sauce',
      bundle(5490, [soy, 2]),
      {
        listPriceFen: 5980,
        priceFen: 5490,
        discountFen: 490,
        discountPercent: 8,
        costFen: 3780,
        marginPercent: 31,
        hasService: false,
      },
    ],
    [
      'at the list price',
      bundle(6980, [riceCereal, 1], [soy, 1]),
      {
        listPriceFen: 6980,
        priceFen: 6980,
        discountFen: 0,
        discountPercent: 0,
        costFen: 4540,
        marginPercent: 35,
        hasService: false,
      },
    ],
    [
      'half made, with a part not found',
      bundle(3500, [riceCereal, 1], ['p-gone', 2]),
      {
        listPriceFen: 3990,
        priceFen: 3500,
        discountFen: 490,
        discountPercent: 12,
        costFen: 2650,
        marginPercent: 24,
        hasService: false,
      },
    ],
    [
      'nothing yet',
      bundle(0),
      {
        listPriceFen: 0,
        priceFen: 0,
        discountFen: 0,
        discountPercent: 0,
        costFen: 0,
        marginPercent: null,
        hasService: false,
      },
    ],
  ])('%s', (_label, draft, summary) => expect(bundleSummary(draft, products)).toEqual(summary));
});

describe('checkBundle', () => {
  it.each<[string, BundleDraft]>([
    ['辅食方案', weaningPlan],
    ['a price equal to the list price', bundle(13790, [riceCereal, 1], [nutritionist, 1], [weaningClass, 1])],
    ['a price equal to the cost', bundle(6650, [riceCereal, 1], [nutritionist, 1], [weaningClass, 1])],
    ['one product several times', bundle(5490, [soy, 2])],
  ])('accepts %s', (_label, draft) =>
    expect(checkBundle(draft, products)).toEqual(bundleSummary(draft, products)),
  );

  it.each<[string, BundleDraft, string, BundleProblem]>([
    ['no parts', bundle(0), 'components', 'empty'],
    ['a quantity of 0', bundle(3990, [riceCereal, 1], [soy, 0]), 'components.1.qty', 'badQty'],
    ['half a bottle', bundle(3990, [riceCereal, 1], [soy, 0.5]), 'components.1.qty', 'badQty'],
    [
      'an unknown product',
      bundle(3990, [riceCereal, 1], ['p-gone', 1]),
      'components.1.productId',
      'unknownProduct',
    ],
    [
      'a product no longer sold',
      bundle(3000, [noodles, 1], [soy, 1]),
      'components.0.productId',
      'inactiveProduct',
    ],
    ['a negative price', bundle(-1, [riceCereal, 1]), 'priceFen', 'badPrice'],
    ['a price in fractions of a fen', bundle(3500.5, [riceCereal, 1]), 'priceFen', 'badPrice'],
    [
      'a price above the parts',
      bundle(13791, [riceCereal, 1], [nutritionist, 1], [weaningClass, 1]),
      'priceFen',
      'aboveListPrice',
    ],
    [
      'a price below cost',
      bundle(6649, [riceCereal, 1], [nutritionist, 1], [weaningClass, 1]),
      'priceFen',
      'belowCost',
    ],
  ])('refuses %s', (_label, draft, field, problem) => {
    let thrown: unknown;
    try {
      checkBundle(draft, products);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    const error = thrown as AppError;
    expect(error.code).toBe('ORDER_INVALID');
    expect(error.details).toMatchObject({ field, problem });
  });

  it('says which numbers are wrong', () => {
    const draft = bundle(6000, [riceCereal, 1], [nutritionist, 1], [weaningClass, 1]);
    expect(() => checkBundle(draft, products)).toThrow(
      expect.objectContaining({
        details: { field: 'priceFen', problem: 'belowCost', priceFen: 6000, costFen: 6650 },
      }),
    );
  });
});
