import { describe, expect, it } from 'vitest';
import { qrPayloadFor } from '../pickup/qr-payload';
import type { StoreKey } from '../pickup/store-key';
import { cancelSignup } from './cancel';
import { attendance, checkIn } from './checkin';
import { eventQrPayload } from './event-qr';
import { signUp } from './signup';
import {
  codeOf,
  minute,
  newEvent,
  now,
  otherStore,
  reasonOf,
  refusalOf,
  signUpAll,
  startsAt,
  statusesOf,
  store,
} from './test-support';

const event = signUpAll(newEvent({ capacity: 2 }), ['a', 'b', 'c']);
const code = codeOf(event, 'a');
const fullWidth = (text: string) =>
  text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const at = startsAt - 5 * minute;

describe('checking in', () => {
  it.each([
    ['the typed code', code],
    ['the code as shown, grouped', `${code.slice(0, 4)} ${code.slice(4)}`],
    ['the code with a dash and Enter', `${code.slice(0, 4)}-${code.slice(4)}\r\n`],
    ['full-width digits', fullWidth(code)],
    ['the pass QR', eventQrPayload(store, 'ev-1', code)],
    [
      'the pass QR typed under a Chinese IME',
      fullWidth(eventQrPayload(store, 'ev-1', code)).replace(/．/g, '。'),
    ],
  ])('accepts %s', (_case, text) => {
    const result = checkIn(event, text, store, at);
    expect(result.kind).toBe('checkedIn');
    expect(result.signup).toEqual({ memberId: 'a', code, status: 'checkedIn', at });
    expect(statusesOf(result.event)).toEqual({ a: 'checkedIn', b: 'signedUp', c: 'waitlist' });
    expect(result.event.updatedAt).toBe(at);
  });

  it.each([
    ['typed twice', code, code],
    ['typed, then scanned', code, eventQrPayload(store, 'ev-1', code)],
  ])('says "already", with the first time, when %s', (_case, first, second) => {
    const once = checkIn(event, first, store, at).event;
    const twice = checkIn(once, second, store, at + 3 * minute);
    expect(twice).toMatchObject({ kind: 'already', at, signup: { memberId: 'a' } });
    expect(twice.event).toBe(once);
  });

  it('turns a waitlisted member away until they are promoted', () => {
    const waiting = codeOf(event, 'c');
    expect(refusalOf(() => checkIn(event, waiting, store, at))).toEqual({
      reason: 'waitlist',
      memberId: 'c',
    });
    const { event: promoted } = cancelSignup(event, 'b', now + 20 * minute);
    expect(checkIn(promoted, waiting, store, at).kind).toBe('checkedIn');
  });

  it('turns a cancelled sign-up away', () => {
    const cancelled = cancelSignup(event, 'a', now + 20 * minute).event;
    expect(refusalOf(() => checkIn(cancelled, code, store, at))).toEqual({
      reason: 'cancelled',
      memberId: 'a',
      at: now + 20 * minute,
    });
  });
});

