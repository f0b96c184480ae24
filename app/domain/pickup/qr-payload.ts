import { AppError } from '../../contract/errors';
import { fromBase64Url, toBase64Url } from './base64url';
import { mac, sameBytes } from './mac';
import type { StoreKey } from './store-key';

/**
 * `LL1.<storeId>.<orderId>.<sig>`: the version prefix lets a later format coexist on printed slips; the
 * 12-byte signature (96 bits) is short enough for a small QR code and far beyond guessing.
 */
export const qrPrefix = 'LL1';
const sigBytes = 12;

export interface QrScan {
  kind: 'qr';
  storeId: string;
  orderId: string;
  sig: string;
}

export type QrVerdict = { ok: true; orderId: string } | { ok: false; error: AppError };

function signature(store: StoreKey, orderId: string): Uint8Array {
  return mac(store.key, `qr|${store.storeId}|${orderId}`).slice(0, sigBytes);
}

/**
 * Ids are percent-encoded (dots too) so that any id survives the dot-separated format, and so that a
 * keyboard-wedge scanner, which can only type ASCII, can type it.
 */
export function encodeQrId(id: string): string {
  return encodeURIComponent(id).replace(/\./g, '%2E');
}

export function qrPayloadFor(store: StoreKey, orderId: string): string {
  const sig = toBase64Url(signature(store, orderId));
  return [qrPrefix, encodeQrId(store.storeId), encodeQrId(orderId), sig].join('.');
}

/**
 * A wrong store is told apart from a forgery: the first is a neighbour at the wrong shop and worth a
 * friendly message, the second is a code that must not be honoured.
 */
export function verifyQr(store: StoreKey, scan: QrScan): QrVerdict {
  if (scan.storeId !== store.storeId) {
    const error = new AppError('PICKUP_CODE_OTHER_STORE', 'This pickup code belongs to another store', {
      storeId: scan.storeId,
    });
    return { ok: false, error };
  }
  const sig = fromBase64Url(scan.sig);
  if (sig === null || !sameBytes(sig, signature(store, scan.orderId))) {
    return { ok: false, error: new AppError('PICKUP_CODE_INVALID', 'This pickup code is not valid') };
  }
  return { ok: true, orderId: scan.orderId };
}
