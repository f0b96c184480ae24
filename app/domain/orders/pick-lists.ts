import type { OrderDoc, OrderLine } from '../../db/schemas/orders';
import type { MemberDoc } from '../../db/schemas/members';
import { remainingQty } from './order-lines';

type PickableOrder = Pick<
  OrderDoc,
  'id' | 'no' | 'status' | 'memberId' | 'memberName' | 'shelfSlot' | 'lines' | 'fulfilment' | 'building'
>;

/**
 * Confirmed orders are pulled too, so that a late payer's bag is not forgotten, but they are flagged:
 * the owner may want the money before the goods leave the back room.
 */
const pulledStatuses: ReadonlySet<OrderDoc['status']> = new Set(['confirmed', 'paid', 'ready']);
const isUnpaid = (order: PickableOrder) => order.status === 'confirmed';

/** 2栋 before 10栋, A-2 before A-10, 张 after 李 by pinyin. */
const natural = new Intl.Collator('zh-CN', { numeric: true });

/** Blank (no slot, no building yet) sorts last so that the real ones come first on paper. */
function compareBlankLast(a: string, b: string): number {
  if (a === '' || b === '') return (a === '' ? 1 : 0) - (b === '' ? 1 : 0);
  return natural.compare(a, b);
}

interface Waiting {
  order: PickableOrder;
  lines: OrderLine[];
}

/** Orders being pulled, with only the lines that still have something waiting. */
function waiting(orders: readonly PickableOrder[]): Waiting[] {
  return orders
    .filter((order) => pulledStatuses.has(order.status))
    .map((order) => ({ order, lines: order.lines.filter((line) => remainingQty(line) > 0) }))
    .filter(({ lines }) => lines.length > 0);
}

/** A walk-in has no member id; each of their orders is its own bag. */
const neighbourKey = (order: PickableOrder) => order.memberId || `order:${order.id}`;

export interface PickLine {
  name: string;
  unit: string;
  qty: number;
}

function mergeLines(lines: readonly OrderLine[]): PickLine[] {
  const merged = new Map<string, PickLine>();
  for (const line of lines) {
    const entry = merged.get(line.productId) ?? { name: line.name, unit: line.unit, qty: 0 };
    entry.qty += remainingQty(line);
    merged.set(line.productId, entry);
  }
  return [...merged.values()].sort((a, b) => natural.compare(a.name, b.name));
}

export interface ProductPick extends PickLine {
  productId: string;
  /** How many orders want it. */
  orders: number;
  /** The part of `qty` that is not paid yet. */
  unpaidQty: number;
}

/** What to pull from the back room, one row per product, by name. Only what is still waiting counts. */
export function pickListByProduct(orders: readonly PickableOrder[]): ProductPick[] {
  const rows = new Map<string, ProductPick>();
  for (const { order, lines } of waiting(orders)) {
    for (const line of lines) {
      const row = rows.get(line.productId) ?? {
        productId: line.productId,
        name: line.name,
        unit: line.unit,
        qty: 0,
        orders: 0,
        unpaidQty: 0,
      };
      row.qty += remainingQty(line);
      row.orders += 1;
      if (isUnpaid(order)) row.unpaidQty += remainingQty(line);
      rows.set(line.productId, row);
    }
  }
  return [...rows.values()].sort(
    (a, b) => natural.compare(a.name, b.name) || a.productId.localeCompare(b.productId),
  );
}

export interface NeighbourBag {
  memberId: string;
  memberName: string;
  /** Every slot the neighbour's orders sit on, space-separated; '' before any is on the shelf. */
  shelfSlot: string;
  orderNos: string[];
  lines: PickLine[];
  unpaid: boolean;
}

function gatherBags(entries: readonly Waiting[]): NeighbourBag[] {
  const drafts = new Map<string, { first: PickableOrder; entries: Waiting[] }>();
  for (const entry of entries) {
    const key = neighbourKey(entry.order);
    const draft = drafts.get(key) ?? { first: entry.order, entries: [] };
    draft.entries.push(entry);
    drafts.set(key, draft);
  }
  return [...drafts.values()].map(({ first, entries: mine }) => ({
    memberId: first.memberId,
    memberName: first.memberName,
    shelfSlot: [...new Set(mine.map(({ order }) => order.shelfSlot).filter(Boolean))]
      .sort(natural.compare)
      .join(' '),
    orderNos: mine.map(({ order }) => order.no).sort(natural.compare),
    lines: mergeLines(mine.flatMap(({ lines }) => lines)),
    unpaid: mine.some(({ order }) => isUnpaid(order)),
  }));
}

/** One bag per neighbour, everything of theirs together, in shelf order so that packing walks the shelf once. */
export function pickListByNeighbour(orders: readonly PickableOrder[]): NeighbourBag[] {
  return gatherBags(waiting(orders)).sort(
    (a, b) => compareBlankLast(a.shelfSlot, b.shelfSlot) || natural.compare(a.memberName, b.memberName),
  );
}

export interface DeliveryStop {
  memberName: string;
  unit: string;
  room: string;
  /** Last four digits, enough to call ahead without printing the whole number. */
  phoneTail: string;
  lines: PickLine[];
  orderNos: string[];
  unpaid: boolean;
}

export interface DeliveryBuilding {
  building: string;
  stops: DeliveryStop[];
}

type DeliveryContact = Pick<MemberDoc, 'address' | 'phone'>;

/**
 * The courier's sheet: delivery orders grouped by building in natural order, one stop per neighbour
 * sorted by unit and room, so the round climbs each building once. The order's own building wins over
 * the member's address because the neighbour may have asked for delivery elsewhere.
 */
export function deliverySheet(
  orders: readonly PickableOrder[],
  members: ReadonlyMap<string, DeliveryContact>,
): DeliveryBuilding[] {
  const byBuilding = new Map<string, Waiting[]>();
  for (const entry of waiting(orders)) {
    if (entry.order.fulfilment !== 'delivery') continue;
    const { order } = entry;
    const building = order.building || members.get(order.memberId)?.address.building || '';
    byBuilding.set(building, [...(byBuilding.get(building) ?? []), entry]);
  }
  return [...byBuilding]
    .map(([building, entries]) => ({
      building,
      stops: gatherBags(entries)
        .map(({ memberId, memberName, lines, orderNos, unpaid }): DeliveryStop => {
          const contact = members.get(memberId);
          return {
            memberName,
            unit: contact?.address.unit ?? '',
            room: contact?.address.room ?? '',
            phoneTail: (contact?.phone ?? '').replace(/\D/g, '').slice(-4),
            lines,
            orderNos,
            unpaid,
          };
        })
        .sort(
          (a, b) =>
            compareBlankLast(a.unit, b.unit) ||
            compareBlankLast(a.room, b.room) ||
            natural.compare(a.memberName, b.memberName),
        ),
    }))
    .sort((a, b) => compareBlankLast(a.building, b.building));
}
