import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * A fixed-length id from its parts: 128 bits of SHA-256, so the same parts always give the same id (a
 * re-posted comment deduplicates) and ids of any input length fit the stored field.
 */
export function stableId(...parts: readonly string[]): string {
  // NUL cannot appear in cleaned text, so ('a', 'bc') and ('ab', 'c') never join to the same input.
  return bytesToHex(sha256(utf8ToBytes(parts.join('\u0000')))).slice(0, 32);
}
