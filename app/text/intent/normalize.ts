/**
 * A comment as the rules read it: half-width, lower case, single spaces, without emoji, stickers or
 * invisible characters. Orders are short; only the start of a long comment is read, so a pasted essay
 * or an emoji flood costs the same as a line.
 */

/** UTF-16 units read from a raw comment; orders, questions and complaints all fit well inside. */
export const maxAnalysedLength = 200;

/** Circled numbers are link numbers (③ = 3号); NFKC would turn them into bare digits, read as quantities. */
const circledRanges: readonly (readonly [first: number, last: number])[] = [
  [0x2460, 0x2473], // ①..⑳
  [0x2776, 0x277f], // ❶..❿
  [0x2780, 0x2789], // ➀..➉
  [0x278a, 0x2793], // ➊..➓
];
const circled = /[\u2460-\u2473\u2776-\u2793]/g;

function circledLink(char: string, at: number, text: string): string {
  const code = char.codePointAt(0) ?? 0;
  const range = circledRanges.find(([first, last]) => code >= first && code <= last);
  if (range === undefined) return ' ';
  // ④号 already says 号.
  return `${code - range[0] + 1}${text.charAt(at + 1) === '号' ? '' : '号'}`;
}

/** WeChat and Douyin write stickers as [玫瑰], [赞]; they carry mood, not words the rules read. */
const stickers = /\[[^[\]]{1,6}\]/g;
/** Crosses people type for "times" in 蔬菜箱✖2. */
const crosses = /[✕✖╳]/g;
/** Zero-width characters split words that look whole (米\u200b粉). */
const invisible = /[\u200B-\u200D\u2060\uFEFF]/g;
/** Keycap digits (1️⃣) are list numbers people decorate with; the digit stays. */
const keycap = /[\uFE0E\uFE0F]?\u20E3/g;
/**
 * Everything but letters, digits and the punctuation the rules look at becomes a space: emoji, symbols and
 * decoration separate words but never make one.
 */
const decoration = /[^\p{L}\p{N}+#*×?!,.;:~、。，\s-]+/gu;

export function normalizeComment(raw: string): string {
  let text = raw.length > maxAnalysedLength ? raw.slice(0, maxAnalysedLength) : raw;
  // A cut through an emoji leaves half a surrogate pair, which NFKC keeps as garbage.
  text = text.replace(/[\uD800-\uDBFF]$/u, '');
  return text
    .replace(circled, (char, at: number) => circledLink(char, at, text))
    .replace(keycap, '')
    .replace(invisible, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(stickers, ' ')
    .replace(crosses, '×')
    .replace(decoration, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
