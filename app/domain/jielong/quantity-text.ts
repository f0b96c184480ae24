import { parseQuantity } from '../import/quantity';

/** A quantity found in a piece of a line; `value` is null when it looked like one but is not (×0, 20000). */
export interface FoundQuantity {
  value: number | null;
  /** 1 for digits; lower for Chinese numerals, which are more often part of a word. */
  confidence: number;
  /** How many characters of the piece it took. */
  length: number;
}

const chineseNumeralConfidence = 0.9;

const cnNumerals = '零〇一二两三四五六七八九十百千廿卅';
const units = '份件个盒袋包箱瓶罐只斤支把串提桶杯块条颗枚张套听板根对双本组';
const numeral = String.raw`(\d+|[${cnNumerals}]+)`;

/** At the start of what follows a product: ×2, x 2, *2, 2份, 两瓶, 共3件. */
const leading = new RegExp(String.raw`^\s*(?:[x×*共]\s*)?${numeral}\s*[${units}]?`, 'i');
/** At the end of what precedes a product: 2份, 两盒, ×2. Chinese numerals need a unit there (三黄鸡). */
const trailingDigits = new RegExp(String.raw`(?:[x×*]\s*)?(\d+)\s*[${units}]?\s*$`, 'i');
const trailingChinese = new RegExp(String.raw`([${cnNumerals}]+)\s*[${units}]\s*$`);
/** Only the end of a piece can hold a trailing quantity; a bounded tail keeps `$` searches cheap. */
const tailChars = 16;

/** 廿 and 卅 are still written for 20 and 30; the shared parser knows only the common numerals. */
function value(numeralText: string): number | null {
  return parseQuantity(numeralText.replace(/廿/g, '二十').replace(/卅/g, '三十'));
}

function found(numeralText: string, length: number): FoundQuantity {
  const digits = /^\d/.test(numeralText);
  return { value: value(numeralText), confidence: digits ? 1 : chineseNumeralConfidence, length };
}

export function leadingQuantity(piece: string): FoundQuantity | null {
  const match = leading.exec(piece);
  return match?.[1] === undefined ? null : found(match[1], match[0].length);
}

export function trailingQuantity(piece: string): FoundQuantity | null {
  const tail = piece.slice(-tailChars);
  const match = trailingDigits.exec(tail) ?? trailingChinese.exec(tail);
  if (match?.[1] === undefined) return null;
  // A digit run cut by the tail window (…12345678) is not a quantity anyone meant.
  if (
    match.index === 0 &&
    tail.length < piece.length &&
    /\d/.test(piece.charAt(piece.length - tail.length - 1))
  ) {
    return null;
  }
  return found(match[1], match[0].length);
}

/** Words that may stand before a bare quantity without changing it: 要2份, 再来一份, 各2. */
const lead = /^(?:再要|再来|要|加|各)/;

/** A token that is nothing but a quantity; `each` when it was written 各N (鸡蛋 酱油 各2). */
export function wholeQuantity(token: string): (FoundQuantity & { each: boolean }) | null {
  const filler = lead.exec(token)?.[0] ?? '';
  const rest = token.slice(filler.length);
  const quantity = leadingQuantity(rest);
  if (quantity === null || quantity.length !== rest.length) return null;
  return { ...quantity, length: token.length, each: filler === '各' };
}

/** A token that is only a unit (鸡蛋 2 份 splits into three tokens). */
export function isUnitOnly(token: string): boolean {
  return token.length === 1 && units.includes(token);
}
