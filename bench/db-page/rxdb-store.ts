import type { MangoQuery } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { WorkbenchDatabase } from '../../app/db/collections';
import { openWorkbenchDatabase } from '../../app/db/database';
import type { OrderDoc } from '../../app/db/schemas/orders';
import { appDatabaseName } from '../lib/bench-protocol';
import type { OrderStore } from './order-store';

export interface RxdbOrderStore extends OrderStore {
  db: WorkbenchDatabase;
  /** Names the index RxDB's query planner picks for each benchmark query. */
  explain(sample: { code: string; memberId: string; campaignId: string }): Record<string, string>;
}

const pickupQuery = (code: string): MangoQuery<OrderDoc> => ({ selector: { pickupCode: code } });
const memberQuery = (memberId: string): MangoQuery<OrderDoc> => ({
  selector: { memberId },
  sort: [{ createdAt: 'desc' }],
});
/**
 * Sorted by createdAt although a sum ignores order: RxDB sorts by primary key otherwise, which the
 * [campaignId, createdAt] index cannot supply, and 10k documents would be re-sorted in memory.
 */
const campaignQuery = (campaignId: string, since: number): MangoQuery<OrderDoc> => ({
  selector: { campaignId, createdAt: { $gte: since } },
  sort: [{ createdAt: 'asc' }],
});

/** Opens the app's real database through the app's own code path: same schemas, same validation. */
export async function openRxdbStore(): Promise<RxdbOrderStore> {
  const db = await openWorkbenchDatabase({
    name: appDatabaseName,
    storage: getRxStorageDexie(),
    multiInstance: false,
  });
  const orders = db.orders;
  return {
    name: 'rxdb',
    db,
    async insert(docs) {
      const result = await orders.bulkInsert(docs);
      const first = result.error[0];
      if (first)
        throw new Error(
          `RxDB refused ${result.error.length} orders, first: ${JSON.stringify(first).slice(0, 600)}`,
        );
    },
    async byPickupCode(code) {
      const doc = await orders.findOne(pickupQuery(code)).exec();
      return doc ? doc.toJSON() : undefined;
    },
    async memberOrders(memberId) {
      // toJSON as the app's watchDocs does: screens get plain objects, never live documents.
      const docs = await orders.find(memberQuery(memberId)).exec();
      return docs.map((doc) => doc.toJSON());
    },
    async campaignRollup(campaignId, since) {
      const docs = await orders.find(campaignQuery(campaignId, since)).exec();
      let totalFen = 0;
      for (const doc of docs) if (doc.status !== 'cancelled') totalFen += doc.totalFen;
      return { orders: docs.length, totalFen };
    },
    countSince: (since) => orders.count({ selector: { createdAt: { $gte: since } } }).exec(),
    async close() {
      await db.close();
    },
    explain(sample) {
      const describe = (query: MangoQuery<OrderDoc>): string => {
        const plan = orders.find(query).getPreparedQuery().queryPlan;
        const flags = [plan.selectorSatisfiedByIndex ? 'selector-by-index' : 'selector-filtered'];
        flags.push(plan.sortSatisfiedByIndex ? 'sort-by-index' : 'sorted-in-memory');
        return `[${plan.index.join(',')}] ${flags.join(' ')}`;
      };
      return {
        pickup: describe(pickupQuery(sample.code)),
        memberOrders: describe(memberQuery(sample.memberId)),
        rollup: describe(campaignQuery(sample.campaignId, 0)),
      };
    },
  };
}
