import { describe, expect, it } from 'vitest';
import type { CampaignItem } from '../../db/schemas/campaigns';
import type { OrderDoc, OrderStatus } from '../../db/schemas/orders';
import { buildOrder, checkCampaignLimits, type NewOrderInput } from './new-order';
import { eggs, haircut, milk, product, t0, refusal } from './test-support';

const campaign = {
  id: 'c-weekend',
  items: [{ productId: eggs.id, priceFen: 990, perPersonLimit: 2, totalLimit: 10 }],
};

const input = (overrides: Partial<NewOrderInput> = {}): NewOrderInput => ({
  id: 'o-9',
  no: 'LL250510-0009',
  source: 'jielong',
  member: { id: 'm-7', name: '小区张姐' },
  campaign,
  lines: [
    { product: eggs, qty: 2 },
    { product: milk, qty: 1 },
  ],
  fulfilment: 'delivery',
  building: '3栋',
  pickupCode: '482913',
  at: t0,
  by: '店长',
  ...overrides,
});

describe('building an order', () => {
  it('is a draft with price snapshots, the campaign price where the campaign has the product', () => {
    const order = buildOrder(input());
    expect(order).toEqual<OrderDoc>({
      id: 'o-9',
      no: 'LL250510-0009',
      source: 'jielong',
      memberId: 'm-7',
      memberName: '小区张姐',
      campaignId: 'c-weekend',
      lines: [
        { productId: eggs.id, name: '土鸡蛋', unit: '盒', priceFen: 990, qty: 2, pickedQty: 0 },
        { productId: milk.id, name: '鲜牛奶', unit: '瓶', priceFen: 800, qty: 1, pickedQty: 0 },
      ],
      totalFen: 2 * 990 + 800,
      status: 'draft',
      payment: { method: 'none', paidAt: 0 },
      fulfilment: 'delivery',
      building: '3栋',
      pickupCode: '482913',
      shelfSlot: '',
      history: [{ at: t0, by: '店长', action: 'created', from: '', to: 'draft', note: '' }],
      nps: -1,
      createdAt: t0,
      updatedAt: t0,
    });
  });

  it('charges the shelf price outside a campaign and has no member for a walk-in', () => {
    const order = buildOrder(input({ campaign: undefined, member: null }));
    expect(order.lines.map((line) => line.priceFen)).toEqual([1290, 800]);
    expect([order.memberId, order.memberName, order.campaignId]).toEqual(['', '', '']);
  });

  it('merges the same product typed twice into one line', () => {
    const order = buildOrder(
      input({
        lines: [
          { product: eggs, qty: 2 },
          { product: haircut, qty: 1 },
          { product: eggs, qty: 1 },
        ],
      }),
    );
    expect(order.lines.map((line) => [line.productId, line.qty])).toEqual([
      [eggs.id, 3],
      [haircut.id, 1],
    ]);
    expect(order.totalFen).toBe(3 * 990 + 3000);
  });

  it.each<[string, NewOrderInput['lines'], Record<string, unknown>]>([
    ['no lines', [], {}],
    ['a quantity of 0', [{ product: eggs, qty: 0 }], { productId: eggs.id, qty: 0 }],
    ['a negative quantity', [{ product: eggs, qty: -1 }], { productId: eggs.id, qty: -1 }],
    ['a fraction', [{ product: eggs, qty: 1.5 }], { productId: eggs.id, qty: 1.5 }],
    ['more than 10000', [{ product: eggs, qty: 10_001 }], { productId: eggs.id, qty: 10_001 }],
    [
      'more than 10000 once merged',
      [
        { product: eggs, qty: 6000 },
        { product: eggs, qty: 5000 },
      ],
      { productId: eggs.id, qty: 11_000 },
    ],
    ['an inactive product', [{ product: { ...milk, active: false }, qty: 1 }], { productId: milk.id }],
    [
      'more than 100 products',
      Array.from({ length: 101 }, (_, index) => ({ product: product(`p-${index}`), qty: 1 })),
      { lines: 101, max: 100 },
    ],
  ])('refuses %s', (_, lines, details) => {
    const error = refusal(() => buildOrder(input({ lines })));
    expect(error.code).toBe('ORDER_INVALID');
    expect(error.details).toMatchObject({ orderNo: 'LL250510-0009', ...details });
  });

  it('accepts exactly 10000 of a product', () => {
    expect(buildOrder(input({ lines: [{ product: eggs, qty: 10_000 }] })).lines[0]?.qty).toBe(10_000);
  });
});

