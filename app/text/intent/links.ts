import { parseNumeral } from './numerals';

/** A rundown position a comment names: 3号, #3, 3号链接, 第三个链接, 链接3. */
export interface LinkMention {
  link: number;
  start: number;
  end: number;
}

/** A rundown holds at most 200 items (app/domain/live); a larger "号" is a house or a date. */
const maxLink = 200;

/** 5号楼, 3号线, 8号床 and 12号下午 are places and dates, not links. */
const notPlace = String.raw`(?!\s*(?:楼|院|线|床|门|口|店|房|桌|车|机|柜|位置|之前|之后|前|后|左右|那天|当天|早上|上午|中午|下午|晚上|到货|发货))`;
/** 12月3号 is a date. */
const notDate = String.raw`(?<!月\s*)`;
const cnDigits = '一二三四五六七八九十';
/** "3号链接" is one mention; left loose, its 链接 would start another (链接 2盒 → link 2). */
const item = String.raw`(?:\s*(?:链接|宝贝|商品|产品))?`;

const patterns: readonly RegExp[] = [
  /#\s*(\d{1,3})(?!\d)/g,
  new RegExp(String.raw`${notDate}(?<![\d.])(\d{1,3})\s*号${notPlace}${item}`, 'g'),
  new RegExp(String.raw`${notDate}(?<![${cnDigits}百第])([${cnDigits}]{1,3})\s*号${notPlace}${item}`, 'g'),
  new RegExp(String.raw`第\s*(\d{1,3}|[${cnDigits}]{1,3})\s*个?\s*(?:链接|宝贝|商品|产品)`, 'g'),
  /链接(\d{1,3})(?!\d)/g,
];

/** Link numbers in a normalized comment, left to right, without overlaps. */
export function findLinks(text: string): LinkMention[] {
  const found: LinkMention[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const link = parseNumeral(match[1] ?? '');
      const start = match.index;
      const end = start + match[0].length;
      if (link === null || link > maxLink) continue;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      found.push({ link, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
