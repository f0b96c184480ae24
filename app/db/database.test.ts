import { afterEach, describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { AppError } from '../contract';
import { collectionNames, type WorkbenchDatabase } from './collections';
import { openWorkbenchDatabase } from './database';
import { toDbError } from './db-errors';
import { orderSchema, type OrderDoc } from './schemas/orders';
import { createRxDatabase } from 'rxdb';

let db: WorkbenchDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

const order = (overrides: Partial<OrderDoc> = {}): OrderDoc => ({
  id: 'o-1',
  no: 'LL1',
  source: 'walkin',
  memberId: 'm-1',
  memberName: '李阿姨',
  campaignId: '',
  lines: [{ productId: 'p-1', name: '土鸡蛋', unit: '箱', priceFen: 4500, qty: 1, pickedQty: 0 }],
  totalFen: 4500,
  status: 'confirmed',
  payment: { method: 'none', paidAt: 0 },
  fulfilment: 'pickup',
  building: '',
  pickupCode: '123456',
  shelfSlot: '',
  history: [],
  nps: -1,
  createdAt: 1,
  updatedAt: 1,
  ...overrides,
});

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    return toDbError(error);
  }
  throw new Error('expected the write to be refused');
}

describe('the workbench database', () => {
  it('opens every collection within the open-core limit', async () => {
    db = await openWorkbenchDatabase({ name: `t${Date.now()}a`, storage: getRxStorageMemory() });
    expect(Object.keys(db.collections).sort()).toEqual([...collectionNames].sort());
    expect(collectionNames.length).toBeLessThanOrEqual(13);
  });

  it('stores an order and finds it by pickup code through its index', async () => {
    db = await openWorkbenchDatabase({ name: `t${Date.now()}b`, storage: getRxStorageMemory() });
    await db.orders.insert(order());
    const found = await db.orders.findOne({ selector: { pickupCode: '123456' } }).exec();
    expect(found?.memberName).toBe('李阿姨');
  });

  it('refuses a schema-invalid order with a readable message and writes nothing', async () => {
    db = await openWorkbenchDatabase({ name: `t${Date.now()}c`, storage: getRxStorageMemory() });
    const error = await rejection(db.orders.insert(order({ totalFen: -5 })));
    expect(error.code).toBe('DB_VALIDATION');
    expect(error.message).toContain('totalFen');
    const noLines = await rejection(db.orders.insert(order({ id: 'o-2', lines: [] })));
    expect(noLines.code).toBe('DB_VALIDATION');
    expect(await db.orders.count().exec()).toBe(0);
  });

  it('reports a duplicate id as a conflict and keeps the first write', async () => {
    db = await openWorkbenchDatabase({ name: `t${Date.now()}d`, storage: getRxStorageMemory() });
    await db.orders.insert(order());
    const error = await rejection(db.orders.insert(order({ memberName: '别人' })));
    expect(error.code).toBe('DB_CONFLICT');
    expect((await db.orders.findOne('o-1').exec())?.memberName).toBe('李阿姨');
  });
});

describe('migrating a store opened by an older version', () => {
  it('moves version-0 orders to the current schema without losing any', async () => {
    const storage = getRxStorageMemory();
    const name = `t${Date.now()}m`;
    const { refund: _refund, ...v0Properties } = orderSchema.properties;
    const old = await createRxDatabase({ name, storage });
    await old.addCollections({
      orders: { schema: { ...orderSchema, version: 0, properties: v0Properties } },
    });
    await old.collections['orders']?.bulkInsert([order(), order({ id: 'o-2', pickupCode: '654321' })]);
    await old.close();

    const progress: string[] = [];
    db = await openWorkbenchDatabase({
      name,
      storage,
      onMigrationProgress: (step) => progress.push(step.collection),
    });
    expect(await db.orders.count().exec()).toBe(2);
    expect((await db.orders.findOne({ selector: { pickupCode: '654321' } }).exec())?.id).toBe('o-2');
    expect(progress).toContain('orders');
  });
});
