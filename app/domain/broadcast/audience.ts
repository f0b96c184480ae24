import type { MemberDoc } from '../../db/schemas/members';
import type { OrderDoc, OrderStatus } from '../../db/schemas/orders';
import { babyAgeMonths } from '../members/household';
import { shanghaiDay } from '../orders/shanghai-day';

/**
 * Who a broadcast is for, kept as data so it can be saved with a draft, described in the preview and
 * re-run later. Every part narrows the audience; an absent part, or an empty list, does not narrow.
 */
export interface AudienceFilter {
  /** In at least one of these groups. */
  groupIds?: string[];
  tags?: { any?: string[]; all?: string[]; none?: string[] };
  /** Bought this product on one of the last `withinDays` calendar days (today included, Asia/Shanghai). */
  boughtProduct?: { productId: string; withinDays: number };
  /** Bought nothing on the last this-many calendar days; members who never bought are included. */
  notBoughtWithinDays?: number;
  /**
   * Baby's age in whole months, bounds inclusive, as babyAgeMonths counts it. Members without a recorded
   * birth month never match. A missing `min` includes expected babies (negative ages); `{ min: 0 }` does not.
   */
  babyAgeMonths?: { min?: number; max?: number };
  /** When true, members who have not agreed to receive messages are held back and reported. */
  requireConsent: boolean;
}

/** Why a member the filter picked will not get this broadcast; i18n keys `broadcast.excluded.<reason>`. */
export type ExclusionReason = 'noConsent' | 'frequencyCap';

export interface Exclusion {
  memberId: string;
  reason: ExclusionReason;
}

export interface AudienceSelection {
  recipients: MemberDoc[];
  /** Members who matched the targeting but are held back. Members the filter did not pick are not listed. */
  excluded: Exclusion[];
}

/** Orders that are sales, as in trust and the period summary: accepted by the store and not undone. */
const sales = new Set<OrderStatus>(['confirmed', 'paid', 'ready', 'pickedUp', 'delivered']);

/** The parts of an order the audience rules read; full OrderDocs fit. */
export type AudienceOrder = Pick<OrderDoc, 'memberId' | 'status' | 'createdAt' | 'lines'>;

/** Calendar days, not 24-hour spans: "60 天内" to an owner means since that date, whatever the hour. */
function inLastDays(at: number, days: number, now: number): boolean {
  return at <= now && shanghaiDay(now) - shanghaiDay(at) < days;
}

function salesByMember(orders: readonly AudienceOrder[], now: number): Map<string, AudienceOrder[]> {
  const byMember = new Map<string, AudienceOrder[]>();
  for (const order of orders) {
    if (!sales.has(order.status) || order.createdAt > now) continue;
    const list = byMember.get(order.memberId);
    if (list === undefined) byMember.set(order.memberId, [order]);
    else list.push(order);
  }
  return byMember;
}

const nonEmpty = (list: readonly string[] | undefined): list is readonly string[] =>
  list !== undefined && list.length > 0;

function matchesTags(member: MemberDoc, tags: AudienceFilter['tags']): boolean {
  if (tags === undefined) return true;
  const has = new Set(member.tags);
  if (nonEmpty(tags.any) && !tags.any.some((tag) => has.has(tag))) return false;
  if (tags.all !== undefined && !tags.all.every((tag) => has.has(tag))) return false;
  return !(tags.none ?? []).some((tag) => has.has(tag));
}

function matchesBabyAge(member: MemberDoc, range: AudienceFilter['babyAgeMonths'], now: number): boolean {
  if (range === undefined) return true;
  const birth = member.household.babyBirthMonth;
  const age = birth === undefined ? null : babyAgeMonths(birth, now);
  if (age === null) return false;
  return (range.min === undefined || age >= range.min) && (range.max === undefined || age <= range.max);
}

function matchesPurchases(filter: AudienceFilter, bought: readonly AudienceOrder[], now: number): boolean {
  const product = filter.boughtProduct;
  if (product !== undefined) {
    const hit = bought.some(
      (order) =>
        inLastDays(order.createdAt, product.withinDays, now) &&
        order.lines.some((line) => line.productId === product.productId),
    );
    if (!hit) return false;
  }
  const quiet = filter.notBoughtWithinDays;
  return quiet === undefined || !bought.some((order) => inLastDays(order.createdAt, quiet, now));
}

/** Whether the member fits the targeting, leaving consent aside. */
function matchesTargeting(
  member: MemberDoc,
  filter: AudienceFilter,
  bought: readonly AudienceOrder[],
  now: number,
): boolean {
  if (nonEmpty(filter.groupIds) && !filter.groupIds.some((id) => member.groupIds.includes(id))) return false;
  return (
    matchesTags(member, filter.tags) &&
    matchesBabyAge(member, filter.babyAgeMonths, now) &&
    matchesPurchases(filter, bought, now)
  );
}

