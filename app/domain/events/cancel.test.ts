import { describe, expect, it } from 'vitest';
import { cancelSignup } from './cancel';
import { checkIn } from './checkin';
import {
  codeOf,
  minute,
  newEvent,
  now,
  reasonOf,
  signUpAll,
  startsAt,
  statusesOf,
  store,
} from './test-support';

const at = now + 30 * minute;

describe('cancelling a sign-up', () => {
  it.each([
    ['a seat holder', 1, ['a', 'b', 'c'], 'a', ['b'], { a: 'cancelled', b: 'signedUp', c: 'waitlist' }],
    ['the last seat holder', 2, ['a', 'b', 'c', 'd'], 'b', ['c'], { b: 'cancelled', c: 'signedUp' }],
    ['a waitlisted member', 1, ['a', 'b', 'c'], 'b', [], { a: 'signedUp', b: 'cancelled', c: 'waitlist' }],
    ['a seat holder with nobody waiting', 2, ['a'], 'a', [], { a: 'cancelled' }],
  ])('of %s promotes %j', (_case, capacity, members, memberId, promoted, statuses) => {
    const result = cancelSignup(signUpAll(newEvent({ capacity }), members), memberId, at);
    expect(result.promoted.map((signup) => signup.memberId)).toEqual(promoted);
    expect(statusesOf(result.event)).toMatchObject(statuses);
    expect(result.event.updatedAt).toBe(at);
  });

  it('promotes by sign-up time, not by position in the document', () => {
    const event = signUpAll(newEvent({ capacity: 1 }), ['a', 'b', 'c']);
    const [first, second, third] = event.signups;
    if (!first || !second || !third) throw new Error('three sign-ups expected');
    const shuffled = { ...event, signups: [first, third, second] };
    expect(cancelSignup(shuffled, 'a', at).promoted.map((signup) => signup.memberId)).toEqual(['b']);
  });

  it('promotes the waitlist in order as seats keep freeing up', () => {
    let event = signUpAll(newEvent({ capacity: 2 }), ['a', 'b', 'c', 'd', 'e']);
    const promotedInTurn: string[] = [];
    for (const [i, memberId] of ['a', 'b', 'c'].entries()) {
      const result = cancelSignup(event, memberId, at + i * minute);
      promotedInTurn.push(...result.promoted.map((signup) => signup.memberId));
      event = result.event;
    }
    expect(promotedInTurn).toEqual(['c', 'd', 'e']);
    expect(statusesOf(event)).toEqual({
      a: 'cancelled',
      b: 'cancelled',
      c: 'cancelled',
      d: 'signedUp',
      e: 'signedUp',
    });
  });

  it('keeps the promoted member’s code, so the pass they already hold still works', () => {
    const event = signUpAll(newEvent({ capacity: 1 }), ['a', 'b']);
    const { event: after, promoted } = cancelSignup(event, 'a', at);
    expect(promoted[0]?.code).toBe(codeOf(event, 'b'));
    expect(checkIn(after, codeOf(event, 'b'), store, startsAt).kind).toBe('checkedIn');
  });

  it('changes nothing when cancelled twice', () => {
    const once = cancelSignup(signUpAll(newEvent({ capacity: 1 }), ['a', 'b']), 'a', at).event;
    const twice = cancelSignup(once, 'a', at + minute);
    expect(twice).toEqual({ event: once, promoted: [] });
  });

  it.each([
    ['a member who never signed up', 'z', at, 'notSignedUp'],
    ['at the start', 'a', startsAt, 'closed'],
    ['after the start', 'a', startsAt + minute, 'closed'],
  ])('is refused for %s', (_case, memberId, when, reason) => {
    const event = signUpAll(newEvent(), ['a']);
    expect(reasonOf(() => cancelSignup(event, memberId, when))).toBe(reason);
  });

  it('is refused once the member has checked in', () => {
    const event = signUpAll(newEvent(), ['a']);
    const { event: checkedIn } = checkIn(event, codeOf(event, 'a'), store, at);
    expect(reasonOf(() => cancelSignup(checkedIn, 'a', at + minute))).toBe('checkedIn');
  });
});
