/**
 * Circled numbers are link numbers (① = 1号). NFKC would turn them into bare digits, which read as
 * quantities, so they are rewritten first.
 */
const circledRanges: readonly [first: number, last: number][] = [
  [0x2460, 0x2473], // ①..⑳
  [0x2776, 0x277f], // ❶..❿
  [0x2780, 0x2789], // ➀..➉
  [0x278a, 0x2793], // ➊..➓
];
const circled = /[\u2460-\u2473\u2776-\u2793]/g;

function circledValue(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  const range = circledRanges.find(([first, last]) => code >= first && code <= last);
  return range === undefined ? 0 : code - range[0] + 1;
}

/** Zero-width spaces and byte-order marks: invisible, but they split words that look whole. */
const invisible = /[\u200B\u2060\uFEFF]/g;
/** 1️⃣ is a list number written as an emoji keycap. */
const keycap = /\uFE0F?\u20E3/g;
/** Emoji selectors and joiners belong to a nickname as written, not to the person it names. */
const emojiJoiners = /[\uFE0E\uFE0F\u200C\u200D]/g;
/** WeChat writes its stickers as [微笑], [强], [图片]; none of them names a product. */
const wechatCodes = /\[[^[\]\s]{1,6}\]/g;
const crosses = /[✕✖╳]/g;

/** One chat line as the parser reads it: half-width, without stickers or invisible characters. */
export function normalizeLine(raw: string): string {
  return raw
    .replace(circled, (char) => `${circledValue(char)}号`)
    .normalize('NFKC')
    .replace(invisible, '')
    .replace(keycap, '')
    .replace(wechatCodes, ' ')
    .replace(crosses, '×');
}

/**
 * Two lines belong to the same neighbour when their names differ only in width, case or spacing; other
 * decorations (🌸, (5栋)) are kept, as they may be what tells two 李阿姨 apart in one group.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(invisible, '')
    .replace(emojiJoiners, '')
    .replace(/\s/g, '')
    .toLowerCase();
}
