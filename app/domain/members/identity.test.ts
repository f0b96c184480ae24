import { describe, expect, it } from 'vitest';
import type { MemberDoc } from '../../db/schemas/members';
import { findDuplicates, memberKey, normalizeCardNo, planMerge } from './identity';
import { testMember } from './test-member';

const joined = 1_700_000_000_000;
const member = (id: string, fields: Partial<MemberDoc> = {}): MemberDoc =>
  testMember(id, { joinedAt: joined, updatedAt: joined, ...fields });

const at = 1_750_000_000_000;

describe('memberKey', () => {
  it.each([
    [{ phone: '+8613800138000', cardNo: 'VIP-1' }, 'phone:+8613800138000'],
    [{ phone: '138 0013 8000', cardNo: '' }, 'phone:+8613800138000'],
    [{ phone: '', cardNo: 'vip-0012' }, 'card:VIP0012'],
    [{ phone: '010-12345678', cardNo: 'Ｖｉｐ 0012' }, 'card:VIP0012'],
    [{ phone: '', cardNo: '  ' }, 'id:m1'],
    [{ phone: '10086', cardNo: '' }, 'id:m1'],
  ])('%j → %s', (fields, key) => expect(memberKey(member('m1', fields))).toBe(key));

  it.each([
    ['VIP-0012', 'VIP0012'],
    ['vip 0012', 'VIP0012'],
    ['ＶＩＰ００１２', 'VIP0012'],
    ['', ''],
  ])('card %j normalizes to %j', (input, out) => expect(normalizeCardNo(input)).toBe(out));
});

describe('findDuplicates', () => {
  const cases: [string, MemberDoc[], { reason: string; ids: string[]; confidence: number }[]][] = [
    [
      'same phone typed two ways, same name',
      [
        member('a', { name: '王芳', phone: '+8613800138000' }),
        member('b', { name: '王 芳', phone: '138-0013-8000' }),
      ],
      [{ reason: 'samePhone', ids: ['a', 'b'], confidence: 0.95 }],
    ],
    [
      'same phone, different names: a household sharing a phone',
      [
        member('a', { name: '王芳', phone: '13800138000' }),
        member('b', { name: '王建国', phone: '13800138000' }),
      ],
      [{ reason: 'samePhone', ids: ['a', 'b'], confidence: 0.7 }],
    ],
    [
      'same card',
      [member('a', { name: '李', cardNo: 'VIP-7' }), member('b', { name: '李', cardNo: 'vip7' })],
      [{ reason: 'sameCard', ids: ['a', 'b'], confidence: 0.95 }],
    ],
    [
      'same name and building, same unit and room',
      [
        member('a', { name: '张伟', address: { building: '3号楼', unit: '2单元', room: '501' } }),
        member('b', { name: '张伟', address: { building: '3栋', unit: '2', room: '501室' } }),
      ],
      [{ reason: 'sameNameAndBuilding', ids: ['a', 'b'], confidence: 0.8 }],
    ],
    [
      'same name and building, room unknown',
      [
        member('a', { name: '张伟', address: { building: '3', unit: '', room: '' } }),
        member('b', { name: '张伟', address: { building: '3', unit: '1', room: '101' } }),
      ],
      [{ reason: 'sameNameAndBuilding', ids: ['a', 'b'], confidence: 0.6 }],
    ],
    [
      'same name and building but different phones: two neighbours',
      [
        member('a', { name: '张伟', phone: '13800138000', address: { building: '3', unit: '', room: '' } }),
        member('b', { name: '张伟', phone: '13900139000', address: { building: '3', unit: '', room: '' } }),
      ],
      [{ reason: 'sameNameAndBuilding', ids: ['a', 'b'], confidence: 0.3 }],
    ],
    [
      'shared nickname',
      [
        member('a', { name: '王芳', nicknames: ['芳芳'] }),
        member('b', { name: 'Fang', nicknames: ['芳芳', 'x'] }),
      ],
      [{ reason: 'sharedNickname', ids: ['a', 'b'], confidence: 0.4 }],
    ],
    [
      'WeChat default nicknames and one-letter nicknames say nothing',
      [member('a', { nicknames: ['微信用户', 'x'] }), member('b', { nicknames: ['微信用户', 'X'] })],
      [],
    ],
    [
      'a nickname shared by four members is a common word',
      ['a', 'b', 'c', 'd'].map((id) => member(id, { nicknames: ['开心'] })),
      [],
    ],
    [
      'a weaker reason over the same members is not offered twice',
      [
        member('a', { name: '王芳', phone: '13800138000', nicknames: ['芳芳'] }),
        member('b', { name: '王芳', phone: '13800138000', nicknames: ['芳芳'] }),
      ],
      [{ reason: 'samePhone', ids: ['a', 'b'], confidence: 0.95 }],
    ],
    [
      'overlapping groups are both offered, strongest first',
      [
        member('a', { name: '刘', phone: '13800138000', cardNo: 'C1' }),
        member('b', { name: '刘', phone: '13800138000' }),
        member('c', { name: '刘', cardNo: 'c-1' }),
      ],
      [
        { reason: 'samePhone', ids: ['a', 'b'], confidence: 0.95 },
        { reason: 'sameCard', ids: ['a', 'c'], confidence: 0.95 },
      ],
    ],
    ['nobody alike', [member('a', { name: '甲' }), member('b', { name: '乙' })], []],
  ];

  it.each(cases)('%s', (_label, members, expected) => {
    const groups = findDuplicates(members).map((g) => ({
      reason: g.reason,
      ids: g.memberIds,
      confidence: g.confidence,
    }));
    expect(groups).toEqual(expected);
  });

  it('says what the members share', () => {
    const [group] = findDuplicates([
      member('a', { phone: '13800138000' }),
      member('b', { phone: '13800138000' }),
    ]);
    expect(group?.shared).toBe('+8613800138000');
  });
});

