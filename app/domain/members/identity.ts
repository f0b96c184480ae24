import type { MemberDoc } from '../../db/schemas/members';
import type { OrderDoc } from '../../db/schemas/orders';
import { normalizeMainlandPhone } from './phone';

/**
 * One neighbour often ends up as several members: typed at the desk, imported from a 接龙 sheet, seen in a
 * live room. These rules find the likely pairs and plan a merge; the owner confirms before anything is written.
 */

export type MemberKey = `phone:${string}` | `card:${string}` | `id:${string}`;

/**
 * The identity a member is known by across imports: the mainland mobile, else the member card, else only the
 * record itself. The phone comes first because neighbours remember it; cards get lost and re-issued.
 */
export function memberKey(m: Pick<MemberDoc, 'id' | 'phone' | 'cardNo'>): MemberKey {
  const phone = normalizeMainlandPhone(m.phone);
  if (phone !== null) return `phone:${phone}`;
  const card = normalizeCardNo(m.cardNo);
  if (card !== '') return `card:${card}`;
  return `id:${m.id}`;
}

/** Cards are printed as `VIP-0012`, typed as `vip 0012` or with full-width characters; all are one card. */
export function normalizeCardNo(cardNo: string): string {
  return cardNo
    .normalize('NFKC')
    .replace(/[\s\-_.]/g, '')
    .toUpperCase();
}

/** Names compare without spaces, case or full-width forms: 王芳, 王 芳 and Ｗang are each one spelling. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s/g, '').toLowerCase();
}

/** 3号楼, 3栋 and 3幢 are the same building; 2单元 and 2 the same unit; 501室 and 501 the same room. */
function normalizePlace(value: string): string {
  return normalizeName(value).replace(/(号楼|号|栋|幢|楼|座|单元|室)$/u, '');
}

export type DuplicateReason = 'samePhone' | 'sameCard' | 'sameNameAndBuilding' | 'sharedNickname';

/** Strongest evidence first; breaks ties between groups of equal confidence. */
const reasonRank: DuplicateReason[] = ['samePhone', 'sameCard', 'sameNameAndBuilding', 'sharedNickname'];

export interface DuplicateGroup {
  reason: DuplicateReason;
  /** The value the members share (a phone, a card number, `name@building`, a nickname), for the owner to see. */
  shared: string;
  memberIds: string[];
  /** 0–1: how likely the group is one person; see `findDuplicates` for how it is set. */
  confidence: number;
}

/** Default nicknames that WeChat and live platforms hand out; sharing one says nothing about identity. */
const genericNicknames = new Set(['微信用户', '匿名用户', '用户', '游客', 'wechatuser', 'user', 'guest']);

/** A nickname shared by more members than this is a common word (小王, 开心), not one person. */
const maxNicknameGroup = 3;

/**
 * Groups of members that are likely one person, strongest first.
 *
 * Confidence starts from how unique the shared value is and moves with what else agrees:
 * - samePhone 0.95 when the names agree, 0.7 when they differ (a household shares one phone);
 * - sameCard 0.95 / 0.75 likewise (cards are issued per person but get passed on);
 * - sameNameAndBuilding 0.6, 0.8 when unit and room agree too, 0.3 when their phones differ;
 * - sharedNickname 0.4, 0.6 when the names agree too, 0.2 when their phones differ.
 * A group is left out when a stronger group already holds all of its members, so each pair is offered once.
 */
export function findDuplicates(members: MemberDoc[]): DuplicateGroup[] {
  const candidates = [
    ...groupBy(members, 'samePhone', (m) => {
      const phone = normalizeMainlandPhone(m.phone);
      return phone === null ? [] : [phone];
    }),
    ...groupBy(members, 'sameCard', (m) => {
      const card = normalizeCardNo(m.cardNo);
      return card === '' ? [] : [card];
    }),
    ...groupBy(members, 'sameNameAndBuilding', (m) => {
      const name = normalizeName(m.name);
      const building = normalizePlace(m.address.building);
      return name === '' || building === '' ? [] : [`${name}@${building}`];
    }),
    ...groupBy(members, 'sharedNickname', (m) =>
      m.nicknames.map(normalizeName).filter((n) => n.length >= 2 && !genericNicknames.has(n)),
    ).filter((g) => g.members.length <= maxNicknameGroup),
  ];

  const scored = candidates
    .map((g) => ({ ...g, confidence: confidenceOf(g.reason, g.members) }))
    .sort(
      (a, b) =>
        b.confidence - a.confidence ||
        reasonRank.indexOf(a.reason) - reasonRank.indexOf(b.reason) ||
        a.shared.localeCompare(b.shared),
    );
  const accepted: DuplicateGroup[] = [];
  for (const group of scored) {
    const ids = group.members.map((m) => m.id);
    if (accepted.some((a) => a.confidence >= group.confidence && ids.every((id) => a.memberIds.includes(id))))
      continue;
    accepted.push({
      reason: group.reason,
      shared: group.shared,
      memberIds: ids,
      confidence: group.confidence,
    });
  }
  return accepted;
}

interface Candidate {
  reason: DuplicateReason;
  shared: string;
  members: MemberDoc[];
}

function groupBy(
  members: MemberDoc[],
  reason: DuplicateReason,
  keys: (m: MemberDoc) => string[],
): Candidate[] {
  const byKey = new Map<string, MemberDoc[]>();
  for (const member of members) {
    for (const key of new Set(keys(member))) {
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [member]);
      else if (!list.some((m) => m.id === member.id)) list.push(member);
    }
  }
  return [...byKey]
    .filter(([, list]) => list.length >= 2)
    .map(([shared, list]) => ({ reason, shared, members: list }));
}