/**
 * The members a broadcast goes to, in the order given, each once. Consent is checked after targeting so
 * that the owner sees "3 位未授权" only for neighbours the broadcast was actually meant for.
 */
export function selectAudience(
  filter: AudienceFilter,
  members: readonly MemberDoc[],
  orders: readonly AudienceOrder[],
  now: number,
): AudienceSelection {
  const byMember = salesByMember(orders, now);
  const seen = new Set<string>();
  const recipients: MemberDoc[] = [];
  const excluded: Exclusion[] = [];
  for (const member of members) {
    if (seen.has(member.id)) continue;
    seen.add(member.id);
    if (!matchesTargeting(member, filter, byMember.get(member.id) ?? [], now)) continue;
    if (filter.requireConsent && !member.consent) excluded.push({ memberId: member.id, reason: 'noConsent' });
    else recipients.push(member);
  }
  return { recipients, excluded };
}

export type AudienceLocale = 'zh-CN' | 'en';

interface DescriptionLabels {
  everyone: string;
  listSeparator: string;
  or: string;
  and: string;
  none(tags: string): string;
  anyBaby: string;
  expecting: string;
  babyBetween(min: number, max: number): string;
  babyFrom(min: number): string;
  babyUpTo(max: number): string;
  bought(days: number, product: string): string;
  notBought(days: number): string;
  withoutConsent: string;
}

const zh: DescriptionLabels = {
  everyone: '全体成员',
  listSeparator: '、',
  or: '或',
  and: '且',
  none: (tags) => `排除${tags}`,
  anyBaby: '有孩家庭',
  expecting: '待产',
  babyBetween: (min, max) => `宝宝 ${min}–${max} 个月`,
  babyFrom: (min) => `宝宝 ${min} 个月以上`,
  babyUpTo: (max) => `宝宝 ${max} 个月以内`,
  bought: (days, product) => `${days} 天内买过${product}`,
  notBought: (days) => `${days} 天未下单`,
  withoutConsent: '含未授权成员',
};

const en: DescriptionLabels = {
  everyone: 'All members',
  listSeparator: ', ',
  or: ' or ',
  and: ' and ',
  none: (tags) => `not ${tags}`,
  anyBaby: 'Families with a baby',
  expecting: 'Expecting',
  babyBetween: (min, max) => `Baby ${min}–${max} months`,
  babyFrom: (min) => `Baby ${min}+ months`,
  babyUpTo: (max) => `Baby up to ${max} months`,
  bought: (days, product) => `Bought ${product} in the last ${days} days`,
  notBought: (days) => `No order in the last ${days} days`,
  withoutConsent: 'Including members without consent',
};

function describeBaby(range: { min?: number; max?: number }, labels: DescriptionLabels): string {
  const { min, max } = range;
  if (max !== undefined && max < 0) return labels.expecting;
  // Expected babies have negative ages; a negative lower bound reads as "from birth" in a short phrase.
  const from = min === undefined || min <= 0 ? undefined : min;
  if (from !== undefined && max !== undefined) return labels.babyBetween(from, max);
  if (from !== undefined) return labels.babyFrom(from);
  if (max !== undefined) return min === 0 ? labels.babyBetween(0, max) : labels.babyUpTo(max);
  return labels.anyBaby;
}

/**
 * The audience as one short line for the draft preview and the sent record: 宝妈群 · 有孩家庭 · 60 天内买过
 * 有机米粉. Unknown ids show as themselves, so a deleted group or product is still visible, not hidden.
 */
export function describeAudience(
  filter: AudienceFilter,
  productNames: ReadonlyMap<string, string>,
  options: { groupNames?: ReadonlyMap<string, string>; locale?: AudienceLocale } = {},
): string {
  const labels = options.locale === 'en' ? en : zh;
  const groupName = (id: string): string => options.groupNames?.get(id) ?? id;
  const parts: string[] = [];
  if (nonEmpty(filter.groupIds)) parts.push(filter.groupIds.map(groupName).join(labels.listSeparator));
  if (nonEmpty(filter.tags?.any)) parts.push(filter.tags.any.join(labels.or));
  if (nonEmpty(filter.tags?.all)) parts.push(filter.tags.all.join(labels.and));
  if (nonEmpty(filter.tags?.none)) parts.push(labels.none(filter.tags.none.join(labels.listSeparator)));
  if (filter.babyAgeMonths !== undefined) parts.push(describeBaby(filter.babyAgeMonths, labels));
  const product = filter.boughtProduct;
  if (product !== undefined) {
    const name = productNames.get(product.productId) ?? product.productId;
    parts.push(labels.bought(product.withinDays, name));
  }
  if (filter.notBoughtWithinDays !== undefined) parts.push(labels.notBought(filter.notBoughtWithinDays));
  if (parts.length === 0) parts.push(labels.everyone);
  if (!filter.requireConsent) parts.push(labels.withoutConsent);
  return parts.join(' · ');
}
