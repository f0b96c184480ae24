import type { RxCollection } from 'rxdb';
import type { WorkbenchDatabase } from '../../app/db/collections';
import type { OrderDoc, OrderStatus } from '../../app/db/schemas/orders';
import type { StockMoveDoc } from '../../app/db/schemas/stock-moves';
import { buildDemoStore, demoAnchor } from '../../app/domain/demo/build-store';
import type { StoreKey } from '../../app/domain/pickup/store-key';
import { ensureStoreKey } from '../../renderer/src/data/store-key';
import { memberDocs } from '../lib/book-people';
import type { BookOptions, BookResult } from '../lib/orders-protocol';
import { markSeeded, worldFor } from '../db-page/fill';
import { openRxdbStore, type RxdbOrderStore } from '../db-page/rxdb-store';
import { bookOrderAt } from './book-orders';

/** The filled store and what the probes need to know about it without asking the database. */
export interface Book {
  rx: RxdbOrderStore;
  db: WorkbenchDatabase;
  store: StoreKey;
  ids: string[];
  codes: string[];
  statuses: OrderStatus[];
}

async function insertAll<T>(collection: RxCollection<T>, docs: T[]): Promise<void> {
  const result = await collection.bulkInsert(docs);
  const first = result.error[0];
  if (first)
    throw new Error(
      `${collection.name} refused ${result.error.length}: ${JSON.stringify(first).slice(0, 400)}`,
    );
}

/** The demo catalogue's products (the import matches rows against them) with plenty of stock each. */
async function stockShelves(db: WorkbenchDatabase, store: StoreKey, options: BookOptions): Promise<number> {
  const products = buildDemoStore(demoAnchor(options.now), store).products;
  await insertAll(db.products, products);
  const moves: StockMoveDoc[] = products
    .filter((product) => product.kind === 'goods')
    .map((product) => ({
      id: `sm-bench-recv-${product.id}`,
      productId: product.id,
      kind: 'receive',
      qty: options.stockPerProduct,
      reason: '压测入库',
      orderId: '',
      at: options.now - 86_400_000,
      by: '店长',
    }));
  await insertAll(db.stockMoves, moves);
  return products.length;
}

/**
 * Opens the app's database the app's way (openWorkbenchDatabase, the store key from ensureStoreKey) and
 * stores members, products and the orders. Only the orders' own writes are timed.
 */
export async function fillBook(options: BookOptions): Promise<{ book: Book; result: BookResult }> {
  const rx = await openRxdbStore();
  const { db } = rx;
  const store = await ensureStoreKey(db);
  const world = worldFor(options);
  await insertAll(db.members, memberDocs(world));
  const products = await stockShelves(db, store, options);
  const book: Book = { rx, db, store, ids: [], codes: [], statuses: [] };
  const taken = new Set<string>();
  let insertMs = 0;
  let campaignOrders = 0;
  let codeRetries = 0;
  for (let start = 0; start < options.orders; start += options.batchSize) {
    const batch: OrderDoc[] = [];
    for (let index = start; index < Math.min(options.orders, start + options.batchSize); index += 1) {
      const { doc, retried } = bookOrderAt(world, store, index, options.campaignId, taken);
      batch.push(doc);
      book.ids.push(doc.id);
      book.codes.push(doc.pickupCode);
      book.statuses.push(doc.status);
      if (doc.campaignId === options.campaignId) campaignOrders += 1;
      if (retried) codeRetries += 1;
    }
    const began = performance.now();
    await rx.insert(batch);
    insertMs += performance.now() - began;
    const done = start + batch.length;
    if (done % (options.batchSize * 10) === 0 || done === options.orders) {
      console.info(`[bench] ${done}/${options.orders} orders stored, ${Math.round(insertMs)} ms in inserts`);
    }
  }
  await markSeeded(rx, options.now);
  return {
    book,
    result: {
      orders: options.orders,
      insertMs,
      campaignOrders,
      members: world.members.length,
      products,
      codeRetries,
    },
  };
}
