import { mac, macMod } from './mac';
import type { StoreKey } from './store-key';

/**
 * The 10-digit code a neighbour reads out or types: 6 serial digits that find the order, then 4 check
 * digits that only the store's key can produce. A typo in the serial lands on no order or on one whose
 * check digits disagree; a guessed code passes with odds of 1 in 10^4 per try.
 */

const serialDigits = 6;
const checkDigits = 4;
const codePattern = /^\d{10}$/;

function serialFor(store: StoreKey, orderId: string, attempt: number): string {
  // The attempt is part of the serial message only, so a retried serial still verifies against the order id.
  const message = attempt === 0 ? `serial|${orderId}` : `serial|${orderId}|${attempt}`;
  return String(macMod(mac(store.key, message), 10 ** serialDigits)).padStart(serialDigits, '0');
}

function checkFor(store: StoreKey, orderId: string, serial: string): string {
  const digest = mac(store.key, `${store.storeId}|${orderId}|${serial}`);
  return String(macMod(digest, 10 ** checkDigits)).padStart(checkDigits, '0');
}

/** Digits only, from what was typed or scanned (full-width digits, spaces and dashes allowed). */
export function normalizePickupCode(text: string): string {
  return text.normalize('NFKC').replace(/[\s-]/g, '');
}

/**
 * The code for an order. Serials are only 6 digits, so two open orders can collide; the caller then asks
 * again with `attempt` 1, 2, … and stores whichever code was free. Verification needs no attempt number.
 */
export function pickupCodeFor(store: StoreKey, orderId: string, attempt = 0): string {
  const serial = serialFor(store, orderId, attempt);
  return serial + checkFor(store, orderId, serial);
}

/** `3846291057` → `384629 1057`, the grouping printed on slips; anything else is returned trimmed. */
export function formatPickupCode(code: string): string {
  const digits = normalizePickupCode(code);
  if (!codePattern.test(digits)) return code.trim();
  return `${digits.slice(0, serialDigits)} ${digits.slice(serialDigits)}`;
}

/** Whether the check digits belong to this order; the caller has already found the order by its code. */
export function verifyNumeric(store: StoreKey, code: string, orderId: string): boolean {
  const digits = normalizePickupCode(code);
  if (!codePattern.test(digits)) return false;
  const serial = digits.slice(0, serialDigits);
  return checkFor(store, orderId, serial) === digits.slice(serialDigits);
}
