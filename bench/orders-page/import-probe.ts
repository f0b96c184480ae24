import { mapColumns } from '../../app/domain/import/columns';
import { groupIntoOrders } from '../../app/domain/import/group-orders';
import { readTable } from '../../app/domain/import/read-table';
import { validateRows } from '../../app/domain/import/validate-rows';
import { previewImport } from '../../renderer/src/features/orders/import/preview-file';
import { commitImport } from '../../renderer/src/features/orders/services/import-orders';
import { batchSize as importBatchSize } from '../../renderer/src/features/orders/services/order-batch';
import type { ImportResult } from '../lib/orders-protocol';
import type { Book } from './book-fill';

/**
 * The import as the owner runs it from the import panel: previewImport (the app's Web Worker reads,
 * validates and groups the file), then commitImport writes the confirmed drafts. The worker's three steps
 * are also run once on this page's main thread, only to tell how its time splits between them.
 */

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function tally(codes: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

async function mainThreadSplit(
  book: Book,
  name: string,
  bytes: Uint8Array,
): Promise<{ readMs: number; validateMs: number; groupMs: number; drafts: number }> {
  // The products exactly as previewImport hands them to the worker.
  const products = (await book.db.products.find({ selector: { active: true } }).exec()).map((doc) => ({
    id: doc.id,
    sku: doc.sku,
    name: doc.name,
    aliases: [...doc.aliases],
    active: doc.active,
  }));
  let began = performance.now();
  const table = await readTable({ name, bytes });
  const readMs = performance.now() - began;
  began = performance.now();
  const report = validateRows(table, mapColumns(table.headers), { products });
  const validateMs = performance.now() - began;
  began = performance.now();
  const drafts = groupIntoOrders(report.valid);
  return { readMs, validateMs, groupMs: performance.now() - began, drafts: drafts.length };
}

export async function measureImport(
  book: Book,
  options: { path: string; name: string },
): Promise<ImportResult> {
  const { db } = book;
  // Reading the file from disk is the browser's File, not the import: fetched before the clock starts.
  const bytes = new Uint8Array(await (await fetch(options.path)).arrayBuffer());
  const ordersBefore = await db.orders.count().exec();
  const movesBefore = await db.stockMoves.count().exec();

  let began = performance.now();
  const preview = await previewImport(db, new File([bytes], options.name, { type: xlsxType }));
  const workerMs = performance.now() - began;
  console.info(`[bench] import preview: ${preview.total} rows, ${preview.drafts.length} orders drafted`);

  const split = await mainThreadSplit(book, options.name, bytes);
  if (split.drafts !== preview.drafts.length)
    throw new Error(`main thread drafted ${split.drafts} orders, the worker ${preview.drafts.length}`);

  let batches = 0;
  began = performance.now();
  const outcome = await commitImport(db, book.store, preview.drafts, '店长', (progress) => {
    batches += 1;
    if (batches % 10 === 0 || progress.saved === progress.total)
      console.info(`[bench] import commit: ${progress.saved}/${progress.total} orders`);
  });
  const commitMs = performance.now() - began;

  return {
    rows: preview.total,
    validRows: preview.validRows,
    errors: preview.errors.length,
    errorCodes: tally(preview.errors.map((error) => error.code)),
    drafts: preview.drafts.length,
    workerMs,
    readMs: split.readMs,
    validateMs: split.validateMs,
    groupMs: split.groupMs,
    commitMs,
    saved: outcome.saved,
    refused: outcome.refused.length,
    refusedCodes: tally(outcome.refused.map((refusal) => refusal.error.code)),
    stockMoves: (await db.stockMoves.count().exec()) - movesBefore,
    batchSize: importBatchSize,
    ordersBefore,
    ordersAfter: await db.orders.count().exec(),
  };
}
