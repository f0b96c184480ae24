import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { WorkbenchDatabase } from '../../../app/db/collections';
import { openWorkbenchDatabase } from '../../../app/db/database';
import type { MigrationProgress } from '../../../app/db/migrate';
import { seedDemoStore } from '../../../app/domain/demo/seed';
import type { StoreKey } from '../../../app/domain/pickup/store-key';
import { ensureStoreKey } from './store-key';

export const databaseName = 'linli-workbench';

/**
 * Opens the owner's database in IndexedDB (the source of truth, on this machine) and lands a first run
 * in the demo store.
 */
export async function openStoreDatabase(
  onMigration: (progress: MigrationProgress) => void,
): Promise<{ db: WorkbenchDatabase; store: StoreKey }> {
  const db = await openWorkbenchDatabase({
    name: databaseName,
    storage: getRxStorageDexie(),
    multiInstance: true,
    onMigrationProgress: onMigration,
  });
  const store = await ensureStoreKey(db);
  await seedDemoStore(db, Date.now(), store);
  return { db, store };
}
