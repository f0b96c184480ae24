import { describe, expect, it } from 'vitest';
import type { MemberDoc } from '../../db/schemas/members';
import { parseRoster, planRoster } from './group-roster';
import { testMember } from './test-member';

const member = (id: string, nickname: string, phone: string, groupIds: string[] = []): MemberDoc =>
  testMember(id, { name: nickname, nicknames: [nickname], phone, groupIds, consent: true });

describe('pasted group rosters', () => {
  it('reads names and phones in the shapes owners paste, skipping headers and blanks', () => {
    const { lines, skipped } = parseRoster(
      '昵称,手机\n1. 李阿姨\n王姐,138 0013 8000\n\n5栋 Lily 13900139000\n２、豆豆妈',
    );
    expect(lines).toEqual([
      { line: 2, name: '李阿姨', phone: '' },
      { line: 3, name: '王姐', phone: '+8613800138000' },
      { line: 5, name: '5栋 Lily', phone: '+8613900139000' },
      { line: 6, name: '豆豆妈', phone: '' },
    ]);
    expect(skipped.map((entry) => entry.line)).toEqual([1]);
  });

  it('matches by phone before nickname, counts who is in already, and lists the rest as new', () => {
    const members = [
      member('m1', '王大姐', '+8613800138000'),
      member('m2', '李阿姨', ''),
      member('m3', '豆豆妈', '', ['g1']),
    ];
    const plan = planRoster('王姐 13800138000\n🌸李阿姨🌸\n豆豆妈\n新邻居\n新邻居', 'g1', members);
    expect(plan.matched).toEqual([
      { line: 1, memberId: 'm1', name: '王姐', by: 'phone' },
      { line: 2, memberId: 'm2', name: '🌸李阿姨🌸', by: 'nickname' },
    ]);
    expect(plan.already).toBe(1);
    expect(plan.fresh.map((line) => line.name)).toEqual(['新邻居']);
  });
});
