import { AppError } from '../../contract/errors';
import type { LinkedProduct } from './types';

/** Why a products table was refused; the CLI words each in zh-CN and en. */
export type ProductsTsvProblem = 'noHeader' | 'badLink' | 'noName' | 'duplicateLink' | 'empty';

function refuse(problem: ProductsTsvProblem, message: string, line?: number): AppError {
  return new AppError('IMPORT_INVALID', message, line === undefined ? { problem } : { problem, line });
}

/**
 * Reads a product table as HQ exports it (products.tsv: link, sku, name, price_cny, unit, stock, kind):
 * a header naming at least `link` and `name`, in any order, then one product per line. An `aliases`
 * column, when present, holds the owner's extra names separated by commas. BOM, CRLF, blank lines and
 * lines starting with `#` are tolerated.
 *
 * @throws AppError IMPORT_INVALID with details.problem (and details.line, 1-based, for a bad row).
 */
export function parseProductsTsv(text: string): LinkedProduct[] {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const rows = lines
    .map((line, index) => ({ cells: line.split('\t').map((cell) => cell.trim()), line: index + 1 }))
    .filter(({ cells }) => !(cells.length === 1 && cells[0] === '') && !(cells[0] ?? '').startsWith('#'));
  const [header, ...body] = rows;
  const columns = header?.cells.map((cell) => cell.toLowerCase()) ?? [];
  const linkAt = columns.indexOf('link');
  const nameAt = columns.indexOf('name');
  const aliasesAt = columns.indexOf('aliases');
  if (linkAt < 0 || nameAt < 0)
    throw refuse('noHeader', 'The first row must name the columns link and name.');
  const products: LinkedProduct[] = [];
  const seen = new Set<number>();
  for (const { cells, line } of body) {
    const linkText = cells[linkAt] ?? '';
    const link = Number(linkText);
    if (!/^\d{1,3}$/.test(linkText) || link < 1)
      throw refuse('badLink', `Link "${linkText}" is not 1 to 999.`, line);
    if (seen.has(link)) throw refuse('duplicateLink', `Link ${link} appears twice.`, line);
    const name = cells[nameAt] ?? '';
    if (name === '') throw refuse('noName', `Link ${link} has no name.`, line);
    seen.add(link);
    const aliases = (cells[aliasesAt] ?? '').split(/[,，]/u).map((alias) => alias.trim());
    products.push({ link, name, aliases: aliases.filter((alias) => alias !== '') });
  }
  if (products.length === 0) throw refuse('empty', 'The table lists no product.');
  return products;
}
