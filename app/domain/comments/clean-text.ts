/** A comment is one line on screen and in the log, so breaks and tabs become spaces. */
const lineBreaks = /[\t\n\v\f\r\u0085\u2028\u2029]/gu;
/**
 * Control characters; bidi overrides and isolates, which can make a comment display reversed and hide
 * what it says; zero-width spaces and the BOM. The zero-width joiner and variation selectors stay: emoji
 * are built from them.
 */
const invisible = /[\p{Cc}\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
/** With the u flag a surrogate class matches only halves without a partner, which JSON.parse lets in. */
const loneSurrogate = /[\uD800-\uDFFF]/gu;

/** Trims, makes one line, drops invisible and control characters and composes to NFC. */
export function cleanText(raw: string): string {
  return raw
    .replace(loneSurrogate, '')
    .replace(lineBreaks, ' ')
    .replace(invisible, '')
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * One flood unit: an emoji (with skin tone, keycap, presentation selector and ZWJ sequences), a flag, or a
 * platform sticker such as [赞] or [玫瑰], which Douyin and WeChat send as text.
 */
const unit =
  '(?:\\p{Regional_Indicator}{2}' +
  '|\\p{Extended_Pictographic}[\\p{Emoji_Modifier}\\uFE0F\\u20E3]*(?:\\u200D\\p{Extended_Pictographic}[\\p{Emoji_Modifier}\\uFE0F]*)*' +
  '|\\[[^[\\]\\s]{1,6}\\])';
const anyUnit = new RegExp(unit, 'gu');

export interface FloodLimits {
  /** The same emoji in a row is kept this many times. */
  maxRepeat: number;
  /** Emoji beyond this many in one comment are dropped. */
  maxTotal: number;
}

export const defaultFloodLimits: FloodLimits = { maxRepeat: 3, maxTotal: 30 };

/** Shortens emoji and sticker floods; `collapsed` tells whether anything was removed. */
export function collapseEmojiFloods(
  text: string,
  limits: FloodLimits = defaultFloodLimits,
): { text: string; collapsed: boolean } {
  const repeats = new RegExp(`(${unit})(?:\\s*\\1){${limits.maxRepeat},}`, 'gu');
  let collapsed = false;
  const shortened = text.replace(repeats, (_run, one: string) => {
    collapsed = true;
    return one.repeat(limits.maxRepeat);
  });
  let seen = 0;
  const capped = shortened.replace(anyUnit, (one) => {
    seen += 1;
    if (seen <= limits.maxTotal) return one;
    collapsed = true;
    return '';
  });
  return { text: collapsed ? capped.replace(/\s+/gu, ' ').trim() : capped, collapsed };
}

/** Cuts to `max` UTF-16 units (never inside a surrogate pair), ending with … when cut. */
export function capLength(text: string, max: number): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  let cut = text.slice(0, max - 1);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return { text: `${cut}…`, truncated: true };
}
