/** The schema's ceiling for one order line; anything above is a typo, not a group-buy order. */
export const maxQty = 10_000;

const chineseDigits = new Map(
  Object.entries({ 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }),
);
const chineseUnits = new Map([
  ['十', 10],
  ['百', 100],
  ['千', 1000],
]);

/** 三 → 3, 十二 → 12, 二十 → 20, 一百零五 → 105; null for sequences no one writes (五五, 十十). */
function parseChineseNumber(text: string): number | null {
  let total = 0;
  let pending: number | null = null;
  let lastUnit = Infinity;
  for (const char of text) {
    const digit = chineseDigits.get(char);
    if (digit !== undefined) {
      if (pending !== null && pending !== 0) return null;
      pending = digit;
      continue;
    }
    const unit = chineseUnits.get(char);
    if (unit === undefined || unit >= lastUnit) return null;
    // A bare 十 at the start means ten (十二 = 12).
    total += (pending ?? 1) * unit;
    pending = null;
    lastUnit = unit;
  }
  return total + (pending ?? 0);
}

const multiplier = /^(?:共|[x×*✕])/i;
const unitWords = /[份件个盒袋包箱瓶罐只斤支把串提桶杯块条颗枚张]$/;

/**
 * A positive whole quantity as people write it in group chats and sheets: 2, ２, 2份, ×2, x2, 两盒, 十二.
 * Null for zero, fractions, ranges and anything above {@link maxQty}.
 */
export function parseQuantity(text: string): number | null {
  const core = text.normalize('NFKC').replace(/\s/g, '').replace(multiplier, '').replace(unitWords, '');
  let value: number | null = null;
  // Excel can store a whole number as 2.0; it is still two.
  if (/^\d+(?:\.0+)?$/.test(core)) value = Number(core);
  else if (/^[零〇一二两三四五六七八九十百千]+$/.test(core)) value = parseChineseNumber(core);
  if (value === null || !Number.isInteger(value) || value < 1 || value > maxQty) return null;
  return value;
}
