import { describe, expect, it } from 'vitest';
import { eventCodeFor, formatEventCode, verifyEventCode } from './event-code';
import { eventQrPayload, parseEventScan } from './event-qr';
import { otherStore, store } from './test-support';

describe('event sign-up codes', () => {
  it('are stable for the same key and change with the key, event, member or attempt', () => {
    const code = eventCodeFor(store, 'ev-1', 'a');
    expect(eventCodeFor({ ...store, key: Uint8Array.from(store.key) }, 'ev-1', 'a')).toBe(code);
    expect([
      eventCodeFor({ ...store, key: otherStore.key }, 'ev-1', 'a'),
      eventCodeFor(store, 'ev-2', 'a'),
      eventCodeFor(store, 'ev-1', 'b'),
      eventCodeFor(store, 'ev-1', 'a', 1),
    ]).not.toContain(code);
  });

  it('verify on a retried serial without knowing the attempt', () => {
    expect(verifyEventCode(store, 'ev-1', 'a', eventCodeFor(store, 'ev-1', 'a', 3))).toBe(true);
  });

  it('keep ids with separators apart', () => {
    expect(eventCodeFor(store, 'ev|1', 'a')).not.toBe(eventCodeFor(store, 'ev', '1|a'));
  });

  it.each([
    ['12345678', '1234 5678'],
    ['1234-5678', '1234 5678'],
    ['１２３４５６７８', '1234 5678'],
    [' 1234567 ', '1234567'],
  ])('format %j as %j', (code, shown) => expect(formatEventCode(code)).toBe(shown));
});

describe('event passes', () => {
  it('carry the store, event and code, and nothing about the member', () => {
    const payload = eventQrPayload(store, 'ev-1', '1234 5678');
    expect(payload).toMatch(/^LLE1\.store-hz-01\.ev-1\.12345678\.[A-Za-z0-9_-]{16}$/);
    expect(parseEventScan(payload)).toMatchObject({ kind: 'qr', storeId: 'store-hz-01', eventId: 'ev-1' });
  });

  it('round-trip ids with dots, spaces and Chinese', () => {
    const odd = { storeId: '邻里.1号店', key: store.key };
    expect(parseEventScan(eventQrPayload(odd, '周六 亲子.烘焙', '12345678'))).toMatchObject({
      storeId: '邻里.1号店',
      eventId: '周六 亲子.烘焙',
      code: '12345678',
    });
  });

  it.each([
    ['LLE1.store.ev.1234567.sig'],
    ['LLE1.store.ev.12345678.'],
    ['LLE1..ev.12345678.sig'],
    ['LLE2.store.ev.12345678.sig'],
    ['LLE1.%E0%A4%A.ev.12345678.sig'],
    ['1234567a'],
  ])('reject %j', (text) => expect(parseEventScan(text)).toBeNull());
});
