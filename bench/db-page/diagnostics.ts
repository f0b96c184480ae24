import { fillWithDefaultSettings, type RxDocumentData } from 'rxdb';
import { orderSchema, type OrderDoc } from '../../app/db/schemas/orders';
import { zodValidator } from '../../app/db/validate-zod';
import { openStatuses } from '../../renderer/src/features/orders/orders-store';
import type { Diagnostics } from '../lib/bench-protocol';
import { orderAt, type OrderWorld } from '../lib/order-fixtures';
import { median } from '../lib/stats';
import type { RxdbOrderStore } from './rxdb-store';

const week = 7 * 86_400_000;

/**
 * The schema check the app's RxDB runs on every write, alone: it tells how much of RxDB's insert cost
 * is validation rather than IndexedDB. Docs carry RxDB's meta fields because the stored schema demands them.
 */
function validationMsPerDoc(world: OrderWorld, count: number): number {
  const validate = zodValidator(fillWithDefaultSettings(orderSchema));
  const docs: RxDocumentData<OrderDoc>[] = [];
  for (let index = 0; index < count; index += 1) {
    docs.push({
      ...orderAt(world, index),
      _deleted: false,
      _rev: '1-bench',
      _meta: { lwt: world.now },
      _attachments: {},
    });
  }
  const began = performance.now();
  for (const doc of docs) {
    const errors: unknown = validate(doc);
    if (Array.isArray(errors) && errors.length > 0)
      throw new Error(`fixture order invalid: ${JSON.stringify(errors[0])}`);
  }
  return (performance.now() - began) / count;
}

/**
 * What the orders screen asks on start (renderer/src/features/orders/orders-store.ts): the last week's
 * 100 newest orders and a count per open status, all at once. Each run shifts the bounds by a millisecond so
 * RxDB's query cache cannot answer.
 */
async function startupQueries(
  store: RxdbOrderStore,
  now: number,
  runs: number,
): Promise<Diagnostics['startup']> {
  const recentMs: number[] = [];
  const countsMs: number[] = [];
  const togetherMs: number[] = [];
  const orders = store.db.orders;
  for (let run = 0; run < runs; run += 1) {
    const since = now - week - run;
    const recent = () =>
      orders
        .find({ selector: { createdAt: { $gte: since } }, sort: [{ createdAt: 'desc' }], limit: 100 })
        .exec();
    const counts = (shift: number) =>
      Promise.all(
        openStatuses.map((status) =>
          orders.count({ selector: { status, createdAt: { $gte: shift } } }).exec(),
        ),
      );
    let began = performance.now();
    await recent();
    recentMs.push(performance.now() - began);
    began = performance.now();
    await counts(run * 3 + 1);
    countsMs.push(performance.now() - began);
    const sinceBoth = since - runs;
    began = performance.now();
    await Promise.all([
      orders
        .find({ selector: { createdAt: { $gte: sinceBoth } }, sort: [{ createdAt: 'desc' }], limit: 100 })
        .exec(),
      counts(run * 3 + 2),
    ]);
    togetherMs.push(performance.now() - began);
  }
  return { recentMs: median(recentMs), countsMs: median(countsMs), togetherMs: median(togetherMs) };
}

export async function diagnose(store: RxdbOrderStore, world: OrderWorld): Promise<Diagnostics> {
  return {
    validationMsPerDoc: validationMsPerDoc(world, 2000),
    startup: await startupQueries(store, world.now, 3),
  };
}
