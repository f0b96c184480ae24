import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/** HMAC-SHA256 of a text message; the pure-JS implementation is synchronous, so the desk needs no await. */
export function mac(key: Uint8Array, message: string): Uint8Array {
  return hmac(sha256, key, utf8ToBytes(message));
}

/**
 * The first six bytes of a MAC as a number reduced mod `modulus`. 48 bits keep the modulo bias far below
 * anything a guesser could use (at most 10^6 / 2^48) while staying a safe integer.
 */
export function macMod(digest: Uint8Array, modulus: number): number {
  let value = 0;
  for (let i = 0; i < 6; i++) value = value * 256 + (digest[i] ?? 0);
  return value % modulus;
}

/** Compares without an early exit, so timing does not reveal how much of a forged signature was right. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
