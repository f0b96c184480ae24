import type { MemberDoc } from '../../app/db/schemas/members';
import type { OrderWorld } from './order-fixtures';

/**
 * The fixture world's neighbours as member documents, with phone numbers. The order-book benchmark needs
 * them twice: the bench page stores them (the delivery sheet reads addresses and phones, the import
 * matches rows to members by phone), and the driver writes their numbers into the Excel file it imports.
 */

const day = 86_400_000;

/** Multiplying by a prime coprime to 10^8 permutes the 8 digits, so numbers are unique yet look random. */
export function memberPhone(index: number): string {
  return `+86139${String((index * 7919 + 1234) % 100_000_000).padStart(8, '0')}`;
}

/** `12号楼3单元` as the fixtures write it, split into the member address's building and unit. */
function addressOf(building: string, index: number): MemberDoc['address'] {
  const match = /^(\d+号楼)(\d+单元)$/.exec(building);
  const floor = 1 + (index % 18);
  return {
    building: match?.[1] ?? building,
    unit: match?.[2] ?? '',
    room: `${floor}0${1 + (index % 4)}`,
  };
}

export function memberDocs(world: OrderWorld): MemberDoc[] {
  return world.members.map((member, index) => ({
    id: member.id,
    name: member.name,
    phone: memberPhone(index),
    cardNo: `LL${String(index + 1).padStart(6, '0')}`,
    nicknames: [member.name],
    groupIds: [],
    tags: [],
    household: {},
    address: addressOf(member.building, index),
    consent: true,
    notes: '',
    joinedAt: world.now - 400 * day + index * 60_000,
    updatedAt: world.now - 30 * day,
  }));
}
