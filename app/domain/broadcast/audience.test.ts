import { describe, expect, it } from 'vitest';
import { describeAudience, selectAudience, type AudienceFilter } from './audience';
import { member, members, now, order, shanghai, wangAyi } from './fixtures';

const orders = [
  order('m-wang', ['rice', 'egg'], shanghai(2025, 5, 21)),
  order('m-li', ['rice'], shanghai(2025, 6, 10), 'refunded'),
  // 00:05 on the 60th calendar day back: inside "60 天内".
  order('m-li', ['egg'], shanghai(2025, 4, 22, 0, 5)),
  order('m-zhang', ['rice'], shanghai(2025, 6, 15), 'cancelled'),
  order('m-zhang', ['milk'], shanghai(2025, 6, 17), 'paid'),
  // Later than `now`: a clock running ahead, not a purchase yet.
  order('m-zhang', ['rice'], now + 3_600_000, 'confirmed'),
  order('m-chen', ['rice'], shanghai(2025, 6, 18), 'draft'),
  // 23:55 the day before: within 60 × 24 hours of now, but not within 60 calendar days.
  order('m-chen', ['egg'], shanghai(2025, 4, 21, 23, 55)),
];

const consent = { requireConsent: true } as const;

describe('selectAudience', () => {
  it.each<[string, AudienceFilter, string[], string[]]>([
    [
      'everyone, consent not required',
      { requireConsent: false },
      ['m-wang', 'm-li', 'm-zhang', 'm-chen'],
      [],
    ],
    ['everyone with consent', consent, ['m-wang', 'm-li', 'm-zhang'], ['m-chen']],
    ['one group', { ...consent, groupIds: ['g-mama'] }, ['m-wang', 'm-li'], ['m-chen']],
    [
      'either of two groups',
      { ...consent, groupIds: ['g-mama', 'g-b3'] },
      ['m-wang', 'm-li', 'm-zhang'],
      ['m-chen'],
    ],
    [
      'an empty group list does not narrow',
      { ...consent, groupIds: [] },
      ['m-wang', 'm-li', 'm-zhang'],
      ['m-chen'],
    ],
    ['unknown group', { ...consent, groupIds: ['g-gone'] }, [], []],
    [
      'any of two tags',
      { ...consent, tags: { any: ['老人', '宝妈'] } },
      ['m-wang', 'm-li', 'm-zhang'],
      ['m-chen'],
    ],
    ['all of two tags', { ...consent, tags: { all: ['宝妈', '老客'] } }, ['m-wang'], []],
    ['none of a tag', { ...consent, tags: { none: ['宝妈'] } }, ['m-zhang'], []],
    ['any and none', { ...consent, tags: { any: ['老客'], none: ['老人'] } }, ['m-wang'], []],
    [
      'empty tag lists',
      { ...consent, tags: { any: [], all: [], none: [] } },
      ['m-wang', 'm-li', 'm-zhang'],
      ['m-chen'],
    ],
    [
      'bought 有机米粉 in 60 days: refunded, cancelled, draft and future orders do not count',
      { ...consent, boughtProduct: { productId: 'rice', withinDays: 60 } },
      ['m-wang'],
      [],
    ],
    [
      'bought eggs in 60 calendar days',
      { ...consent, boughtProduct: { productId: 'egg', withinDays: 60 } },
      ['m-wang', 'm-li'],
      [],
    ],
    [
      'bought eggs in 61 days',
      { ...consent, boughtProduct: { productId: 'egg', withinDays: 61 } },
      ['m-wang', 'm-li'],
      ['m-chen'],
    ],
    [
      'bought milk in 3 days (it was 3 days ago)',
      { ...consent, boughtProduct: { productId: 'milk', withinDays: 3 } },
      [],
      [],
    ],
    [
      'bought milk in 4 days',
      { ...consent, boughtProduct: { productId: 'milk', withinDays: 4 } },
      ['m-zhang'],
      [],
    ],
    ['bought milk today only', { ...consent, boughtProduct: { productId: 'milk', withinDays: 1 } }, [], []],
    [
      'no purchase in 30 days, never-bought included',
      { ...consent, notBoughtWithinDays: 30 },
      ['m-wang', 'm-li'],
      ['m-chen'],
    ],
    ['no purchase in 31 days', { ...consent, notBoughtWithinDays: 31 }, ['m-li'], ['m-chen']],
    [
      'any recorded baby, expected ones included',
      { ...consent, babyAgeMonths: {} },
      ['m-wang', 'm-li'],
      ['m-chen'],
    ],
    ['born babies only', { ...consent, babyAgeMonths: { min: 0 } }, ['m-wang'], ['m-chen']],
    ['babies 0–12 months', { ...consent, babyAgeMonths: { min: 0, max: 12 } }, ['m-wang'], []],
    ['8 months exactly, bounds inclusive', { ...consent, babyAgeMonths: { min: 8, max: 8 } }, ['m-wang'], []],
    ['expecting', { ...consent, babyAgeMonths: { max: -1 } }, ['m-li'], []],
    ['toddlers', { ...consent, babyAgeMonths: { min: 12 } }, [], ['m-chen']],
    [
      'every part at once',
      {
        requireConsent: true,
        groupIds: ['g-mama'],
        tags: { any: ['宝妈'], none: ['老人'] },
        boughtProduct: { productId: 'rice', withinDays: 60 },
        notBoughtWithinDays: 7,
        babyAgeMonths: { min: 6, max: 12 },
      },
      ['m-wang'],
      [],
    ],
  ])('%s', (_name, filter, recipients, noConsent) => {
    const selection = selectAudience(filter, members, orders, now);
    expect(selection.recipients.map((m) => m.id)).toEqual(recipients);
    expect(selection.excluded).toEqual(noConsent.map((memberId) => ({ memberId, reason: 'noConsent' })));
  });

  it('lists each member once, in the order given', () => {
    const selection = selectAudience(consent, [wangAyi, wangAyi, ...members].reverse(), [], now);
    expect(selection.recipients.map((m) => m.id)).toEqual(['m-zhang', 'm-li', 'm-wang']);
  });

  it.each(['2024-13', '', '2024-5'])('a malformed birth month %j never matches an age filter', (month) => {
    const odd = member('m-odd', { household: { babyBirthMonth: month } });
    expect(selectAudience({ ...consent, babyAgeMonths: {} }, [odd], [], now).recipients).toEqual([]);
  });

  it('counts the months in Shanghai: born in May is 1 month old from 1 June 00:00 there', () => {
    const baby = member('m-baby', { household: { babyBirthMonth: '2025-05' } });
    const filter = { ...consent, babyAgeMonths: { min: 1 } };
    expect(selectAudience(filter, [baby], [], shanghai(2025, 5, 31, 23, 59)).recipients).toEqual([]);
    expect(selectAudience(filter, [baby], [], shanghai(2025, 6, 1, 0, 0)).recipients).toEqual([baby]);
  });
});

