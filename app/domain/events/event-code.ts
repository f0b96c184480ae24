import { mac, macMod } from '../pickup/mac';
import type { StoreKey } from '../pickup/store-key';

/**
 * The 8-digit sign-up code a neighbour shows or reads out: 4 serial digits that find the sign-up within
 * the event, then 4 check digits that only the store's key can produce for that event and member. The
 * desk verifies it offline; a guessed code passes with odds of about 1 in 10^4 per try, and only if its
 * serial also lands on a real sign-up.
 */

const serialDigits = 4;
const checkDigits = 4;
const codePattern = /^\d{8}$/;

// JSON keeps the fields apart even when an id contains the separator, so no two tuples sign alike.
const message = (...parts: (string | number)[]) => JSON.stringify(['event', ...parts]);

function serialFor(store: StoreKey, eventId: string, memberId: string, attempt: number): string {
  const digest = mac(store.key, message('serial', store.storeId, eventId, memberId, attempt));
  return String(macMod(digest, 10 ** serialDigits)).padStart(serialDigits, '0');
}

function checkFor(store: StoreKey, eventId: string, memberId: string, serial: string): string {
  const digest = mac(store.key, message('check', store.storeId, eventId, memberId, serial));
  return String(macMod(digest, 10 ** checkDigits)).padStart(checkDigits, '0');
}

/** Digits only, from what was typed (full-width digits, spaces and dashes allowed). */
export function normalizeEventCode(text: string): string {
  return text.normalize('NFKC').replace(/[\s-]/g, '');
}

export function isEventCodeShape(code: string): boolean {
  return codePattern.test(code);
}

/** The part of a code that finds the sign-up; unique within an event because sign-up retries on clashes. */
export function eventCodeSerial(code: string): string {
  return code.slice(0, serialDigits);
}

/**
 * The code for a member's sign-up. Four serial digits clash often in a large event, so the caller tries
 * `attempt` 1, 2, … until the serial is free; verification needs no attempt number.
 */
export function eventCodeFor(store: StoreKey, eventId: string, memberId: string, attempt = 0): string {
  const serial = serialFor(store, eventId, memberId, attempt);
  return serial + checkFor(store, eventId, memberId, serial);
}

/** `12345678` → `1234 5678`, the grouping shown to the neighbour; anything else is returned trimmed. */
export function formatEventCode(code: string): string {
  const digits = normalizeEventCode(code);
  if (!codePattern.test(digits)) return code.trim();
  return `${digits.slice(0, serialDigits)} ${digits.slice(serialDigits)}`;
}

/** Whether the check digits belong to this member's sign-up for this event at this store. */
export function verifyEventCode(store: StoreKey, eventId: string, memberId: string, code: string): boolean {
  const digits = normalizeEventCode(code);
  if (!codePattern.test(digits)) return false;
  const serial = eventCodeSerial(digits);
  return checkFor(store, eventId, memberId, serial) === digits.slice(serialDigits);
}
