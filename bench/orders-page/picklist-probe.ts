import type { MangoQuery } from 'rxdb';
import type { MemberDoc } from '../../app/db/schemas/members';
import type { OrderDoc } from '../../app/db/schemas/orders';
import { deliverySheet, pickListByNeighbour, pickListByProduct } from '../../app/domain/orders/pick-lists';
import type { PickListOptions, PickListResult } from '../lib/orders-protocol';
import type { Book } from './book-fill';
import { planOf } from './plans';

/**
 * What the pick-lists screen (renderer/src/features/orders/PickLists.tsx) does when the owner picks a
 * campaign: the campaign's orders as plain objects, their members, then the three lists. The screen
 * subscribes to the query (`.$`); its first emission is this exec().
 */

const pulled = new Set<OrderDoc['status']>(['confirmed', 'paid', 'ready']);

/**
 * Run 0 asks exactly what the screen asks. Later runs add a bound every order meets, so the result is the
 * same but RxDB's query cache cannot answer it; the planner picks the same index for both (see the plans).
 */
function campaignQuery(campaignId: string, run: number): MangoQuery<OrderDoc> {
  return run === 0 ? { selector: { campaignId } } : { selector: { campaignId, createdAt: { $gte: run } } };
}

/** The same orders, in the order the index already holds them: no in-memory sort (diagnostic only). */
function sortedByIndex(campaignId: string, run: number): MangoQuery<OrderDoc> {
  return { ...campaignQuery(campaignId, run), sort: [{ createdAt: 'asc' }] };
}

export async function measurePickList(book: Book, options: PickListOptions): Promise<PickListResult> {
  const { db } = book;
  const result: PickListResult = {
    orders: 0,
    pulled: 0,
    members: 0,
    products: 0,
    bags: 0,
    buildings: 0,
    execMs: [],
    jsonMs: [],
    queryMs: [],
    membersMs: [],
    buildMs: [],
    totalMs: [],
    firstTotalMs: 0,
    execSortedByIndexMs: [],
    plans: {
      picklist_screen: planOf(db.orders, campaignQuery(options.campaignId, 0)),
      picklist_varied: planOf(db.orders, campaignQuery(options.campaignId, 1)),
      picklist_sorted_by_index: planOf(db.orders, sortedByIndex(options.campaignId, 1)),
    },
  };
  for (let run = 0; run <= options.runs; run += 1) {
    const began = performance.now();
    const docs = await db.orders.find(campaignQuery(options.campaignId, run)).exec();
    const executed = performance.now();
    const orders = docs.map((doc) => doc.toMutableJSON());
    const queried = performance.now();
    // An id no member has varies the lookup for the same reason the orders query is varied.
    const ids = [...new Set(orders.map((order) => order.memberId)), `m-none-${run}`];
    const found = await db.members.findByIds(ids).exec();
    const members = new Map<string, MemberDoc>(
      [...found.values()].map((doc) => [doc.id, doc.toMutableJSON()]),
    );
    const fetched = performance.now();
    const byProduct = pickListByProduct(orders);
    const byNeighbour = pickListByNeighbour(orders);
    const delivery = deliverySheet(orders, members);
    const built = performance.now();
    if (run === 0) {
      result.firstTotalMs = built - began;
      Object.assign(result, {
        orders: orders.length,
        pulled: orders.filter((order) => pulled.has(order.status)).length,
        members: members.size,
        products: byProduct.length,
        bags: byNeighbour.length,
        buildings: delivery.length,
      });
      continue;
    }
    result.execMs.push(executed - began);
    result.jsonMs.push(queried - executed);
    result.queryMs.push(queried - began);
    result.membersMs.push(fetched - queried);
    result.buildMs.push(built - fetched);
    result.totalMs.push(built - began);
  }
  // Bounds from runs + 1 on: none of the screen's queries above is asked again.
  for (let run = options.runs + 1; run <= options.runs * 2; run += 1) {
    const began = performance.now();
    await db.orders.find(sortedByIndex(options.campaignId, run)).exec();
    result.execSortedByIndexMs.push(performance.now() - began);
  }
  return result;
}
