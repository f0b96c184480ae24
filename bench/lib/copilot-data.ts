/**
 * HQ's live-room data for the copilot bench: the labelled dev comments and the rundown, read at run time
 * from ../shared/data/live next to the project (never copied in, so the bench follows HQ's updates).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DigestProduct } from '../../app/domain/copilot';
import { liveProducts } from '../../app/domain/copilot/fixtures';
import { parseProductsTsv, type LinkedProduct } from '../../app/text/intent';

export const liveDataDir = resolve(import.meta.dirname, '../../../shared/data/live');
const commentsFile = 'comments-dev.tsv';
const productsFile = 'products.tsv';

export interface LiveComment {
  nickname: string;
  text: string;
}

export interface LiveData {
  comments: LiveComment[];
  /** What parseComment reads the rundown as. */
  linked: LinkedProduct[];
  /** The same rows as the copilot panel sees them, with facts. */
  products: DigestProduct[];
}

/** Why the bench cannot run here, or null. */
export function missingLiveData(): string | null {
  const absent = [commentsFile, productsFile].filter((file) => !existsSync(join(liveDataDir, file)));
  return absent.length === 0 ? null : `${absent.join(' and ')} not found in ${liveDataDir}`;
}

/** `nickname<TAB>text<TAB>labels…`; HQ's `#` lines describe the columns. */
function readComments(text: string): LiveComment[] {
  return text
    .split(/\r?\n/u)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [nickname = '', comment = ''] = line.split('\t');
      return { nickname, text: comment };
    })
    .filter((comment) => comment.text !== '');
}

const kinds: readonly NonNullable<DigestProduct['kind']>[] = ['goods', 'service', 'bundle'];

/**
 * parseProductsTsv keeps only link, name and aliases; the price, unit, stock and kind columns are read here
 * by header name. Facts are not in HQ's table: they come from the copilot's test fixture of the same six
 * products (by SKU), as an owner would have filled them in; a product it does not know gets none.
 */
function digestProducts(text: string, linked: readonly LinkedProduct[]): DigestProduct[] {
  const [header = '', ...rows] = text
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n/u)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const columns = header.split('\t').map((cell) => cell.trim().toLowerCase());
  const cellOf = (cells: readonly string[], column: string) => cells[columns.indexOf(column)]?.trim() ?? '';
  const byLink = new Map(
    rows.map((row) => row.split('\t')).map((cells) => [Number(cellOf(cells, 'link')), cells]),
  );
  return linked.map((product) => {
    const cells = byLink.get(product.link) ?? [];
    const sku = cellOf(cells, 'sku');
    const kind = kinds.find((candidate) => candidate === cellOf(cells, 'kind'));
    return {
      link: product.link,
      productId: sku === '' ? `link-${product.link}` : sku,
      name: product.name,
      priceFen: Math.round(Number(cellOf(cells, 'price_cny')) * 100) || 0,
      stockLeft: Number(cellOf(cells, 'stock')) || 0,
      unit: cellOf(cells, 'unit'),
      ...(kind === undefined ? {} : { kind }),
      facts: liveProducts.find((fixture) => fixture.productId === sku)?.facts ?? { certifications: [] },
    };
  });
}

export function readLiveData(): LiveData {
  const productsText = readFileSync(join(liveDataDir, productsFile), 'utf8');
  const linked = parseProductsTsv(productsText);
  const comments = readComments(readFileSync(join(liveDataDir, commentsFile), 'utf8'));
  if (comments.length === 0) throw new Error(`${commentsFile} holds no comments`);
  return { comments, linked, products: digestProducts(productsText, linked) };
}