describe('codes that are not for this event', () => {
  const otherEvent = signUp(newEvent({ id: 'ev-2' }), 'a', store, now);
  const otherCode = codeOf(otherEvent, 'a');
  const sameIdOtherKey: StoreKey = { storeId: store.storeId, key: otherStore.key };
  const pass = eventQrPayload(store, 'ev-1', code);
  const sig = pass.slice(pass.lastIndexOf('.') + 1);
  const otherCheck = String((Number(code.slice(4)) + 1) % 10_000).padStart(4, '0');

  it.each([
    [
      'another event’s pass',
      eventQrPayload(store, 'ev-2', otherCode),
      { reason: 'otherEvent', eventId: 'ev-2' },
    ],
    [
      'another store’s pass',
      eventQrPayload(otherStore, 'ev-1', code),
      { reason: 'otherStore', storeId: 'store-hz-02' },
    ],
    ['a pass signed with another key', eventQrPayload(sameIdOtherKey, 'ev-1', code), { reason: 'forged' }],
    [
      'a pass with its signature changed',
      `${pass.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`,
      { reason: 'forged' },
    ],
    ['a pass with its code changed', pass.replace(code, code.slice(0, 4) + otherCheck), { reason: 'forged' }],
    ['a pass re-signed for another event', pass.replace('.ev-1.', '.ev-2.'), { reason: 'forged' }],
    ['check digits that do not match', code.slice(0, 4) + otherCheck, { reason: 'forged' }],
    ['a code with no sign-up here', '00000000', { reason: 'unknown' }],
    ['a pickup code', '3846291057', { reason: 'unreadable' }],
    ['a pickup QR', qrPayloadFor(store, 'o-00007'), { reason: 'unreadable' }],
    ['seven digits', code.slice(0, 7), { reason: 'unreadable' }],
    ['nothing', '', { reason: 'unreadable' }],
  ])('refuses %s', (_case, text, refusal) => {
    // '00000000' must not be a real serial for the "no sign-up" case to mean anything.
    expect(event.signups.some((signup) => signup.code.startsWith('0000'))).toBe(false);
    expect(refusalOf(() => checkIn(event, text, store, at))).toEqual(refusal);
  });

  it('refuses another event’s typed code, even for the same member', () => {
    expect(otherCode).not.toBe(code);
    expect(['unknown', 'forged']).toContain(reasonOf(() => checkIn(event, otherCode, store, at)));
  });

  it('refuses every single-digit alteration of every code', () => {
    const big = signUpAll(
      newEvent({ capacity: 200 }),
      Array.from({ length: 200 }, (_, i) => `m-${i}`),
    );
    let tried = 0;
    for (const { code: real } of big.signups) {
      for (let position = 0; position < real.length; position++) {
        for (const digit of '0123456789') {
          if (digit === real[position]) continue;
          const altered = real.slice(0, position) + digit + real.slice(position + 1);
          tried++;
          expect(['unknown', 'forged']).toContain(reasonOf(() => checkIn(big, altered, store, at)));
        }
      }
    }
    expect(tried).toBe(200 * 8 * 9);
  });

  it('refuses a code that was copied into the document without the store key', () => {
    const planted = {
      ...event,
      signups: [...event.signups, { memberId: 'x', code: '99990000', status: 'signedUp' as const, at: now }],
    };
    expect(reasonOf(() => checkIn(planted, '99990000', store, at))).toBe('forged');
  });
});

describe('attendance', () => {
  const seats = signUpAll(newEvent({ capacity: 3 }), ['a', 'b', 'c', 'd', 'e', 'f']);
  const withCancel = cancelSignup(seats, 'f', now + 30 * minute).event;
  const withCheckIn = checkIn(withCancel, codeOf(seats, 'a'), store, at).event;

  it.each([
    [
      'before anyone came',
      withCancel,
      at,
      { signedUp: 3, waitlist: 2, checkedIn: 0, cancelled: 1, seatsLeft: 0, noShows: null },
    ],
    [
      'with one checked in, before the start',
      withCheckIn,
      at,
      { signedUp: 2, checkedIn: 1, seatsLeft: 0, noShows: null },
    ],
    ['after the start', withCheckIn, startsAt, { signedUp: 2, waitlist: 2, checkedIn: 1, noShows: 2 }],
    [
      'with nobody signed up, after the start',
      newEvent(),
      startsAt + minute,
      { signedUp: 0, seatsLeft: 2, noShows: 0 },
    ],
  ])('counts %s', (_case, doc, when, counts) => {
    expect(attendance(doc, when)).toMatchObject({ capacity: doc.capacity, ...counts });
  });

  it('frees seats as members cancel', () => {
    const { event: fewer } = cancelSignup(signUpAll(newEvent({ capacity: 3 }), ['a', 'b']), 'a', at);
    expect(attendance(fewer, at)).toEqual({
      capacity: 3,
      signedUp: 1,
      waitlist: 0,
      checkedIn: 0,
      cancelled: 1,
      seatsLeft: 2,
      noShows: null,
    });
  });
});
