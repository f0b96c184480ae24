import { z } from 'zod';
import type { BenchApi } from '../lib/bench-protocol';
import { insertAll, markSeeded } from './fill';
import { measureQueries } from './measure';
import { openDexieStore } from './dexie-store';
import type { OrderStore } from './order-store';
import { openRxdbStore, type RxdbOrderStore } from './rxdb-store';

/**
 * The benchmark's half inside Chromium. It is served from the app's own origin, so the orders it writes
 * land in the app's IndexedDB database and the cold-start measurement opens exactly this data.
 */

// As in the app (renderer/src/main.tsx): the CSP forbids eval, so zod runs without its JIT.
z.config({ jitless: true });

const week = 7 * 86_400_000;
let stores: { rxdb: RxdbOrderStore; dexie: OrderStore } | undefined;

function opened(): { rxdb: RxdbOrderStore; dexie: OrderStore } {
  if (!stores) throw new Error('call fill() before measure()');
  return stores;
}

const api: BenchApi = {
  async fill(options) {
    const rxdb = await openRxdbStore();
    const dexie = await openDexieStore();
    stores = { rxdb, dexie };
    const rxdbFigures = await insertAll(rxdb, options);
    await markSeeded(rxdb, options.now);
    const dexieFigures = await insertAll(dexie, options);
    const since = options.now - week;
    const [rxWeek, dxWeek] = [await rxdb.countSince(since), await dexie.countSince(since)];
    if (rxWeek !== dxWeek) throw new Error(`last-week counts differ: rxdb ${rxWeek}, dexie ${dxWeek}`);
    return { rxdb: rxdbFigures, dexie: dexieFigures, lastWeekOrders: rxWeek };
  },
  measure: (options) => measureQueries(opened().rxdb, opened().dexie, options),
  async finish() {
    if (!stores) return;
    await stores.rxdb.close();
    await stores.dexie.close();
    stores = undefined;
  },
};

window.linliBench = api;
document.body.dataset['benchReady'] = 'true';
