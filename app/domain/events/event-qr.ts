import { fromBase64Url, toBase64Url } from '../pickup/base64url';
import { mac, sameBytes } from '../pickup/mac';
import { encodeQrId } from '../pickup/qr-payload';
import type { StoreKey } from '../pickup/store-key';
import { isEventCodeShape, normalizeEventCode } from './event-code';

/**
 * `LLE1.<storeId>.<eventId>.<code>.<sig>`. A prefix of its own keeps event passes and pickup slips from
 * being mistaken for each other at either desk. The event id lets the desk say "that is another event"
 * instead of "forged", and the 96-bit signature makes a scanned pass far harder to fake than typed digits.
 */
export const eventQrPrefix = 'LLE1';
const sigBytes = 12;

export type EventScan =
  | { kind: 'qr'; storeId: string; eventId: string; code: string; sig: string }
  | { kind: 'numeric'; code: string };

function signature(store: StoreKey, eventId: string, code: string): Uint8Array {
  return mac(store.key, JSON.stringify(['event-qr', store.storeId, eventId, code])).slice(0, sigBytes);
}

/** The text to put in the QR code of a neighbour's event pass. */
export function eventQrPayload(store: StoreKey, eventId: string, code: string): string {
  const digits = normalizeEventCode(code);
  const sig = toBase64Url(signature(store, eventId, digits));
  return [eventQrPrefix, encodeQrId(store.storeId), encodeQrId(eventId), digits, sig].join('.');
}

/** Whether the pass was signed by this store for the event it names; the event itself is not compared. */
export function verifyEventQrSignature(store: StoreKey, scan: Extract<EventScan, { kind: 'qr' }>): boolean {
  const sig = fromBase64Url(scan.sig);
  return sig !== null && sameBytes(sig, signature(store, scan.eventId, scan.code));
}

function decodeId(encoded: string): string | null {
  if (encoded === '') return null;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/**
 * What the desk received: a pass QR, an 8-digit code, or null. A keyboard-wedge scanner may add Enter
 * or spaces, and under a Chinese IME types full-width characters and '。' for '.'.
 */
export function parseEventScan(text: string): EventScan | null {
  const cleaned = text.normalize('NFKC').replace(/。/g, '.').replace(/\s/g, '');
  const parts = cleaned.split('.');
  if (parts.length === 5 && parts[0] === eventQrPrefix) {
    const [, storePart = '', eventPart = '', code = '', sig = ''] = parts;
    const storeId = decodeId(storePart);
    const eventId = decodeId(eventPart);
    if (storeId === null || eventId === null || !isEventCodeShape(code) || sig === '') return null;
    return { kind: 'qr', storeId, eventId, code, sig };
  }
  const code = normalizeEventCode(cleaned);
  return isEventCodeShape(code) ? { kind: 'numeric', code } : null;
}