describe('describeAudience', () => {
  const products = new Map([['rice', '有机米粉']]);
  const groupNames = new Map([
    ['g-mama', '宝妈群'],
    ['g-b3', '3栋邻居群'],
  ]);
  const momsWhoBoughtRice: AudienceFilter = {
    requireConsent: true,
    groupIds: ['g-mama'],
    babyAgeMonths: {},
    boughtProduct: { productId: 'rice', withinDays: 60 },
  };

  it.each<[AudienceFilter, string]>([
    [momsWhoBoughtRice, '宝妈群 · 有孩家庭 · 60 天内买过有机米粉'],
    [consent, '全体成员'],
    [{ requireConsent: false }, '全体成员 · 含未授权成员'],
    [{ ...consent, groupIds: ['g-mama', 'g-b3', 'g-gone'] }, '宝妈群、3栋邻居群、g-gone'],
    [{ ...consent, groupIds: [] }, '全体成员'],
    [{ ...consent, tags: { any: ['宝妈', '孕妈'], none: ['老人', '宠物'] } }, '宝妈或孕妈 · 排除老人、宠物'],
    [{ ...consent, tags: { all: ['宝妈', '老客'] } }, '宝妈且老客'],
    [{ ...consent, babyAgeMonths: { min: 6, max: 12 } }, '宝宝 6–12 个月'],
    [{ ...consent, babyAgeMonths: { min: 0, max: 12 } }, '宝宝 0–12 个月'],
    [{ ...consent, babyAgeMonths: { min: 6 } }, '宝宝 6 个月以上'],
    [{ ...consent, babyAgeMonths: { max: 12 } }, '宝宝 12 个月以内'],
    [{ ...consent, babyAgeMonths: { max: -1 } }, '待产'],
    [{ ...consent, notBoughtWithinDays: 30 }, '30 天未下单'],
    [{ ...consent, boughtProduct: { productId: 'p-gone', withinDays: 7 } }, '7 天内买过p-gone'],
  ])('%j → %s', (filter, text) => {
    expect(describeAudience(filter, products, { groupNames })).toBe(text);
  });

  it('words the same audience in English', () => {
    const names = new Map([['rice', 'organic rice cereal']]);
    const groups = new Map([['g-mama', 'Moms']]);
    expect(describeAudience(momsWhoBoughtRice, names, { groupNames: groups, locale: 'en' })).toBe(
      'Moms · Families with a baby · Bought organic rice cereal in the last 60 days',
    );
    expect(describeAudience({ requireConsent: false }, names, { locale: 'en' })).toBe(
      'All members · Including members without consent',
    );
  });
});
