import { describe, expect, it } from 'vitest';
import { planBroadcast, type DraftRequest } from './draft';
import { members, now, order, shanghai } from './fixtures';

const base: DraftRequest = {
  filter: { requireConsent: true, groupIds: ['g-mama'] },
  template: '{{昵称}}，家里{{宝宝月龄}}，{{商品}}到了',
  extras: { product: '有机米粉' },
  members,
  orders: [order('m-wang', ['rice'], shanghai(2025, 6, 1))],
  sentLog: [],
  now,
};

describe('planBroadcast', () => {
  it('drafts a text for each member who passes targeting, consent and the cap', () => {
    const plan = planBroadcast({ ...base, sentLog: [{ memberId: 'm-li', at: shanghai(2025, 6, 20, 8) }] });
    expect(plan.drafts).toEqual([
      { member: members[0], text: '王阿姨，家里宝宝 8 个月，有机米粉到了', missing: [] },
    ]);
    expect(plan.excluded).toEqual([
      { memberId: 'm-chen', reason: 'noConsent' },
      { memberId: 'm-li', reason: 'frequencyCap', sent: 1, nextAllowedAt: shanghai(2025, 6, 21, 0) },
    ]);
    expect(plan.check).toEqual({ fields: ['昵称', '宝宝月龄', '商品'], unknown: [], unbalanced: false });
  });

  it('counts missing fields across drafts and reports unknown ones', () => {
    const plan = planBroadcast({
      ...base,
      filter: { requireConsent: false },
      template: '{{昵称}}，家里{{宝宝月龄}}，{{商品}}{{价格}}，{{手机}}',
    });
    expect(plan.drafts.map((d) => d.member.id)).toEqual(['m-wang', 'm-li', 'm-zhang', 'm-chen']);
    expect(plan.missingCounts).toEqual({ 宝宝月龄: 1, 价格: 4 });
    expect(plan.check.unknown).toEqual(['手机']);
    expect(plan.excluded).toEqual([]);
  });

  it('uses the cap it is given instead of the default', () => {
    const sentLog = [{ memberId: 'm-wang', at: shanghai(2025, 6, 20, 8) }];
    const twice = planBroadcast({ ...base, sentLog, cap: { perDays: 1, max: 2 } });
    expect(twice.drafts.map((d) => d.member.id)).toEqual(['m-wang', 'm-li']);
    expect(planBroadcast({ ...base, sentLog }).drafts.map((d) => d.member.id)).toEqual(['m-li']);
  });
});