describe('campaign limits', () => {
  const item = (perPersonLimit: number, totalLimit: number): CampaignItem => ({
    productId: eggs.id,
    priceFen: 990,
    perPersonLimit,
    totalLimit,
  });
  const bought = (memberId: string, qty: number, status: OrderStatus = 'paid') => ({
    memberId,
    status,
    lines: [{ productId: eggs.id, name: '', unit: '', priceFen: 990, qty, pickedQty: 0 }],
  });
  const wants = (memberId: string, qty: number) => ({ memberId, lines: [{ productId: eggs.id, qty }] });

  it.each<[string, CampaignItem, ReturnType<typeof bought>[], ReturnType<typeof wants>, object | null]>([
    ['within both limits', item(2, 10), [bought('m-1', 1)], wants('m-1', 1), null],
    [
      'over the per-person limit with an earlier order',
      item(2, 10),
      [bought('m-1', 2)],
      wants('m-1', 1),
      { limit: 2, already: 2, requested: 1, scope: 'perPerson' },
    ],
    [
      'over the per-person limit in one order',
      item(2, 10),
      [],
      wants('m-1', 3),
      { limit: 2, already: 0, requested: 3, scope: 'perPerson' },
    ],
    [
      "another neighbour's order does not count per person",
      item(2, 10),
      [bought('m-2', 2)],
      wants('m-1', 2),
      null,
    ],
    [
      'over the total limit',
      item(0, 10),
      [bought('m-2', 6), bought('m-3', 3)],
      wants('m-1', 2),
      { limit: 10, already: 9, requested: 2, scope: 'total' },
    ],
    ['exactly the total limit', item(0, 10), [bought('m-2', 8)], wants('m-1', 2), null],
    ['no limits at all', item(0, 0), [bought('m-1', 500)], wants('m-1', 500), null],
    [
      'drafts, cancelled and refunded orders give their share back',
      item(2, 3),
      [bought('m-1', 2, 'draft'), bought('m-1', 2, 'cancelled'), bought('m-2', 3, 'refunded')],
      wants('m-1', 2),
      null,
    ],
    [
      'picked-up orders still count',
      item(2, 10),
      [bought('m-1', 1, 'pickedUp')],
      wants('m-1', 2),
      { limit: 2, already: 1, requested: 2, scope: 'perPerson' },
    ],
    ['walk-ins are not added up per person', item(2, 10), [bought('', 2)], wants('', 2), null],
    [
      'walk-ins still count towards the total',
      item(0, 3),
      [bought('', 2)],
      wants('', 2),
      { limit: 3, already: 2, requested: 2, scope: 'total' },
    ],
  ])('%s', (_, campaignItem, existing, candidate, expected) => {
    const run = () => checkCampaignLimits({ items: [campaignItem] }, existing, candidate);
    if (expected === null) {
      expect(run).not.toThrow();
    } else {
      const error = refusal(run);
      expect(error.code).toBe('CAMPAIGN_LIMIT');
      expect(error.details).toEqual({ productId: eggs.id, ...expected });
    }
  });

  it('ignores products the campaign does not limit', () => {
    expect(() =>
      checkCampaignLimits({ items: [item(1, 1)] }, [], {
        memberId: 'm-1',
        lines: [{ productId: milk.id, qty: 99 }],
      }),
    ).not.toThrow();
  });
});
