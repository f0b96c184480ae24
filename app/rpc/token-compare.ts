/**
 * Compares two tokens in time that depends only on their lengths, so a local attacker cannot learn the
 * token a character at a time. (`app/` cannot use node:crypto's timingSafeEqual.)
 */
export function tokensEqual(given: string, expected: string): boolean {
  if (expected.length === 0 || given.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i += 1) {
    difference |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  }
  return difference === 0;
}
