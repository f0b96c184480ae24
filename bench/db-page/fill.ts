import type { OrderDoc } from '../../app/db/schemas/orders';
import type { FillOptions, InsertFigures } from '../lib/bench-protocol';
import { benchSizes, createOrderWorld, orderAt, type OrderWorld } from '../lib/order-fixtures';
import type { OrderStore } from './order-store';
import type { RxdbOrderStore } from './rxdb-store';

export function worldFor(options: { seed: number; now: number; orders: number }): OrderWorld {
  return createOrderWorld(options.seed, options.now, { ...benchSizes, orders: options.orders });
}

/** Only the store's own write is timed; building each batch is the fixture's cost, not the database's. */
export async function insertAll(store: OrderStore, options: FillOptions): Promise<InsertFigures> {
  const world = worldFor(options);
  let ms = 0;
  for (let start = 0; start < options.orders; start += options.batchSize) {
    const batch: OrderDoc[] = [];
    for (let index = start; index < Math.min(options.orders, start + options.batchSize); index += 1) {
      batch.push(orderAt(world, index));
    }
    const began = performance.now();
    await store.insert(batch);
    ms += performance.now() - began;
    const done = start + batch.length;
    if (done % (options.batchSize * 10) === 0 || done === options.orders) {
      console.info(
        `[bench] ${store.name}: ${done}/${options.orders} orders, ${Math.round(ms)} ms in inserts`,
      );
    }
  }
  return { docs: options.orders, ms, docsPerSecond: options.orders / (ms / 1000) };
}

/**
 * Marks the database as a seeded store, so the app's first-run demo seeding leaves the benchmark's orders
 * alone, and names the store so the app looks like it would for an owner.
 */
export async function markSeeded(store: RxdbOrderStore, now: number): Promise<void> {
  await store.db.settings.bulkUpsert([
    {
      id: 'store',
      value: { name: '邻里优选·压测店', timeZone: 'Asia/Shanghai', demo: false },
      updatedAt: now,
    },
    { id: 'demo', value: { version: 1, seededAt: now }, updatedAt: now },
  ]);
}
