import { describe, expect, it } from 'vitest';
import type { ProductDoc } from '../../db/schemas/products';
import { catalog, catalogItem, now, order, productOf, shanghai } from './fixtures';
import type { KeywordTrend, TrendDirection } from './keyword-trends';
import type { SalesOrder } from './sales-stats';
import { rankCatalog, type RankCatalogInput, type RankReason, type ReasonKind } from './suggestions';

const base: RankCatalogInput = { catalog, selection: [], orders: [], trends: [], memberTags: {}, now };

/** The reasons of one kind the ranking gives a catalogue item. */
function reasonsOf(sku: string, kind: ReasonKind, input: Partial<RankCatalogInput> = {}): RankReason[] {
  const ranked = rankCatalog({ ...base, ...input }).find((item) => item.catalogId === catalogItem(sku).id);
  return (ranked?.reasons ?? []).filter((reason) => reason.kind === kind);
}

const trend = (keyword: string, weeks: number[], direction: TrendDirection): KeywordTrend => ({
  keyword,
  weeks,
  trend: direction,
});

const eggs = productOf('LL-EG-030');
/** `count` members ordering in November, the first `repeat` of them again in December. */
function eggBuyers(count: number, repeat: number): SalesOrder[] {
  return Array.from({ length: count }, (_, i) => [
    order(`m-${i}`, shanghai(2025, 11, 1 + i), [[eggs.id, 1]]),
    ...(i < repeat ? [order(`m-${i}`, shanghai(2025, 12, 2), [[eggs.id, 1]])] : []),
  ]).flat();
}

describe('rankCatalog: past sales and repurchase', () => {
  it('says how much sold last month, in the item’s unit, and how many buyers came back', () => {
    const orders = [...eggBuyers(8, 3), order('', shanghai(2025, 11, 28), [[eggs.id, 34]])];
    const input = { selection: [eggs], orders };
    expect(reasonsOf('LL-EG-030', 'pastSales', input)).toEqual([
      { kind: 'pastSales', text: '上月卖出 42 箱', weight: 25 },
    ]);
    expect(reasonsOf('LL-EG-030', 'repurchase', input)).toEqual([
      { kind: 'repurchase', text: '复购率 38%', weight: 11 },
    ]);
  });

  it.each<[number, number]>([
    [1, 5],
    [3, 10],
    [10, 17],
    [42, 25],
    [500, 25],
  ])('%i units sold last month weigh %i', (units, weight) => {
    const orders = [order('', shanghai(2025, 11, 15), [[eggs.id, units]])];
    expect(reasonsOf('LL-EG-030', 'pastSales', { selection: [eggs], orders })[0]?.weight).toBe(weight);
  });

  it.each<[number, number, RankReason[]]>([
    [2, 2, []],
    [3, 0, []],
    [3, 1, [{ kind: 'repurchase', text: '复购率 33%', weight: 10 }]],
    [10, 10, [{ kind: 'repurchase', text: '复购率 100%', weight: 30 }]],
  ])('%i buyers with %i coming back → %j', (buyers, repeat, reasons) => {
    const input = { selection: [eggs], orders: eggBuyers(buyers, repeat) };
    expect(reasonsOf('LL-EG-030', 'repurchase', input)).toEqual(reasons);
  });

  it('keeps the sales of a delisted product, and offers its item again as not in the selection', () => {
    const delisted = productOf('LL-EG-030', { active: false, priceFen: 4990 });
    const ranked = rankCatalog({ ...base, selection: [delisted], orders: eggBuyers(4, 0) });
    const item = ranked.find((entry) => entry.catalogId === delisted.catalogId);
    expect(item?.inSelection).toBe(false);
    expect(item?.reasons.find((reason) => reason.kind === 'pastSales')?.text).toBe('上月卖出 4 箱');
    expect(item?.reasons.find((reason) => reason.kind === 'margin')?.text).toBe('毛利 29%');
  });
});

