import { addRxPlugin, createRxDatabase, type RxStorage } from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { collectionDefinitions, type WorkbenchCollections, type WorkbenchDatabase } from './collections';
import { toDbError } from './db-errors';
import { migrateAll, type MigrationProgress } from './migrate';
import { wrappedValidateZodStorage } from './validate-zod';

addRxPlugin(RxDBMigrationSchemaPlugin);

export interface OpenDatabaseOptions {
  name: string;
  /** Dexie (IndexedDB) in the renderer, memory in unit tests. */
  storage: RxStorage<unknown, unknown>;
  onMigrationProgress?: (progress: MigrationProgress) => void;
  /** Several tabs of the browser mode share one database; off in tests for speed. */
  multiInstance?: boolean;
}

/**
 * Opens the store's database with every collection, validating each write against its JSON schema,
 * and runs pending migrations in large batches before anything reads.
 */
export async function openWorkbenchDatabase(options: OpenDatabaseOptions): Promise<WorkbenchDatabase> {
  try {
    const db = await createRxDatabase<WorkbenchCollections>({
      name: options.name,
      storage: wrappedValidateZodStorage({ storage: options.storage }),
      multiInstance: options.multiInstance ?? false,
      eventReduce: true,
      closeDuplicates: true,
    });
    const creators = Object.fromEntries(
      Object.entries(collectionDefinitions).map(([name, definition]) => [
        name,
        {
          schema: definition.schema,
          migrationStrategies: definition.migrationStrategies,
          autoMigrate: false,
        },
      ]),
    );
    await db.addCollections(creators);
    await migrateAll(db, options.onMigrationProgress);
    return db;
  } catch (error) {
    throw toDbError(error);
  }
}
