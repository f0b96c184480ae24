import { AppError } from '../../app/contract/errors';
import { qrPayloadFor } from '../../app/domain/pickup/qr-payload';
import { lookUpScan } from '../../renderer/src/features/orders/services/pickup-desk';
import { sampleDistinct, seededRandom } from '../lib/order-fixtures';
import type { PickupOptions, PickupResult, ScanFigures } from '../lib/orders-protocol';
import { summarize } from '../lib/stats';
import type { Book } from './book-fill';
import { deskDiagnostics } from './desk-diagnostics';
import { planOf } from './plans';

/**
 * Times the pickup desk's own function, lookUpScan, from the typed or scanned text to the answer the desk
 * shows: parse, find the order through the pickupCode index (or by id for a QR payload), verify the HMAC
 * check digits, and for a ready order also fetch the neighbour's other ready orders.
 */

interface Probe {
  text: string;
  /** The order the scan must name, or '' when it must be refused. */
  expect: string;
}

async function scan(book: Book, probe: Probe): Promise<{ ms: number; outcome: string; orderId: string }> {
  const began = performance.now();
  try {
    const result = await lookUpScan(book.db, book.store, probe.text);
    const ms = performance.now() - began;
    return {
      ms,
      outcome: result.kind,
      orderId: result.kind === 'ready' ? result.scanned.id : result.order.id,
    };
  } catch (error) {
    const ms = performance.now() - began;
    if (error instanceof AppError && error.code === 'PICKUP_CODE_INVALID')
      return { ms, outcome: 'refused', orderId: '' };
    throw error;
  }
}

async function run(book: Book, probes: Probe[]): Promise<ScanFigures> {
  const times: number[] = [];
  const outcomes: Record<string, number> = {};
  let wrong = 0;
  for (const probe of probes) {
    const { ms, outcome, orderId } = await scan(book, probe);
    times.push(ms);
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    if (orderId !== probe.expect) wrong += 1;
  }
  return { summary: summarize(times), outcomes, wrong };
}

/** The last check digit moved by one: the serial still looks plausible, the signature no longer fits. */
function forge(code: string): string {
  const last = Number(code.slice(-1));
  return code.slice(0, -1) + String((last + 1) % 10);
}

export async function measurePickup(book: Book, options: PickupOptions): Promise<PickupResult> {
  const random = seededRandom(options.seed ^ 0xde5c);
  // Distinct orders throughout: RxDB caches query results and documents, a repeat would be answered from memory.
  const drawn = sampleDistinct(
    random,
    options.warmup + options.numeric + options.qr + options.forged,
    book.ids.length,
  );
  const used = new Set(drawn);
  const readyPool = book.statuses.flatMap((status, index) =>
    status === 'ready' && !used.has(index) ? [index] : [],
  );
  const ready = sampleDistinct(random, Math.min(options.ready, readyPool.length), readyPool.length).map(
    (i) => readyPool[i] ?? 0,
  );
  const numericProbe = (index: number): Probe => ({
    text: book.codes[index] ?? '',
    expect: book.ids[index] ?? '',
  });
  const take = (from: number, count: number) => drawn.slice(from, from + count);

  let at = 0;
  await run(book, take(at, options.warmup).map(numericProbe));
  at += options.warmup;
  const numeric = await run(book, take(at, options.numeric).map(numericProbe));
  at += options.numeric;
  console.info('[bench] numeric pickup codes done');
  const qr = await run(
    book,
    take(at, options.qr).map((index) => {
      const id = book.ids[index] ?? '';
      return { text: qrPayloadFor(book.store, id), expect: id };
    }),
  );
  at += options.qr;
  const forged = await run(
    book,
    take(at, options.forged).map((index) => ({ text: forge(book.codes[index] ?? ''), expect: '' })),
  );
  const readyFigures = await run(book, ready.map(numericProbe));
  console.info('[bench] QR, forged and ready pickups done');

  const sample = drawn[0] ?? 0;
  const orders = book.db.orders;
  return {
    numeric,
    qr,
    ready: readyFigures,
    forged,
    diagnostics: await deskDiagnostics(book, options.seed, 50),
    plans: {
      pickup_code: planOf(orders, { selector: { pickupCode: book.codes[sample] ?? '' } }),
      pickup_siblings: planOf(orders, { selector: { memberId: 'm-00001', status: 'ready' } }),
    },
  };
}
