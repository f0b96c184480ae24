import type { LiveSessionDoc, RundownItem } from '../../db/schemas/live-sessions';
import { liveInvalid } from './live-error';

/** Bounds of the rundown editor, inside those of the schema so a valid rundown is always storable. */
export const maxRundownItems = 200;
export const maxPlannedMinutes = 180;
/** The schema's cap on `shown`; refusing here keeps a long show from failing at the database mid-stream. */
export const maxShownEntries = 2000;

export type RundownState = Pick<LiveSessionDoc, 'rundown' | 'shown'>;

export interface RundownPositions {
  current: number;
  anchor: number;
}

export interface NextItem {
  index: number;
  productId: string;
}

export type AdvancePatch = Pick<LiveSessionDoc, 'status' | 'shown' | 'startedAt' | 'updatedAt'>;

/**
 * Checks a run of show before it is saved. Products may appear more than once (a best seller shown twice).
 *
 * @throws AppError LIVE_INVALID with details.reason
 *   - 'empty' when there is no item;
 *   - 'tooMany' {count} beyond 200 items;
 *   - 'minutes' {index, plannedMinutes} unless a whole number of minutes from 1 to 180;
 *   - 'product' {index, productId} when the product is not in the catalogue.
 */
export function validateRundown(items: readonly RundownItem[], knownProductIds: ReadonlySet<string>): void {
  if (items.length === 0) throw liveInvalid('empty', 'A rundown needs at least one product.');
  if (items.length > maxRundownItems) {
    throw liveInvalid('tooMany', `A rundown holds at most ${maxRundownItems} items.`, {
      count: items.length,
    });
  }
  items.forEach(({ productId, plannedMinutes }, index) => {
    if (!Number.isInteger(plannedMinutes) || plannedMinutes < 1 || plannedMinutes > maxPlannedMinutes) {
      // `number` is the 1-based position the owner sees ("3号").
      throw liveInvalid('minutes', `Planned minutes must be a whole number from 1 to ${maxPlannedMinutes}.`, {
        index,
        number: index + 1,
        plannedMinutes,
      });
    }
    if (!knownProductIds.has(productId)) {
      throw liveInvalid('product', `Product ${productId} is not in the catalogue.`, {
        index,
        number: index + 1,
        productId,
      });
    }
  });
}

function indexOf(rundown: readonly RundownItem[], productId: string, from: number, step: 1 | -1): number {
  for (let i = from; i >= 0 && i < rundown.length; i += step) {
    if (rundown[i]?.productId === productId) return i;
  }
  return -1;
}

/**
 * Where one shown product lands in the rundown, given the last rundown position reached. The planned next
 * slot wins so a product listed twice in a row advances; then the current slot (shown again); then its next
 * occurrence further on (a jump ahead); then its nearest earlier one (going back).
 */
function locate(rundown: readonly RundownItem[], productId: string, anchor: number): number {
  if (rundown[anchor + 1]?.productId === productId) return anchor + 1;
  const ahead = indexOf(rundown, productId, Math.max(anchor, 0), 1);
  return ahead >= 0 ? ahead : indexOf(rundown, productId, anchor - 1, -1);
}

/**
 * The segment on air (`current`, -1 when nothing is shown or the last product shown is off the rundown)
 * and the last rundown segment reached (`anchor`, -1 before any), from which the show resumes after an
 * off-rundown product. When `current` is not -1 the two are equal.
 */
export function positionsOf(session: RundownState): RundownPositions {
  let anchor = -1;
  let current = -1;
  for (const { productId } of session.shown) {
    current = locate(session.rundown, productId, anchor);
    if (current >= 0) anchor = current;
  }
  return { current, anchor };
}

/**
 * Index in the rundown of the segment on air: the last product shown, matched to its occurrence at or after
 * the previous position. -1 when nothing has been shown yet or the last product shown is not in the rundown.
 */
export function currentPosition(session: RundownState): number {
  return positionsOf(session).current;
}

/**
 * The rundown item to show next: the first before anything is shown, otherwise the one after the last rundown
 * segment reached (an off-rundown product in between does not restart the list). Null past the end.
 */
export function nextItem(session: RundownState): NextItem | null {
  const index = positionsOf(session).anchor + 1;
  const item = session.rundown[index];
  return item ? { index, productId: item.productId } : null;
}

/**
 * Puts the next product on air, or `productId` when the owner jumps to another (in the rundown or not).
 * The first advance of a planned session starts it.
 *
 * @throws AppError LIVE_INVALID with details.reason
 *   - 'ended' once the session has ended;
 *   - 'end' when no product is given and the rundown is done;
 *   - 'shownFull' {count} when the session already holds the most entries the database stores.
 */
export function advance(
  session: RundownState & Pick<LiveSessionDoc, 'status' | 'startedAt'>,
  now: number,
  productId?: string,
): AdvancePatch {
  if (session.status === 'ended') throw liveInvalid('ended', 'This live session has already ended.');
  const next = productId ?? nextItem(session)?.productId;
  if (next === undefined) throw liveInvalid('end', 'Every product in the rundown has been shown.');
  if (session.shown.length >= maxShownEntries) {
    throw liveInvalid('shownFull', `A session records at most ${maxShownEntries} products shown.`, {
      count: session.shown.length,
    });
  }
  return {
    status: 'live',
    shown: [...session.shown, { productId: next, at: now }],
    startedAt: session.status === 'planned' ? now : session.startedAt,
    updatedAt: now,
  };
}
