import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url';
import { formatPickupCode, pickupCodeFor, verifyNumeric } from './numeric-code';
import { parseScan } from './parse-scan';
import { qrPayloadFor, verifyQr, type QrScan } from './qr-payload';
import { generateStoreKey, type StoreKey } from './store-key';

/** Deterministic stand-in for crypto.getRandomValues, so failures reproduce. */
function seededRandom(seed: number): (n: number) => Uint8Array {
  let state = seed >>> 0;
  return (n) =>
    Uint8Array.from({ length: n }, () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state >>> 24;
    });
}

const store: StoreKey = { storeId: 'store-hz-01', key: generateStoreKey(seededRandom(1)) };
const otherStore: StoreKey = { storeId: 'store-hz-02', key: generateStoreKey(seededRandom(2)) };
const orderIds = Array.from({ length: 300 }, (_, i) => `o-${String(i + 1).padStart(5, '0')}`);

function qrScanOf(payload: string): QrScan {
  const scan = parseScan(payload);
  if (scan?.kind !== 'qr') throw new Error(`not a QR scan: ${payload}`);
  return scan;
}

describe('store keys', () => {
  it('takes 32 bytes from the injected random source', () => {
    expect(generateStoreKey(seededRandom(7))).toHaveLength(32);
  });

  it.each([
    ['short', () => new Uint8Array(16).fill(7)],
    ['constant', (n: number) => new Uint8Array(n)],
  ])('refuses a %s random source', (_, random) => expect(() => generateStoreKey(random)).toThrow());
});

describe('numeric pickup codes', () => {
  it('are 10 digits and verify against their own order only', () => {
    const code = pickupCodeFor(store, 'o-00001');
    expect(code).toMatch(/^\d{10}$/);
    expect(verifyNumeric(store, code, 'o-00001')).toBe(true);
    expect(verifyNumeric(store, code, 'o-00002')).toBe(false);
  });

  it('are stable for the same key and differ for another key', () => {
    const again: StoreKey = { storeId: store.storeId, key: Uint8Array.from(store.key) };
    const rekeyed: StoreKey = { storeId: store.storeId, key: otherStore.key };
    const codes = orderIds.map((id) => pickupCodeFor(store, id));
    expect(orderIds.map((id) => pickupCodeFor(again, id))).toEqual(codes);
    const changed = orderIds.filter((id, i) => pickupCodeFor(rekeyed, id) !== codes[i]);
    expect(changed).toHaveLength(orderIds.length);
  });

  it('give a new serial on retry that still verifies without knowing the attempt', () => {
    const first = pickupCodeFor(store, 'o-00001');
    const retry = pickupCodeFor(store, 'o-00001', 1);
    expect(retry.slice(0, 6)).not.toBe(first.slice(0, 6));
    expect(verifyNumeric(store, retry, 'o-00001')).toBe(true);
  });

  it('catch every single-digit alteration: no order has the serial, or the check digits disagree', () => {
    // The desk finds the order by serial (the stricter case: a typo in the check digits still finds it).
    const bySerial = new Map(orderIds.map((id) => [pickupCodeFor(store, id).slice(0, 6), id]));
    let alterations = 0;
    for (const id of orderIds) {
      const code = pickupCodeFor(store, id);
      for (let position = 0; position < code.length; position++) {
        for (const digit of '0123456789') {
          if (digit === code[position]) continue;
          const altered = code.slice(0, position) + digit + code.slice(position + 1);
          const found = bySerial.get(altered.slice(0, 6));
          alterations++;
          if (found !== undefined) expect(verifyNumeric(store, altered, found)).toBe(false);
        }
      }
    }
    expect(alterations).toBe(orderIds.length * 90);
  });

  it.each([
    ['3846291057', '384629 1057'],
    ['384629 1057', '384629 1057'],
    ['３８４６２９１０５７', '384629 1057'],
    [' 12345 ', '12345'],
  ])('formats %j as %j', (code, shown) => expect(formatPickupCode(code)).toBe(shown));

  it('verify typed codes with spaces and full-width digits', () => {
    const code = pickupCodeFor(store, 'o-00042');
    const typed = `${code.slice(0, 6)} ${code.slice(6)}`.replace(/\d/g, (d) =>
      String.fromCharCode(0xff10 + Number(d)),
    );
    expect(verifyNumeric(store, typed, 'o-00042')).toBe(true);
    expect(verifyNumeric(store, code.slice(0, 9), 'o-00042')).toBe(false);
  });
});

