import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { WorkbenchDatabase } from '../../db/collections';
import { openWorkbenchDatabase } from '../../db/database';
import { buildDemoStore, demoAnchor } from './build-store';
import { resetDemoStore, seedDemoStore } from './seed';

const now = Date.UTC(2026, 10, 25, 5, 0, 0);

describe('the demo store', () => {
  it('is the same store every time for the same day', () => {
    expect(buildDemoStore(demoAnchor(now))).toEqual(buildDemoStore(demoAnchor(now + 3_600_000)));
  });

  it('has the promised size and consistent references', () => {
    const store = buildDemoStore(demoAnchor(now));
    expect(store.products).toHaveLength(40);
    expect(store.members).toHaveLength(200);
    expect(store.groups).toHaveLength(4);
    expect(store.campaigns).toHaveLength(2);
    expect(store.orders).toHaveLength(300);
    const memberIds = new Set(store.members.map((member) => member.id));
    const productIds = new Set(store.products.map((product) => product.id));
    for (const order of store.orders) {
      expect(memberIds.has(order.memberId)).toBe(true);
      for (const line of order.lines) expect(productIds.has(line.productId)).toBe(true);
      expect(order.totalFen).toBe(order.lines.reduce((sum, line) => sum + line.priceFen * line.qty, 0));
      expect(order.history.at(-1)?.to).toBe(order.status);
    }
    expect(new Set(store.orders.map((order) => order.pickupCode)).size).toBe(300);
    expect(new Set(store.members.map((m) => m.phone).filter(Boolean)).size).toBe(
      store.members.filter((m) => m.phone).length,
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
    expect(await seedDemoStore(db, now)).toBe(true);
    await (await db.orders.findOne('o-00001').exec())?.incrementalPatch({ memberName: '改过的名字' });
    expect(await seedDemoStore(db, now + 86_400_000)).toBe(false);
    expect(await db.orders.count().exec()).toBe(300);
    expect((await db.orders.findOne('o-00001').exec())?.memberName).toBe('改过的名字');
  });

  it('resets to the demo data and keeps the chosen language', async () => {
    await seedDemoStore(db, now);
    await db.settings.upsert({ id: 'locale', value: { locale: 'en' }, updatedAt: now });
    await db.orders.find({ selector: { status: 'pickedUp' } }).remove();
    const first = await db.members.findOne('m-0001').exec();
    if (!first) throw new Error('seed lacks m-0001');
    await db.members.insert({ ...first.toMutableJSON(), id: 'm-extra' });
    await resetDemoStore(db, now);
    expect(await db.orders.count().exec()).toBe(300);
    expect(await db.members.count().exec()).toBe(200);
    expect((await db.settings.findOne('locale').exec())?.value).toEqual({ locale: 'en' });
  });
});
