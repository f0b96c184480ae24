/** What a store signs its pickup codes with. The key never leaves the store's devices. */
export interface StoreKey {
  storeId: string;
  /** 32 random bytes. */
  key: Uint8Array;
}

export const storeKeyBytes = 32;

/**
 * A fresh signing key. Randomness is injected (the host passes `crypto.getRandomValues`-backed bytes) so
 * app/ stays free of platform APIs and tests can be deterministic.
 */
export function generateStoreKey(random: (n: number) => Uint8Array): Uint8Array {
  const key = random(storeKeyBytes);
  // A short or constant key would make every code forgeable; refuse rather than sign with it.
  if (key.length !== storeKeyBytes)
    throw new Error(`Expected ${storeKeyBytes} random bytes, got ${key.length}`);
  if (key.every((byte) => byte === key[0])) throw new Error('The random source returned constant bytes');
  return Uint8Array.from(key);
}
