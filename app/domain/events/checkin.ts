import type { Signup, StoreEventDoc } from '../../db/schemas/store-events';
import type { StoreKey } from '../pickup/store-key';
import { eventCodeSerial, verifyEventCode } from './event-code';
import { parseEventScan, verifyEventQrSignature } from './event-qr';
import { eventRefused } from './refusal';
import { seatsLeft } from './seats';

export type CheckInResult =
  | { kind: 'checkedIn'; event: StoreEventDoc; signup: Signup }
  /** Scanned twice: the event is returned unchanged, with the time of the first check-in. */
  | { kind: 'already'; event: StoreEventDoc; signup: Signup; at: number };

/**
 * The code behind a scan. A pass QR is judged before its event is compared, so a pass from another of
 * our events is named as such (a neighbour at the wrong session) while a tampered one is named forged.
 */
function codeFromScan(event: StoreEventDoc, text: string, store: StoreKey): string {
  const scan = parseEventScan(text);
  if (!scan) throw eventRefused('unreadable', 'This is not an event sign-up code.');
  if (scan.kind === 'numeric') return scan.code;
  if (scan.storeId !== store.storeId) {
    throw eventRefused('otherStore', 'This pass belongs to another store.', { storeId: scan.storeId });
  }
  if (!verifyEventQrSignature(store, scan)) throw eventRefused('forged', 'This pass is not valid.');
  if (scan.eventId !== event.id) {
    throw eventRefused('otherEvent', 'This pass is for another event.', { eventId: scan.eventId });
  }
  return scan.code;
}

/**
 * Checks a neighbour in from a typed code or a scanned pass, verifying the store's signature offline.
 * The sign-up's `at` becomes the check-in time.
 *
 * @throws AppError EVENT_REFUSED with details.reason
 *   - 'unreadable' for text that is neither an 8-digit code nor an event pass;
 *   - 'otherStore' {storeId} / 'otherEvent' {eventId} for a genuine pass of another store or event;
 *   - 'forged' for a pass with a bad signature, or digits whose check part does not match;
 *   - 'unknown' when no sign-up of this event has the code (another event's code, or a typo);
 *   - 'waitlist' {memberId} for a member still waiting for a seat;
 *   - 'cancelled' {memberId, at} for a cancelled sign-up.
 */
export function checkIn(
  event: StoreEventDoc,
  codeOrScan: string,
  store: StoreKey,
  at: number,
): CheckInResult {
  const code = codeFromScan(event, codeOrScan, store);
  const serial = eventCodeSerial(code);
  const signup = event.signups.find((candidate) => eventCodeSerial(candidate.code) === serial);
  if (!signup) throw eventRefused('unknown', 'No sign-up for this event has this code.');
  // The key, not only the stored copy, must vouch for the code: a document edited elsewhere proves nothing.
  if (signup.code !== code || !verifyEventCode(store, event.id, signup.memberId, code)) {
    throw eventRefused('forged', 'This code is not valid; check the digits.');
  }
  const { memberId } = signup;
  switch (signup.status) {
    case 'checkedIn':
      return { kind: 'already', event, signup, at: signup.at };
    case 'waitlist':
      throw eventRefused('waitlist', `Member ${memberId} is still on the waitlist.`, { memberId });
    case 'cancelled':
      throw eventRefused('cancelled', `Member ${memberId} cancelled.`, { memberId, at: signup.at });
    case 'signedUp': {
      const checkedIn: Signup = { ...signup, status: 'checkedIn', at };
      const signups = event.signups.map((candidate) => (candidate === signup ? checkedIn : candidate));
      return { kind: 'checkedIn', event: { ...event, signups, updatedAt: at }, signup: checkedIn };
    }
  }
}

export interface Attendance {
  capacity: number;
  /** Holding a seat and not checked in yet. */
  signedUp: number;
  waitlist: number;
  checkedIn: number;
  cancelled: number;
  seatsLeft: number;
  /** Seat holders who have not checked in; null before the start, when nobody can be absent yet. */
  noShows: number | null;
}

/**
 * Head counts for the owner. The schema has no end time, so absence is counted from the start; the
 * count shrinks as late arrivals check in.
 */
export function attendance(event: StoreEventDoc, now: number): Attendance {
  const count = (status: Signup['status']) =>
    event.signups.filter((signup) => signup.status === status).length;
  const signedUp = count('signedUp');
  return {
    capacity: event.capacity,
    signedUp,
    waitlist: count('waitlist'),
    checkedIn: count('checkedIn'),
    cancelled: count('cancelled'),
    seatsLeft: seatsLeft(event),
    noShows: now >= event.startsAt ? signedUp : null,
  };
}
