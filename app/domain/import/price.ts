/** The ceiling of the schema's fen fields; larger amounts are typos. */
const maxFen = 100_000_000_00;

/**
 * Money as other tools export it (¥12.90, 12.9元, 1,290.00, or a spreadsheet number like
 * 12.899999999999999) to integer fen. Null when the text is not an amount.
 */
export function parsePriceFen(text: string): number | null {
  const core = text
    .normalize('NFKC')
    .replace(/[\s,¥]|元|rmb|cny/gi, '')
    .trim();
  if (!/^\d+(?:\.\d+)?$/.test(core)) return null;
  const fen = Math.round(Number(core) * 100);
  return fen <= maxFen ? fen : null;
}