describe('rankCatalog: keyword trends', () => {
  it.each<[string, KeywordTrend, RankReason[]]>([
    [
      'tag and name',
      trend('零添加', [3, 0, 1, 1], 'rising'),
      [reason('近一周顾客提到“零添加” 3 次（升温）', 9)],
    ],
    ['new', trend('零添加', [3, 0, 0, 0], 'new'), [reason('近一周顾客提到“零添加” 3 次（新出现）', 9)]],
    ['steady', trend('零添加', [3, 3, 3, 3], 'steady'), [reason('近一周顾客提到“零添加” 3 次', 6)]],
    ['falling', trend('零添加', [2, 6, 5, 6], 'falling'), [reason('近一周顾客提到“零添加” 2 次（降温）', 2)]],
    [
      'capped per keyword',
      trend('零添加', [12, 2, 3, 2], 'rising'),
      [reason('近一周顾客提到“零添加” 12 次（升温）', 20)],
    ],
    ['silent this week', trend('零添加', [0, 3, 3, 3], 'falling'), []],
    ['name only', trend('酱油', [4, 4, 4, 4], 'steady'), [reason('近一周顾客提到“酱油” 4 次', 8)]],
    ['not this item', trend('有机', [5, 1, 1, 1], 'rising'), []],
  ])('零添加酱油, %s', (_label, keywordTrend, reasons) =>
    expect(reasonsOf('LL-JY-500', 'trend', { trends: [keywordTrend] })).toEqual(reasons),
  );

  it('matches certifications, and a one-character keyword only as a whole tag', () => {
    const trends = [trend('零添加', [2, 0, 0, 0], 'new'), trend('橙', [9, 0, 0, 0], 'new')];
    expect(reasonsOf('LL-OJ-1L', 'trend', { trends }).map((r) => r.text)).toEqual([
      '近一周顾客提到“零添加” 2 次（新出现）',
    ]);
  });

  it('spends at most 30 points on all the keywords of one item, strongest first', () => {
    const trends = [
      trend('有机', [8, 1, 1, 1], 'rising'),
      trend('零添加', [12, 1, 1, 1], 'rising'),
      trend('米粉', [10, 0, 0, 0], 'new'),
    ];
    expect(reasonsOf('LL-MF-001', 'trend', { trends }).map((r) => r.weight)).toEqual([20, 10]);
  });

  function reason(text: string, weight: number): RankReason {
    return { kind: 'trend', text, weight };
  }
});

describe('rankCatalog: season', () => {
  it.each<[string, number | undefined, string | null]>([
    ['LL-JZ-1K', undefined, '秋冬进补'],
    ['LL-JZ-1K', 7, null],
    ['LL-OJ-1L', 7, '夏季热卖'],
    ['LL-OJ-1L', 12, null],
    ['LL-OR-5J', 12, '脐橙当季'],
    ['LL-OR-5J', 7, null],
    ['LL-EG-030', 12, null],
    ['LL-SC-BOX', 5, '时令蔬菜多'],
    ['LL-CAT-2', 12, null],
  ])('%s in month %s → %s', (sku, month, text) => {
    const reasons = reasonsOf(sku, 'season', month === undefined ? {} : { month });
    expect(reasons).toEqual(text === null ? [] : [{ kind: 'season', text, weight: 10 }]);
  });

  it('reads the caller’s season table', () => {
    const seasons = [{ category: '宠物', months: [12], text: '冬季囤粮' }];
    expect(reasonsOf('LL-CAT-2', 'season', { seasons })[0]?.text).toBe('冬季囤粮');
  });
});

describe('rankCatalog: audience, margin and certifications', () => {
  const memberTags = { 有孩家庭: 56, 老人家庭: 31, 宠物主人: 3 };

  it.each<[string, RankReason[]]>([
    ['LL-SV-NUT', [{ kind: 'audience', text: '有孩家庭 56 位会员', weight: 15 }]],
    ['LL-JZ-1K', [{ kind: 'audience', text: '老人家庭 31 位会员', weight: 15 }]],
    ['LL-CAT-2', [{ kind: 'audience', text: '宠物主人 3 位会员', weight: 6 }]],
    ['LL-GM-1K', []],
  ])('%s → %j', (sku, reasons) => expect(reasonsOf(sku, 'audience', { memberTags })).toEqual(reasons));

  it.each<[string, ProductDoc[], RankReason[]]>([
    ['LL-JZ-1K', [], [{ kind: 'margin', text: '毛利 32%', weight: 6 }]],
    ['LL-EG-030', [], [{ kind: 'margin', text: '毛利 29%', weight: 5 }]],
    [
      'LL-EG-030',
      [productOf('LL-EG-030', { priceFen: 5800 })],
      [{ kind: 'margin', text: '毛利 45%', weight: 13 }],
    ],
    ['LL-EG-030', [productOf('LL-EG-030', { priceFen: 3900 })], []],
    ['LL-SV-FSK', [], [{ kind: 'margin', text: '毛利 66%', weight: 15 }]],
    ['LL-CAT-2', [], [{ kind: 'margin', text: '毛利 28%', weight: 4 }]],
  ])('%s with selection %#', (sku, selection, reasons) =>
    expect(reasonsOf(sku, 'margin', { selection })).toEqual(reasons),
  );

  it.each<[string, string[]]>([
    ['LL-MF-001', ['有机认证', '安心厨房']],
    ['LL-OR-5J', ['地理标志']],
    ['LL-GM-1K', []],
  ])('%s → %j', (sku, texts) =>
    expect(reasonsOf(sku, 'certification').map((r) => [r.text, r.weight])).toEqual(texts.map((t) => [t, 3])),
  );
});

