import type { MemberDoc } from '../../db/schemas/members';

/** A member with every field empty but the id, for tests to fill in what they are about. */
export function testMember(id: string, overrides: Partial<MemberDoc> = {}): MemberDoc {
  return {
    id,
    name: '',
    phone: '',
    cardNo: '',
    nicknames: [],
    groupIds: [],
    tags: [],
    household: {},
    address: { building: '', unit: '', room: '' },
    consent: false,
    notes: '',
    joinedAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}
