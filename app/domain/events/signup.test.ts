import { describe, expect, it } from 'vitest';
import { cancelSignup } from './cancel';
import { eventCodeSerial, verifyEventCode } from './event-code';
import { maxSignups, signupOf } from './seats';
import { signUp } from './signup';
import {
  minute,
  newEvent,
  now,
  reasonOf,
  refusalOf,
  signUpAll,
  startsAt,
  statusesOf,
  store,
} from './test-support';

describe('signing up', () => {
  it.each([
    [1, ['a'], { a: 'signedUp' }],
    [1, ['a', 'b'], { a: 'signedUp', b: 'waitlist' }],
    [2, ['a', 'b', 'c', 'd'], { a: 'signedUp', b: 'signedUp', c: 'waitlist', d: 'waitlist' }],
    [3, ['a', 'b'], { a: 'signedUp', b: 'signedUp' }],
  ])('with %i seats, %j end up as %j', (capacity, members, statuses) => {
    expect(statusesOf(signUpAll(newEvent({ capacity }), members))).toEqual(statuses);
  });

  it('returns a new document and leaves the old one alone', () => {
    const event = newEvent();
    const after = signUp(event, 'a', store, now + minute);
    expect(event.signups).toEqual([]);
    expect(after).toMatchObject({ updatedAt: now + minute, signups: [{ memberId: 'a', at: now + minute }] });
  });

  it('counts checked-in members against capacity', () => {
    const event = signUpAll(newEvent({ capacity: 1 }), ['a']);
    const checkedIn = {
      ...event,
      signups: event.signups.map((signup) => ({ ...signup, status: 'checkedIn' as const })),
    };
    expect(signupOf(signUp(checkedIn, 'b', store, now + 9 * minute), 'b')?.status).toBe('waitlist');
  });

  it('gives an 8-digit code signed for this member and event', () => {
    const code = signupOf(signUpAll(newEvent(), ['a']), 'a')?.code ?? '';
    expect(code).toMatch(/^\d{8}$/);
    expect(verifyEventCode(store, 'ev-1', 'a', code)).toBe(true);
    expect(verifyEventCode(store, 'ev-1', 'b', code)).toBe(false);
    expect(verifyEventCode(store, 'ev-2', 'a', code)).toBe(false);
  });

  it('gives every sign-up of a full-size event its own serial', () => {
    const members = Array.from({ length: 1500 }, (_, i) => `m-${i}`);
    const event = signUpAll(newEvent({ capacity: 1000 }), members);
    expect(new Set(event.signups.map((signup) => eventCodeSerial(signup.code))).size).toBe(1500);
    expect(event.signups.every((s) => verifyEventCode(store, 'ev-1', s.memberId, s.code))).toBe(true);
  });

  it.each([
    ['signed up', 'a', 'signedUp'],
    ['waitlisted', 'b', 'waitlist'],
  ])('refuses a member already %s, with their status and code', (_case, memberId, status) => {
    const event = signUpAll(newEvent({ capacity: 1 }), ['a', 'b']);
    expect(refusalOf(() => signUp(event, memberId, store, now + 9 * minute))).toEqual({
      reason: 'already',
      status,
      code: signupOf(event, memberId)?.code,
    });
  });

  it('takes back a member who cancelled, behind those who stayed', () => {
    const event = signUpAll(newEvent({ capacity: 1 }), ['a', 'b', 'c']);
    const { event: left } = cancelSignup(event, 'c', now + 10 * minute);
    const back = signUp(left, 'c', store, now + 11 * minute);
    expect(back.signups.map((s) => [s.memberId, s.status, s.at])).toEqual([
      ['a', 'signedUp', now + minute],
      ['b', 'waitlist', now + 2 * minute],
      ['c', 'waitlist', now + 11 * minute],
    ]);
  });

  it.each([
    ['at the start', startsAt, 'closed'],
    ['after the start', startsAt + minute, 'closed'],
    ['one millisecond before the start', startsAt - 1, 'accepted'],
  ])('%s is %s', (_case, at, verdict) => {
    expect(reasonOf(() => signUp(newEvent(), 'a', store, at))).toBe(verdict);
  });

  it.each([[''], ['m'.repeat(65)]])('refuses the member id %j', (memberId) => {
    expect(refusalOf(() => signUp(newEvent(), memberId, store, now))).toEqual({
      reason: 'invalid',
      field: 'memberId',
    });
  });

  it('refuses a new member once the document holds the most sign-ups the schema allows', () => {
    const signups = Array.from({ length: maxSignups }, (_, i) => ({
      memberId: `m-${i}`,
      code: String(i).padStart(8, '0'),
      status: 'cancelled' as const,
      at: now,
    }));
    const event = { ...newEvent(), signups };
    expect(reasonOf(() => signUp(event, 'new', store, now + minute))).toBe('full');
    expect(reasonOf(() => signUp(event, 'm-7', store, now + minute))).toBe('accepted');
  });
});
