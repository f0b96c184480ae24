import type { RxCollection } from 'rxdb';

export interface MigrationProgress {
  collection: string;
  handled: number;
  total: number;
}

/**
 * RxDB's default batch of 200 documents made a 10k-document migration take minutes in Chromium; 1000
 * per batch did it in seconds. So collections open with autoMigrate off and migrate here.
 */
export const migrationBatchSize = 1000;

export async function migrateAll(
  db: { collections: object },
  onProgress: ((progress: MigrationProgress) => void) | undefined,
): Promise<void> {
  for (const collection of Object.values(db.collections) as RxCollection[]) {
    if (!(await collection.migrationNeeded())) continue;
    const state = collection.getMigrationState();
    const subscription = state.$.subscribe((status) =>
      onProgress?.({ collection: collection.name, handled: status.count.handled, total: status.count.total }),
    );
    try {
      const result = await state.migratePromise(migrationBatchSize);
      if (result.status === 'ERROR') {
        throw new Error(`Migration of ${collection.name} failed: ${JSON.stringify(result.error ?? {})}`);
      }
    } finally {
      subscription.unsubscribe();
    }
  }
}