function confidenceOf(reason: DuplicateReason, members: MemberDoc[]): number {
  const names = new Set(members.map((m) => normalizeName(m.name)));
  const namesAgree = names.size === 1 && !names.has('');
  const phones = new Set(members.map((m) => normalizeMainlandPhone(m.phone)).filter((p) => p !== null));
  const phonesDiffer = phones.size >= 2;
  switch (reason) {
    case 'samePhone':
      return namesAgree ? 0.95 : 0.7;
    case 'sameCard':
      return namesAgree ? 0.95 : 0.75;
    case 'sameNameAndBuilding':
      if (phonesDiffer) return 0.3;
      return sameUnitAndRoom(members) ? 0.8 : 0.6;
    case 'sharedNickname':
      if (phonesDiffer) return 0.2;
      return namesAgree ? 0.6 : 0.4;
  }
}

function sameUnitAndRoom(members: MemberDoc[]): boolean {
  const places = members.map(
    (m) => [normalizePlace(m.address.unit), normalizePlace(m.address.room)] as const,
  );
  const [first] = places;
  if (first === undefined || first[0] === '' || first[1] === '') return false;
  return places.every(([unit, room]) => unit === first[0] && room === first[1]);
}

/** Schema limits of `members` (see schemas/members.ts): a merge must still be a valid document. */
const limits = { nicknames: 50, groupIds: 50, tags: 50, notes: 2000 } as const;

export type MergeTrimmedField = keyof typeof limits;

export interface MergePlan {
  member: MemberDoc;
  /** Every order of a dropped member, re-pointed at the kept one. */
  orderUpdates: { id: string; memberId: string }[];
  removedIds: string[];
  /** Fields whose union outgrew the schema and was cut (the kept member's own values are kept first). */
  trimmed: MergeTrimmedField[];
}

/**
 * Folds `drop` into `keep`. Scalars follow one rule: the kept member's non-empty value wins, else the first
 * dropped member's that has one (name, phone, card, each household field). Lists are unions in that order,
 * and dropped members' other names join the nicknames so search still finds them. The address moves as a
 * whole, never field by field, so a building from one record is not paired with a room from another.
 * Notes are joined, one record per line. `consent` is kept when any record gave it: `false` in the schema
 * cannot tell "refused" from "never asked", and the owner has just said these records are one person.
 * Orders keep their `memberName` snapshot; only `memberId` moves. `keep` in `drop` and repeats are ignored.
 */
export function planMerge(
  keep: MemberDoc,
  drop: MemberDoc[],
  orders: Pick<OrderDoc, 'id' | 'memberId' | 'memberName'>[],
  at: number,
): MergePlan {
  const dropped = uniqueById(drop.filter((m) => m.id !== keep.id));
  const all = [keep, ...dropped];
  const trimmed: MergeTrimmedField[] = [];
  const capped = (field: 'nicknames' | 'groupIds' | 'tags', values: string[]): string[] => {
    const unique = [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
    if (unique.length > limits[field]) trimmed.push(field);
    return unique.slice(0, limits[field]);
  };

  const name = firstNonEmpty(all.map((m) => m.name.trim()));
  const otherNames = all.map((m) => m.name.trim()).filter((n) => normalizeName(n) !== normalizeName(name));
  let notes = [...new Set(all.map((m) => m.notes.trim()).filter((n) => n !== ''))].join('\n');
  if (notes.length > limits.notes) {
    trimmed.push('notes');
    notes = notes.slice(0, limits.notes);
  }

  const member: MemberDoc = {
    id: keep.id,
    name,
    phone: firstNonEmpty(all.map((m) => m.phone)),
    cardNo: firstNonEmpty(all.map((m) => m.cardNo)),
    nicknames: capped('nicknames', [...all.flatMap((m) => m.nicknames), ...otherNames]),
    groupIds: capped(
      'groupIds',
      all.flatMap((m) => m.groupIds),
    ),
    tags: capped(
      'tags',
      all.flatMap((m) => m.tags),
    ),
    household: mergeHousehold(all.map((m) => m.household)),
    address: (all.find((m) => hasAddress(m.address)) ?? keep).address,
    consent: all.some((m) => m.consent),
    notes,
    joinedAt: Math.min(...all.map((m) => m.joinedAt)),
    updatedAt: at,
  };

  const droppedIds = new Set(dropped.map((m) => m.id));
  const orderUpdates = orders
    .filter((o) => droppedIds.has(o.memberId))
    .map((o) => ({ id: o.id, memberId: keep.id }));
  const fieldOrder = Object.keys(limits);
  trimmed.sort((a, b) => fieldOrder.indexOf(a) - fieldOrder.indexOf(b));
  return { member, orderUpdates, removedIds: [...droppedIds], trimmed };
}

function uniqueById(members: MemberDoc[]): MemberDoc[] {
  return [...new Map(members.map((m) => [m.id, m] as const)).values()];
}

function firstNonEmpty(values: string[]): string {
  return values.find((v) => v.trim() !== '') ?? '';
}

function hasAddress(address: MemberDoc['address']): boolean {
  return address.building.trim() !== '' || address.unit.trim() !== '' || address.room.trim() !== '';
}

function mergeHousehold(households: MemberDoc['household'][]): MemberDoc['household'] {
  const merged: MemberDoc['household'] = {};
  const babyBirthMonth = households.find((h) => h.babyBirthMonth !== undefined)?.babyBirthMonth;
  const elders = households.find((h) => h.elders !== undefined)?.elders;
  const pets = households.find((h) => h.pets !== undefined)?.pets;
  if (babyBirthMonth !== undefined) merged.babyBirthMonth = babyBirthMonth;
  if (elders !== undefined) merged.elders = elders;
  if (pets !== undefined) merged.pets = pets;
  return merged;
}
