import { AppError } from '../../contract/errors';
import type { Signup, StoreEventDoc } from '../../db/schemas/store-events';
import type { StoreKey } from '../pickup/store-key';
import { eventCodeFor, eventCodeSerial } from './event-code';
import { eventRefused } from './refusal';
import { maxSignups, seatsLeft, signupOf } from './seats';

const maxMemberIdLength = 64;
/** Each try clashes with at most 2000 of 10^4 serials, so 64 tries all failing is beyond 10^-44. */
const maxCodeAttempts = 64;

/** A code whose serial no other sign-up of this event uses, so the desk can find a sign-up by serial. */
function freeCode(event: StoreEventDoc, memberId: string, store: StoreKey): string {
  const taken = new Set(
    event.signups
      .filter((signup) => signup.memberId !== memberId)
      .map((signup) => eventCodeSerial(signup.code)),
  );
  for (let attempt = 0; attempt < maxCodeAttempts; attempt++) {
    const code = eventCodeFor(store, event.id, memberId, attempt);
    if (!taken.has(eventCodeSerial(code))) return code;
  }
  throw new AppError('INTERNAL', `No free sign-up code for event ${event.id}.`);
}

/**
 * Signs a member up: a seat while seats are left (signed-up and checked-in members hold seats),
 * otherwise the waitlist. A member who cancelled may sign up again; their entry is moved to the end with
 * a fresh time, so they queue behind everyone who stayed.
 *
 * @returns the new event document (`updatedAt` = `at`); the sign-up, with its code, is `signupOf(…)`.
 * @throws AppError EVENT_REFUSED with details.reason
 *   - 'invalid' {field: 'memberId'} for an empty or over-long member id;
 *   - 'closed' {startsAt} once the event has started;
 *   - 'already' {status, code} when the member holds a sign-up that is not cancelled;
 *   - 'full' {max} when the document already holds the most sign-ups the schema allows.
 */
export function signUp(event: StoreEventDoc, memberId: string, store: StoreKey, at: number): StoreEventDoc {
  if (memberId === '' || memberId.length > maxMemberIdLength) {
    throw eventRefused('invalid', 'A sign-up needs a member.', { field: 'memberId' });
  }
  if (at >= event.startsAt) {
    throw eventRefused('closed', `Event ${event.title} has already started.`, { startsAt: event.startsAt });
  }
  const existing = signupOf(event, memberId);
  if (existing && existing.status !== 'cancelled') {
    throw eventRefused('already', `Member ${memberId} is already signed up.`, {
      status: existing.status,
      code: existing.code,
    });
  }
  if (!existing && event.signups.length >= maxSignups) {
    throw eventRefused('full', `Event ${event.title} cannot take more sign-ups.`, { max: maxSignups });
  }
  const others = event.signups.filter((signup) => signup.memberId !== memberId);
  const signup: Signup = {
    memberId,
    code: freeCode(event, memberId, store),
    status: seatsLeft({ capacity: event.capacity, signups: others }) > 0 ? 'signedUp' : 'waitlist',
    at,
  };
  return { ...event, signups: [...others, signup], updatedAt: at };
}
