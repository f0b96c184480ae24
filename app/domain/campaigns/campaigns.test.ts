import { describe, expect, it } from 'vitest';
import { AppError } from '../../contract/errors';
import { parseYuanToFen } from '../money';
import { campaignBoard } from './board';
import { buildCampaign, type CampaignInput } from './new-campaign';

const now = Date.UTC(2026, 10, 25, 2);
const hour = 3_600_000;
const input = (patch: Partial<CampaignInput> = {}): CampaignInput => ({
  id: 'c1',
  title: ' 周末团 ',
  items: [{ productId: 'egg', priceFen: 4000, perPersonLimit: 2, totalLimit: 80 }],
  groupIds: ['g1'],
  deadline: now + 48 * hour,
  pickupFrom: now + 60 * hour,
  pickupTo: now + 70 * hour,
  pickupPlace: '南门店',
  delivery: false,
  ...patch,
});

function fieldOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.details?.['field'];
    throw error;
  }
  return null;
}

describe('a new campaign', () => {
  it('opens with a trimmed title and the owner’s items', () => {
    expect(buildCampaign(input(), now)).toMatchObject({ title: '周末团', status: 'open', createdAt: now });
  });
  it.each([
    ['no title', { title: '  ' }, 'title'],
    ['no products', { items: [] }, 'items'],
    ['a product twice', { items: [input().items[0]!, input().items[0]!] }, 'items'],
    [
      'a zero price',
      { items: [{ productId: 'egg', priceFen: 0, perPersonLimit: 0, totalLimit: 0 }] },
      'price',
    ],
    [
      'per person above total',
      { items: [{ productId: 'egg', priceFen: 1, perPersonLimit: 9, totalLimit: 5 }] },
      'limits',
    ],
    ['a past deadline', { deadline: now - 1 }, 'deadline'],
    ['pickup ending before it starts', { pickupTo: now + 59 * hour }, 'pickup'],
    ['pickup before the deadline', { pickupFrom: now + 40 * hour }, 'pickup'],
    ['no pickup place', { pickupPlace: '' }, 'pickupPlace'],
  ])('is refused with %s, naming the field', (_case, patch, field) => {
    expect(fieldOf(() => buildCampaign(input(patch), now))).toBe(field);
  });
});

describe('the campaign board', () => {
  const campaign = buildCampaign(
    input({
      items: [
        { productId: 'egg', priceFen: 4000, perPersonLimit: 2, totalLimit: 10 },
        { productId: 'veg', priceFen: 5000, perPersonLimit: 0, totalLimit: 0 },
      ],
    }),
    now,
  );
  const order = (memberId: string, status: 'paid' | 'cancelled' | 'draft', qty: number) => ({
    memberId,
    status,
    totalFen: qty * 4000,
    lines: [{ productId: 'egg', name: '', unit: '', priceFen: 4000, qty, pickedQty: 0 }],
  });
  it('counts sold orders, buyers, limits left, stock, time left and conversion', () => {
    const board = campaignBoard(
      campaign,
      [
        order('a', 'paid', 2),
        order('b', 'paid', 3),
        order('a', 'paid', 1),
        order('c', 'cancelled', 5),
        order('d', 'draft', 1),
      ],
      new Map([['egg', 40]]),
      20,
      now + 47 * hour,
    );
    expect(board).toEqual({
      orders: 3,
      buyers: 2,
      revenueFen: 24000,
      items: [
        { productId: 'egg', ordered: 6, leftUnderLimit: 4, stock: 40 },
        { productId: 'veg', ordered: 0, leftUnderLimit: null, stock: 0 },
      ],
      timeLeftMs: hour,
      conversion: 0.1,
    });
  });
  it('shows no time left after the deadline and no conversion without an audience', () => {
    const board = campaignBoard(campaign, [], new Map(), 0, now + 100 * hour);
    expect(board.timeLeftMs).toBe(0);
    expect(board.conversion).toBeNull();
  });
});

describe('prices typed in yuan', () => {
  it.each([
    ['39.9', 3990],
    ['¥39.90', 3990],
    ['４５', 4500],
    ['0.05', 5],
    ['39.999', null],
    ['-1', null],
    ['abc', null],
    ['', null],
  ])('%s is %s fen', (text, fen) => expect(parseYuanToFen(text)).toBe(fen));
});
