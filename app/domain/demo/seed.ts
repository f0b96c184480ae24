import type { RxCollection } from 'rxdb';
import { collectionNames, type WorkbenchDatabase } from '../../db/collections';
import { toDbError } from '../../db/db-errors';
import type { StoreKey } from '../pickup/store-key';
import { buildDemoStore, demoAnchor, demoSeedVersion, demoStoreName } from './build-store';

export const storeSettingId = 'store';
export const demoSettingId = 'demo';

async function upsertAll(collection: RxCollection, docs: object[]): Promise<void> {
  const result = await collection.bulkUpsert(docs);
  const first = result.error[0];
  if (first) {
    throw toDbError({
      code: first.status === 409 ? 'CONFLICT' : 'VD2',
      parameters: { collection: collection.name, id: first.documentId, writeError: first },
    });
  }
}

/**
 * Fills an empty database with the demo store. Idempotent: ids are deterministic and the marker is
 * written last, so a run cut short is simply completed by the next one, and a seeded store is left alone.
 * Returns whether anything was written.
 */
export async function seedDemoStore(db: WorkbenchDatabase, now: number, store: StoreKey): Promise<boolean> {
  const marker = await db.settings.findOne(demoSettingId).exec();
  if (marker) return false;
  const demo = buildDemoStore(demoAnchor(now), store);
  for (const [name, docs] of Object.entries(demo)) {
    await upsertAll(db.collections[name as keyof typeof demo], docs);
  }
  await db.settings.upsert({
    id: storeSettingId,
    value: { id: store.storeId, name: demoStoreName, timeZone: 'Asia/Shanghai', demo: true },
    updatedAt: now,
  });
  await db.settings.upsert({
    id: demoSettingId,
    value: { version: demoSeedVersion, seededAt: now },
    updatedAt: now,
  });
  return true;
}

/** Settings that survive a reset: the owner's language and the store's signing key. */
export const keptOnReset = ['locale', 'pickupKey'];

/** Wipes the store's data and seeds the demo store again. */
export async function resetDemoStore(db: WorkbenchDatabase, now: number, store: StoreKey): Promise<void> {
  for (const name of collectionNames) {
    const collection = db.collections[name] as unknown as RxCollection;
    if (name === 'settings') await collection.find({ selector: { id: { $nin: keptOnReset } } }).remove();
    else await collection.find().remove();
  }
  await seedDemoStore(db, now, store);
}