describe('QR payloads', () => {
  it('round-trip through parseScan and verifyQr', () => {
    const payload = qrPayloadFor(store, 'o-00007');
    expect(payload).toMatch(/^LL1\.store-hz-01\.o-00007\.[A-Za-z0-9_-]{16}$/);
    expect(verifyQr(store, qrScanOf(payload))).toEqual({ ok: true, orderId: 'o-00007' });
  });

  it('round-trip ids that contain dots, spaces and Chinese', () => {
    const odd: StoreKey = { storeId: '邻里.1号店', key: store.key };
    const scan = qrScanOf(qrPayloadFor(odd, 'order 7.b'));
    expect(scan).toMatchObject({ storeId: '邻里.1号店', orderId: 'order 7.b' });
    expect(verifyQr(odd, scan).ok).toBe(true);
  });

  it('reject an altered signature, whatever character changed', () => {
    const scan = qrScanOf(qrPayloadFor(store, 'o-00007'));
    for (let i = 0; i < scan.sig.length; i++) {
      const char = scan.sig[i] === 'A' ? 'B' : 'A';
      const verdict = verifyQr(store, { ...scan, sig: scan.sig.slice(0, i) + char + scan.sig.slice(i + 1) });
      expect(verdict.ok ? 'accepted' : verdict.error.code).toBe('PICKUP_CODE_INVALID');
    }
  });

  it.each([
    ['another order id', { orderId: 'o-00008' }],
    ['a truncated signature', { sig: 'abc' }],
    ['a signature that is not base64url', { sig: '!!!!!!!!!!!!!!!!' }],
  ])('reject %s', (_, change) => {
    const verdict = verifyQr(store, { ...qrScanOf(qrPayloadFor(store, 'o-00007')), ...change });
    expect(verdict.ok ? 'accepted' : verdict.error.code).toBe('PICKUP_CODE_INVALID');
  });

  it("tell another store's code apart from a forgery", () => {
    const verdict = verifyQr(store, qrScanOf(qrPayloadFor(otherStore, 'o-00007')));
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.error.code).toBe('PICKUP_CODE_OTHER_STORE');
    expect(verdict.error.details).toEqual({ storeId: 'store-hz-02' });
  });

  it('differ between keys for the same ids', () => {
    const rekeyed: StoreKey = { storeId: store.storeId, key: otherStore.key };
    expect(qrPayloadFor(rekeyed, 'o-00007')).not.toBe(qrPayloadFor(store, 'o-00007'));
    expect(verifyQr(store, qrScanOf(qrPayloadFor(rekeyed, 'o-00007'))).ok).toBe(false);
  });
});

describe('parseScan', () => {
  const payload = qrPayloadFor(store, 'o-00007');

  it.each([
    ['a scanner line with Enter', `${payload}\r\n`],
    [
      'full-width text from a Chinese IME',
      payload.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
    ],
    ['ideographic full stops', payload.replace(/\./g, '。')],
  ])('reads a QR payload typed as %s', (_, text) => {
    expect(parseScan(text)).toEqual(qrScanOf(payload));
  });

  it.each([
    ['3846291057', '3846291057'],
    ['384629 1057\n', '3846291057'],
    ['  384629-1057 ', '3846291057'],
    ['３８４６２９　１０５７', '3846291057'],
  ])('reads the numeric code %j', (text, code) => expect(parseScan(text)).toEqual({ kind: 'numeric', code }));

  it.each([
    [''],
    ['38462910'],
    ['38462910571'],
    ['384629105a'],
    ['LL1.store.o-1'],
    ['LL2.store.o-1.sig'],
    ['LL1..o-1.sig'],
    ['LL1.store.o-1.'],
    ['LL1.%E0%A4%A.o-1.sig'],
  ])('rejects %j', (text) => expect(parseScan(text)).toBeNull());
});

describe('base64url', () => {
  it.each([[0], [1], [2], [3], [12], [32]])('round-trips %i bytes', (n) => {
    const bytes = seededRandom(n + 3)(n);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
  });

  it('rejects non-canonical trailing bits', () => {
    expect(toBase64Url(Uint8Array.of(255))).toBe('_w');
    expect(fromBase64Url('_x')).toBeNull();
  });
});
