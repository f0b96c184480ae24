import { AppError } from '../../contract/errors';
import type { OrderDoc, OrderEvent } from '../../db/schemas/orders';
import type { OrderActionContext, PickedLine } from './order-actions';
import { orderInvalid, remainingQty } from './order-lines';
import type { MoveDraft, OrderStep } from './order-step';
import { shanghaiDay } from './shanghai-day';

/** Quantities asked for per product, checked against what is still waiting. */
function requestedPicks(order: OrderDoc, picks: readonly PickedLine[]): Map<string, number> {
  if (picks.length === 0) throw orderInvalid(order, 'A pickup needs at least one line.');
  const wanted = new Map<string, number>();
  for (const { productId, qty } of picks) {
    if (!Number.isInteger(qty) || qty < 1) {
      throw orderInvalid(order, 'A picked quantity must be a whole number of at least 1.', {
        productId,
        qty,
      });
    }
    wanted.set(productId, (wanted.get(productId) ?? 0) + qty);
  }
  for (const [productId, requested] of wanted) {
    const line = order.lines.find((candidate) => candidate.productId === productId);
    if (!line) throw orderInvalid(order, `Product ${productId} is not on order ${order.no}.`, { productId });
    const remaining = remainingQty(line);
    if (requested > remaining) {
      throw orderInvalid(order, `Only ${remaining} of ${productId} is still waiting.`, {
        productId,
        remaining,
        requested,
      });
    }
  }
  return wanted;
}

/** Handing goods over turns their reservation into a sale, so on-hand drops and available stays right. */
function handOver(order: OrderDoc, wanted: ReadonlyMap<string, number>, reason: string) {
  const lines = order.lines.map((line) => {
    const taken = wanted.get(line.productId) ?? 0;
    return taken === 0 ? line : { ...line, pickedQty: line.pickedQty + taken };
  });
  const moves: MoveDraft[] = [...wanted].flatMap(([productId, qty]) => [
    { productId, kind: 'release', qty, reason },
    { productId, kind: 'sale', qty: -qty, reason },
  ]);
  const note = order.lines
    .filter((line) => (wanted.get(line.productId) ?? 0) > 0)
    .map((line) => `${line.name}×${wanted.get(line.productId) ?? 0}`)
    .join(', ');
  return { lines, moves, note };
}

function everythingLeft(order: OrderDoc): Map<string, number> {
  return new Map(order.lines.map((line) => [line.productId, remainingQty(line)]));
}

/** A partial pickup keeps the order on the shelf ('ready'); the last one completes it. */
export function pickUpStep(order: OrderDoc, picks: readonly PickedLine[] | undefined): OrderStep {
  const wanted = picks ? requestedPicks(order, picks) : everythingLeft(order);
  const { lines, moves, note } = handOver(order, wanted, 'pickUp');
  const done = lines.every((line) => remainingQty(line) === 0);
  return { to: done ? 'pickedUp' : 'ready', note, changes: { lines }, moves };
}

export function deliverStep(order: OrderDoc): OrderStep {
  const { lines, moves, note } = handOver(order, everythingLeft(order), 'deliver');
  return { to: 'delivered', note, changes: { lines }, moves };
}

const isPickEvent = (event: OrderEvent) =>
  event.from === 'ready' && (event.to === 'ready' || event.to === 'pickedUp');

/** The pickups since the order was last put on the shelf: exactly what an undo hands back. */
function currentPickups(order: OrderDoc): OrderEvent[] {
  return order.history.slice(order.history.findLastIndex((event) => !isPickEvent(event)) + 1);
}

/**
 * Undo is for a same-day slip at the desk (wrong bag handed over). It puts everything picked back on
 * the shelf, so every pickup it reverses must be from today in Shanghai, not only the last one.
 *
 * @throws AppError PICKUP_UNDO_EXPIRED with {orderNo, pickedUpAt} once a day boundary has passed.
 */
export function undoPickUpStep(order: OrderDoc, ctx: OrderActionContext): OrderStep {
  const pickedUpAt = currentPickups(order)[0]?.at ?? order.updatedAt;
  if (shanghaiDay(pickedUpAt) !== shanghaiDay(ctx.at)) {
    throw new AppError(
      'PICKUP_UNDO_EXPIRED',
      `The pickup of order ${order.no} can only be undone on the same day.`,
      {
        orderNo: order.no,
        pickedUpAt,
      },
    );
  }
  const moves: MoveDraft[] = order.lines.flatMap((line) => [
    { productId: line.productId, kind: 'sale', qty: line.pickedQty, reason: 'undoPickUp' },
    { productId: line.productId, kind: 'reserve', qty: -line.pickedQty, reason: 'undoPickUp' },
  ]);
  const note = order.lines
    .filter((line) => line.pickedQty > 0)
    .map((line) => `${line.name}×${line.pickedQty}`)
    .join(', ');
  return {
    to: 'ready',
    note,
    changes: { lines: order.lines.map((line) => ({ ...line, pickedQty: 0 })) },
    moves,
  };
}
