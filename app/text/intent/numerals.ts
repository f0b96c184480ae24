/**
 * Numbers as viewers type them in comments: 2, 两, 十二, 俩, 仨, 一打. Only small whole quantities matter
 * here; anything that is not one is null rather than a guess.
 */

/** The largest quantity one comment can order; above it a number is a phone, a price or applause. */
export const maxCommentQty = 999;

const digits: ReadonlyMap<string, number> = new Map([
  ['零', 0],
  ['〇', 0],
  ['一', 1],
  ['二', 2],
  ['两', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
]);

/** Spoken shorthands that are whole words on their own. */
const words: ReadonlyMap<string, number> = new Map([
  ['俩', 2],
  ['仨', 3],
  ['半打', 6],
  ['一打', 12],
  ['两打', 24],
]);

/** Source for a regex alternative matching one numeral; longest forms first so 一打 wins over 一. */
export const numeralSource = String.raw`(?:半打|[一两二三]打|俩|仨|\d{1,4}|[零〇一二两三四五六七八九十百]{1,4})`;

/** 十二 = 12, 二十 = 20, 一百零五 = 105; null for sequences nobody writes as a number (五五, 十十). */
function chineseValue(text: string): number | null {
  let total = 0;
  let pending: number | null = null;
  let lastPower = Infinity;
  for (const char of text) {
    const digit = digits.get(char);
    if (digit !== undefined) {
      if (pending !== null && pending !== 0) return null;
      pending = digit;
      continue;
    }
    const power = char === '十' ? 10 : char === '百' ? 100 : null;
    if (power === null || power >= lastPower) return null;
    // A leading 十 is ten (十二 = 12).
    total += (pending ?? 1) * power;
    pending = null;
    lastPower = power;
  }
  return total + (pending ?? 0);
}

/** The value of one numeral ({@link numeralSource}), or null when it is not a quantity from 1 to 999. */
export function parseNumeral(text: string): number | null {
  const value = words.get(text) ?? (/^\d+$/.test(text) ? Number(text) : chineseValue(text));
  return value !== null && value >= 1 && value <= maxCommentQty ? value : null;
}
