/** Money is integer 分; this is the one place it becomes text (¥12.90). */
export function formatFen(fen: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    minimumFractionDigits: 2,
  }).format(fen / 100);
}

/** Gross margin in whole percent of the price, or null where the price is 0. */
export function marginPercent(priceFen: number, costFen: number): number | null {
  if (priceFen <= 0) return null;
  return Math.round(((priceFen - costFen) / priceFen) * 100);
}

/**
 * "39.9", "¥39.90", "39" → fen, reading the digits as text so no float ever rounds a price; null for
 * anything that is not a non-negative amount with at most two decimals.
 */
export function parseYuanToFen(text: string): number | null {
  const match = /^[¥￥]?\s*(\d{1,8})(?:\.(\d{1,2}))?$/.exec(text.normalize('NFKC').trim());
  if (!match?.[1]) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
