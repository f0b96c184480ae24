import type { Signup, StoreEventDoc } from '../../db/schemas/store-events';
import { eventRefused } from './refusal';
import { fillSeats, signupOf } from './seats';

export interface CancelResult {
  event: StoreEventDoc;
  /** Waitlisted members who got the freed seat, in queue order: the owner tells each of them. */
  promoted: Signup[];
}

/**
 * Cancels a member's sign-up and hands the freed seat to the first waitlisted member by sign-up time.
 * Cancelling a cancelled sign-up changes nothing, so a retried request is harmless.
 *
 * @throws AppError EVENT_REFUSED with details.reason
 *   - 'notSignedUp' when the member never signed up for this event;
 *   - 'checkedIn' {at} when the member has already come (a seat used cannot be given back);
 *   - 'closed' {startsAt} once the event has started: absence then counts as a no-show.
 */
export function cancelSignup(event: StoreEventDoc, memberId: string, at: number): CancelResult {
  const existing = signupOf(event, memberId);
  if (!existing) {
    throw eventRefused('notSignedUp', `Member ${memberId} is not signed up.`, { memberId });
  }
  if (existing.status === 'cancelled') return { event, promoted: [] };
  if (existing.status === 'checkedIn') {
    throw eventRefused('checkedIn', `Member ${memberId} has already checked in.`, { at: existing.at });
  }
  if (at >= event.startsAt) {
    throw eventRefused('closed', `Event ${event.title} has already started.`, { startsAt: event.startsAt });
  }
  const withdrawn = event.signups.map((signup) =>
    signup.memberId === memberId ? { ...signup, status: 'cancelled' as const, at } : signup,
  );
  const { signups, promoted } = fillSeats({ capacity: event.capacity, signups: withdrawn }, at);
  return { event: { ...event, signups, updatedAt: at }, promoted };
}
