import { Dexie, type EntityTable } from 'dexie';
import type { OrderDoc } from '../../app/db/schemas/orders';
import type { OrderStore } from './order-store';

/** A separate database on the same origin, so both stores share one IndexedDB backend and disk. */
export const rawDatabaseName = 'linli-bench-raw-orders';

type RawDatabase = Dexie & { orders: EntityTable<OrderDoc, 'id'> };

/** Raw Dexie with the indexes RxDB declares for orders: the floor RxDB's overhead is measured against. */
export async function openDexieStore(): Promise<OrderStore> {
  await Dexie.delete(rawDatabaseName);
  const db = new Dexie(rawDatabaseName) as RawDatabase;
  db.version(1).stores({
    orders: 'id, pickupCode, createdAt, [memberId+createdAt], [campaignId+createdAt], [status+createdAt]',
  });
  await db.open();
  return {
    name: 'dexie',
    async insert(docs) {
      await db.orders.bulkAdd(docs);
    },
    byPickupCode: (code) => db.orders.where('pickupCode').equals(code).first(),
    memberOrders: (memberId) =>
      db.orders
        .where('[memberId+createdAt]')
        .between([memberId, Dexie.minKey], [memberId, Dexie.maxKey], true, true)
        .reverse()
        .toArray(),
    async campaignRollup(campaignId, since) {
      const docs = await db.orders
        .where('[campaignId+createdAt]')
        .between([campaignId, since], [campaignId, Dexie.maxKey], true, true)
        .toArray();
      let totalFen = 0;
      for (const doc of docs) if (doc.status !== 'cancelled') totalFen += doc.totalFen;
      return { orders: docs.length, totalFen };
    },
    countSince: (since) => db.orders.where('createdAt').aboveOrEqual(since).count(),
    async close() {
      db.close();
      await Dexie.delete(rawDatabaseName);
    },
  };
}
