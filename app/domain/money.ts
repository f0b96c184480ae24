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
