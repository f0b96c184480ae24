import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { WorkbenchDatabase } from '../../db/collections';
import { openWorkbenchDatabase } from '../../db/database';
import { buildDemoStore, demoAnchor } from './build-store';
import { resetDemoStore, seedDemoStore } from './seed';
import { verifyNumeric } from '../pickup/numeric-code';

const now = Date.UTC(2026, 10, 25, 5, 0, 0);
const store = { storeId: 'sunny-garden', key: Uint8Array.from({ length: 32 }, (_, i) => i * 7 + 1) };

describe('the demo store', () => {
  it('is the same store every time for the same day', () => {
    expect(buildDemoStore(demoAnchor(now), store)).toEqual(
      buildDemoStore(demoAnchor(now + 3_600_000), store),
    );
  });

  it('has the promised size and consistent references', () => {
    const demo = buildDemoStore(demoAnchor(now), store);
    expect(demo.products).toHaveLength(40);
    expect(demo.members).toHaveLength(200);
    expect(demo.groups).toHaveLength(4);
    expect(demo.campaigns).toHaveLength(2);
    expect(demo.orders).toHaveLength(300);
    const memberIds = new Set(demo.members.map((member) => member.id));
    const productIds = new Set(demo.products.map((product) => product.id));
    for (const order of demo.orders) {
      expect(memberIds.has(order.memberId)).toBe(true);
      for (const line of order.lines) expect(productIds.has(line.productId)).toBe(true);
      expect(order.totalFen).toBe(order.lines.reduce((sum, line) => sum + line.priceFen * line.qty, 0));
      expect(order.history.at(-1)?.to).toBe(order.status);
    }
    expect(new Set(demo.orders.map((order) => order.pickupCode)).size).toBe(300);
    for (const order of demo.orders) expect(verifyNumeric(store, order.pickupCode, order.id)).toBe(true);
    // Exactly one neighbour is in twice (same phone), for the merge screen.
    expect(new Set(demo.members.map((m) => m.phone).filter(Boolean)).size).toBe(
      demo.members.filter((m) => m.phone).length - 1,
    );
  });
});

describe('seeding a database', () => {
  let db: WorkbenchDatabase;
  beforeEach(async () => {
    db = await openWorkbenchDatabase({ name: `seed${Date.now()}`, storage: getRxStorageMemory() });
  });
  afterEach(async () => {
    await db.close();
  });

  it('seeds once and leaves a seeded store alone', async () => {
    expect(await seedDemoStore(db, now, store)).toBe(true);
    await (await db.orders.findOne('o-00001').exec())?.incrementalPatch({ memberName: '改过的名字' });
    expect(await seedDemoStore(db, now + 86_400_000, store)).toBe(false);
    expect(await db.orders.count().exec()).toBe(300);
    expect((await db.orders.findOne('o-00001').exec())?.memberName).toBe('改过的名字');
  });

  it('resets to the demo data and keeps the chosen language', async () => {
    await seedDemoStore(db, now, store);
    await db.settings.upsert({ id: 'locale', value: { locale: 'en' }, updatedAt: now });
    await db.orders.find({ selector: { status: 'pickedUp' } }).remove();
    const first = await db.members.findOne('m-0001').exec();
    if (!first) throw new Error('seed lacks m-0001');
    await db.members.insert({ ...first.toMutableJSON(), id: 'm-extra' });
    await resetDemoStore(db, now, store);
    expect(await db.orders.count().exec()).toBe(300);
    expect(await db.members.count().exec()).toBe(200);
    expect((await db.settings.findOne('locale').exec())?.value).toEqual({ locale: 'en' });
  });
});