describe('planMerge', () => {
  const keep = member('k', {
    name: '王芳',
    phone: '+8613800138000',
    nicknames: ['芳芳'],
    groupIds: ['g1'],
    tags: ['有孩家庭'],
    household: { babyBirthMonth: '2024-05' },
    address: { building: '3', unit: '2', room: '501' },
    notes: '不要香菜',
    joinedAt: 1_710_000_000_000,
  });
  const dropA = member('d1', {
    name: '芳姐',
    phone: '',
    cardNo: 'VIP-9',
    nicknames: ['芳芳', 'Fang'],
    groupIds: ['g1', 'g2'],
    tags: ['宠物主人'],
    household: { babyBirthMonth: '2023-01', pets: true },
    address: { building: '9', unit: '', room: '' },
    notes: '周末自提',
    consent: true,
    joinedAt: 1_690_000_000_000,
  });
  const dropB = member('d2', { name: '王芳', notes: '不要香菜', household: { elders: false } });
  const orders = [
    { id: 'o1', memberId: 'k', memberName: '王芳' },
    { id: 'o2', memberId: 'd1', memberName: '芳姐' },
    { id: 'o3', memberId: 'd2', memberName: '王芳' },
    { id: 'o4', memberId: 'other', memberName: '李' },
    { id: 'o5', memberId: 'd1', memberName: '芳姐' },
    { id: 'o6', memberId: '', memberName: '芳姐' },
  ];
  const plan = planMerge(keep, [dropA, dropB], orders, at);

  it.each([
    ['id', plan.member.id, 'k'],
    ["name: keep's", plan.member.name, '王芳'],
    ["phone: keep's", plan.member.phone, '+8613800138000'],
    ["card: the first dropped member's, keep had none", plan.member.cardNo, 'VIP-9'],
    ['nicknames: union, plus the other names', plan.member.nicknames, ['芳芳', 'Fang', '芳姐']],
    ['groupIds: union', plan.member.groupIds, ['g1', 'g2']],
    ['tags: union', plan.member.tags, ['有孩家庭', '宠物主人']],
    [
      "household: keep's values win, gaps filled in order",
      plan.member.household,
      { babyBirthMonth: '2024-05', pets: true, elders: false },
    ],
    ["address: keep's, whole", plan.member.address, { building: '3', unit: '2', room: '501' }],
    ['notes: joined without repeats', plan.member.notes, '不要香菜\n周末自提'],
    ['consent: one record gave it', plan.member.consent, true],
    ['joinedAt: the earliest', plan.member.joinedAt, 1_690_000_000_000],
    ['updatedAt: the merge', plan.member.updatedAt, at],
    ['removedIds', plan.removedIds, ['d1', 'd2']],
    ['nothing trimmed', plan.trimmed, []],
  ])('%s', (_label, actual, expected) => expect(actual).toEqual(expected));

  it("re-points every dropped member's order and leaves the rest alone", () => {
    expect(plan.orderUpdates).toEqual([
      { id: 'o2', memberId: 'k' },
      { id: 'o3', memberId: 'k' },
      { id: 'o5', memberId: 'k' },
    ]);
    const after = orders.map((o) => plan.orderUpdates.find((u) => u.id === o.id) ?? o);
    const dropped = new Set(plan.removedIds);
    expect(after.filter((o) => dropped.has(o.memberId))).toEqual([]);
    expect(after.filter((o) => o.memberId === 'k')).toHaveLength(4);
  });

  it.each([
    [
      'empty keep fields are filled from the first dropped member that has them',
      member('k', { address: { building: '', unit: '', room: '' } }),
      [member('d', { name: '赵', phone: '13900139000', address: { building: '7', unit: '1', room: '' } })],
      { name: '赵', phone: '13900139000', address: { building: '7', unit: '1', room: '' } },
    ],
    [
      "keep's explicit false wins over a dropped true",
      member('k', { household: { elders: false } }),
      [member('d', { household: { elders: true } })],
      { household: { elders: false } },
    ],
    ['no consent anywhere stays no consent', member('k'), [member('d')], { consent: false }],
  ])('%s', (_label, k, drops, expected) => {
    expect(planMerge(k, drops, [], at).member).toMatchObject(expected);
  });

  it('ignores keep among the dropped and repeated drops', () => {
    const result = planMerge(keep, [keep, dropA, dropA], [{ id: 'o1', memberId: 'k', memberName: '' }], at);
    expect(result.removedIds).toEqual(['d1']);
    expect(result.orderUpdates).toEqual([]);
  });

  it('cuts unions that outgrow the schema, keeping the kept member first, and says so', () => {
    const many = (prefix: string) => Array.from({ length: 40 }, (_, i) => `${prefix}${i}`);
    const result = planMerge(
      member('k', { tags: many('k'), notes: 'a'.repeat(1500) }),
      [member('d', { tags: many('d'), notes: 'b'.repeat(1500) })],
      [],
      at,
    );
    expect(result.member.tags).toHaveLength(50);
    expect(result.member.tags.slice(0, 40)).toEqual(many('k'));
    expect(result.member.notes).toHaveLength(2000);
    expect(result.trimmed).toEqual(['tags', 'notes']);
  });

  it('does not change its inputs', () => {
    const before = JSON.stringify([keep, dropA, dropB, orders]);
    planMerge(keep, [dropA, dropB], orders, at);
    expect(JSON.stringify([keep, dropA, dropB, orders])).toBe(before);
  });
});
