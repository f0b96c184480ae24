import type { MangoQuery } from 'rxdb';
import type { OrderDoc } from '../../app/db/schemas/orders';
import { sampleDistinct, seededRandom } from '../lib/order-fixtures';
import type { DeskDiagnostics } from '../lib/orders-protocol';
import { summarize } from '../lib/stats';
import type { Book } from './book-fill';
import { planOf } from './plans';

/**
 * Why a ready order's handover is slower than a bare code check: lookUpScan then asks for the neighbour's
 * other ready orders, `{ memberId, status: 'ready' }`. This times that query alone as the desk asks it,
 * and with the planner told to use the [memberId, createdAt] index instead, on distinct members each
 * (alternating, so regulars and occasional buyers fall on both alike; distinct, so no cache answers).
 */
export async function deskDiagnostics(book: Book, seed: number, members: number): Promise<DeskDiagnostics> {
  const random = seededRandom(seed ^ 0x51b);
  const drawn = sampleDistinct(random, members * 2, 2000).map((i) => `m-${String(i + 1).padStart(5, '0')}`);
  const asked = (memberId: string): MangoQuery<OrderDoc> => ({ selector: { memberId, status: 'ready' } });
  const hinted = (memberId: string): MangoQuery<OrderDoc> => ({
    ...asked(memberId),
    index: ['memberId', 'createdAt'],
  });
  const times = { asked: [] as number[], hinted: [] as number[] };
  let found = 0;
  for (const [position, memberId] of drawn.entries()) {
    const which = position % 2 === 0 ? 'asked' : 'hinted';
    const query = which === 'asked' ? asked(memberId) : hinted(memberId);
    const began = performance.now();
    const docs = await book.db.orders.find(query).exec();
    times[which].push(performance.now() - began);
    found += docs.length;
  }
  return {
    readyOrders: book.statuses.filter((status) => status === 'ready').length,
    readyPerMember: found / drawn.length,
    siblingsAsked: summarize(times.asked),
    siblingsByMember: summarize(times.hinted),
    plans: { pickup_siblings_by_member: planOf(book.db.orders, hinted('m-00001')) },
  };
}
