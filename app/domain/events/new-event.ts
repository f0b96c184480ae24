import type { StoreEventDoc } from '../../db/schemas/store-events';
import { eventRefused } from './refusal';

export interface EventInput {
  id: string;
  title: string;
  startsAt: number;
  capacity: number;
  priceFen: number;
  place: string;
}

/** Bounds of the form, inside those of the schema so a built event is always storable. */
export const maxCapacity = 1000;
export const maxTextLength = 120;
const maxIdLength = 64;
const maxPriceFen = 100_000_000_00;

const invalid = (field: keyof EventInput, message: string) => eventRefused('invalid', message, { field });

function text(value: string, field: 'title' | 'place', message: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > maxTextLength) throw invalid(field, message);
  return trimmed;
}

/**
 * A new event with no sign-ups from what the owner filled in, or the first thing that is wrong with it,
 * named by field so the form can point at it. A free event has price 0.
 *
 * @throws AppError EVENT_REFUSED {reason: 'invalid', field} with field one of id, title, startsAt,
 *   capacity, priceFen, place.
 */
export function buildEvent(input: EventInput, now: number): StoreEventDoc {
  if (input.id === '' || input.id.length > maxIdLength) throw invalid('id', 'An event needs an id.');
  const title = text(input.title, 'title', `An event needs a title of at most ${maxTextLength} characters.`);
  if (!Number.isSafeInteger(input.startsAt) || input.startsAt <= now) {
    throw invalid('startsAt', 'An event must start in the future.');
  }
  if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > maxCapacity) {
    throw invalid('capacity', `Capacity must be a whole number from 1 to ${maxCapacity}.`);
  }
  if (!Number.isInteger(input.priceFen) || input.priceFen < 0 || input.priceFen > maxPriceFen) {
    throw invalid('priceFen', 'The price must be 0 or more, in whole fen.');
  }
  const place = text(input.place, 'place', 'Say where the event takes place.');
  return {
    id: input.id,
    title,
    startsAt: input.startsAt,
    capacity: input.capacity,
    priceFen: input.priceFen,
    place,
    signups: [],
    createdAt: now,
    updatedAt: now,
  };
}
