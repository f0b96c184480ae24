import { afterEach, describe, expect, it } from 'vitest';
import { createRxDatabase, type RxCollection, type RxDatabase, type RxJsonSchema } from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { addRxPlugin } from 'rxdb';
import { migrateAll, migrationBatchSize, type MigrationProgress } from './migrate';

addRxPlugin(RxDBMigrationSchemaPlugin);

interface NoteV0 {
  id: string;
  text: string;
}
interface NoteV1 {
  id: string;
  text: string;
  words: number;
}

const v0: RxJsonSchema<NoteV0> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: { id: { type: 'string', maxLength: 20 }, text: { type: 'string' } },
  required: ['id', 'text'],
};
const v1: RxJsonSchema<NoteV1> = {
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: { id: { type: 'string', maxLength: 20 }, text: { type: 'string' }, words: { type: 'integer' } },
  required: ['id', 'text', 'words'],
};

const opened: RxDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
});

describe('migrateAll', () => {
  it('migrates every document to the new schema in large batches, reporting progress', async () => {
    const storage = getRxStorageMemory();
    const name = `migrate${Date.now()}`;
    const before = await createRxDatabase({ name, storage });
    await before.addCollections({ notes: { schema: v0 } });
    const total = migrationBatchSize * 2 + 500;
    await before.collections['notes']?.bulkInsert(
      Array.from({ length: total }, (_, i) => ({ id: `n${i}`, text: `a b ${i}` })),
    );
    await before.close();

    const after = await createRxDatabase({ name, storage });
    opened.push(after);
    await after.addCollections({
      notes: {
        schema: v1,
        autoMigrate: false,
        migrationStrategies: { 1: (doc: NoteV0): NoteV1 => ({ ...doc, words: doc.text.split(' ').length }) },
      },
    });
    const progress: MigrationProgress[] = [];
    await migrateAll(after, (step) => progress.push(step));
    const notes = after.collections['notes'] as RxCollection<NoteV1> | undefined;
    expect(await notes?.count().exec()).toBe(total);
    expect((await notes?.findOne('n7').exec())?.toJSON()).toMatchObject({ text: 'a b 7', words: 3 });
    expect(progress.at(-1)).toEqual({ collection: 'notes', handled: total, total });
  });
});
