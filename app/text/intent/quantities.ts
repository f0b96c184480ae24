import { numeralSource, parseNumeral } from './numerals';

/**
 * How an amount was written, strongest first: "+2" and "扣2" are nothing but orders; "要两盒" names the
 * amount after a buying verb; "x2" multiplies; "两盒" is a count that could be anything ("碎了两个");
 * "鸡蛋 2" is a bare number beside a product.
 */
export type QuantityKind = 'plus' | 'verb' | 'times' | 'unit' | 'beside';

export interface QuantityCandidate {
  value: number;
  start: number;
  end: number;
  kind: QuantityKind;
}

/** The character standing in for a product or link the comment named, so numbers beside it can be read. */
export const mentionMask = '\uE000';

const rank: Record<QuantityKind, number> = { plus: 5, verb: 4, times: 3, unit: 2, beside: 1 };

/** Counting words orders use; 块 is left out because 10块 is ten yuan (2单元 is kept out by its 元). */
const units = '盒箱瓶罐份个袋斤位人单张套件包支只桶提杯听把串板组条颗枚根双对';
/** After a unit: 个月 and 个小时 are durations, 份子 is not a portion. */
const notDuration = String.raw`(?!\s*(?:元|月|小时|钟|多|星期|礼拜|工作日|子))`;
/** After a bare number: 5栋, 3点, 2岁, 8折 are addresses, times, ages and prices; 2盒 is read with its unit. */
const notMeasure = String.raw`(?!\s*(?:[栋幢楼层室号点岁月天年周分元块毛折度%.\d${units}]|单元|小时|分钟|[a-z]))`;
/** What may follow an amount: its unit, or nothing that makes it a measure of something else. */
const tail = String.raw`(?:\s*([${units}])${notDuration}|${notMeasure})`;
/** A number must be whole: no digits (or Chinese digits) glued on either side. */
const wholeStart = String.raw`(?<![\d零〇一二两三四五六七八九十百])`;
const numeral = `${wholeStart}(${numeralSource})`;
/** A Chinese numeral with no unit only counts where a sentence could end (米粉加一, not 来一下). */
const clauseEnd = new RegExp(String.raw`$|[\s,.;:!?~、。，${mentionMask}]`, 'y');
const verbs = '(?:再要|再来|再加|再拍|回购|下单|预定|预订|要|来|拍|买|订|留|加|报|抢|带|囤)';

const patterns: readonly (readonly [QuantityKind, RegExp])[] = [
  ['plus', new RegExp(String.raw`(?<![\w+])[+扣]\s*(\d{1,3}|[一两二三四五六七八九十])${tail}`, 'g')],
  ['verb', new RegExp(String.raw`(?<![不别没])${verbs}\s*了?\s*${numeral}${tail}`, 'g')],
  ['times', new RegExp(String.raw`(?<![a-z])[x×*]\s*(\d{1,3})${tail}`, 'g')],
  ['unit', new RegExp(String.raw`(?<!第)${numeral}\s*[${units}]${notDuration}`, 'g')],
  ['unit', new RegExp(String.raw`${wholeStart}(半打|[一两二三]打)`, 'g')],
  ['beside', new RegExp(String.raw`${mentionMask}\s*${numeral}${tail}`, 'g')],
];

const isChineseDigits = (text: string) => /^[零〇一二两三四五六七八九十百]+$/.test(text);

/**
 * Amounts in a comment whose product and link mentions are masked with {@link mentionMask}, so 30枚 in
 * a name or the 3 of 3号 is never read as one. Overlapping readings keep the strongest.
 */
export function findQuantities(masked: string): QuantityCandidate[] {
  const found: QuantityCandidate[] = [];
  for (const [kind, pattern] of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(masked); match !== null; match = pattern.exec(masked)) {
      const text = match[1] ?? '';
      // Without a unit, a Chinese numeral must stand alone: 要一下 and 来一起 are not amounts.
      if (kind !== 'unit' && isChineseDigits(text) && match[2] === undefined) {
        clauseEnd.lastIndex = match.index + match[0].length;
        if (!clauseEnd.test(masked)) continue;
      }
      const value = parseNumeral(text);
      const start = match.index;
      const end = start + match[0].length;
      if (value === null) continue;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      found.push({ value, start, end, kind });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The amount that best answers "how many": the strongest way of writing one, then the first. */
export function bestQuantity(candidates: readonly QuantityCandidate[]): QuantityCandidate | null {
  let best: QuantityCandidate | null = null;
  for (const candidate of candidates) {
    if (best === null || rank[candidate.kind] > rank[best.kind]) best = candidate;
  }
  return best;
}