describe('rankCatalog: the store in December', () => {
  const selection = [
    eggs,
    productOf('LL-JY-500'),
    productOf('LL-MF-001'),
    productOf('LL-SV-NUT'),
    productOf('LL-GM-1K', { active: false }),
  ];
  const orders = [
    ...eggBuyers(8, 3),
    order('m-1', shanghai(2025, 11, 9), [['p-LL-JY-500', 2]]),
    order('m-2', shanghai(2025, 11, 19), [['p-LL-MF-001', 1]]),
    order('m-3', shanghai(2025, 11, 21), [['p-LL-MF-001', 1]], 'refunded'),
  ];
  const trends = [
    trend('零添加', [3, 0, 1, 1], 'rising'),
    trend('有机', [1, 1, 1, 1], 'steady'),
    trend('散养', [0, 2, 2, 2], 'falling'),
    trend('鲜榨', [3, 0, 0, 0], 'new'),
  ];
  const memberTags = { 有孩家庭: 56, 老人家庭: 31, 健身人群: 12, 宠物主人: 9 };
  const ranked = rankCatalog({ ...base, selection, orders, trends, memberTags });

  it('ranks every catalogue item once, strongest first', () => {
    expect(ranked.map((item) => [item.catalogId.replace('cat-', ''), item.score, item.inSelection])).toEqual([
      ['LL-EG-030', 50, true],
      ['LL-OJ-1L', 46, false],
      ['LL-MF-001', 44, true],
      ['LL-SV-NUT', 33, true],
      ['LL-JZ-1K', 31, false],
      ['LL-SV-FSK', 30, false],
      ['LL-JY-500', 29, true],
      ['LL-SC-BOX', 23, false],
      ['LL-OR-5J', 22, false],
      ['LL-CAT-2', 14, false],
      ['LL-GM-1K', 8, false],
    ]);
  });

  it('explains a proven seller', () => {
    expect(ranked[0]?.reasons).toEqual([
      { kind: 'pastSales', text: '上月卖出 8 箱', weight: 16 },
      { kind: 'audience', text: '老人家庭 31 位会员', weight: 15 },
      { kind: 'repurchase', text: '复购率 38%', weight: 11 },
      { kind: 'margin', text: '毛利 29%', weight: 5 },
      { kind: 'certification', text: '安心厨房', weight: 3 },
    ]);
  });

  it('shows why: positive reasons, strongest first, that add up to the score', () => {
    for (const item of ranked) {
      expect(item.reasons.reduce((sum, r) => sum + r.weight, 0)).toBe(item.score);
      expect(item.reasons.every((r) => r.weight > 0 && r.text !== '')).toBe(true);
      expect(item.reasons.map((r) => r.weight)).toEqual(
        [...item.reasons.map((r) => r.weight)].sort((a, b) => b - a),
      );
    }
  });

  it('explains a new item neighbours are asking for', () => {
    expect(ranked.find((item) => item.catalogId === 'cat-LL-OJ-1L')?.reasons).toEqual([
      { kind: 'audience', text: '有孩家庭 56 位会员', weight: 15 },
      { kind: 'margin', text: '毛利 39%', weight: 10 },
      { kind: 'trend', text: '近一周顾客提到“零添加” 3 次（升温）', weight: 9 },
      { kind: 'trend', text: '近一周顾客提到“鲜榨” 3 次（新出现）', weight: 9 },
      { kind: 'certification', text: '零添加', weight: 3 },
    ]);
  });
});
