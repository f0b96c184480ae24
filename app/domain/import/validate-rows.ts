import { normalizeMainlandPhone } from '../members/phone';
import type { ColumnMapping } from './columns';
import { parsePriceFen } from './price';
import { createProductMatcher, type ImportProduct, type ProductMatcher } from './product-matcher';
import { parseQuantity } from './quantity';
import type { Table } from './read-table';

/** One row ready to become an order line. */
export interface ImportRow {
  /** The row number the owner sees in Excel; the header is row 1. */
  row: number;
  name: string;
  /** Normalized (`+86…`), or '' when the row gave none. */
  phone: string;
  productId: string;
  qty: number;
  /** The 金额/实付 cell in fen, as the file states it (usually what was paid for the row). */
  priceFen?: number;
  building: string;
  note: string;
  campaign: string;
}

/** `price`: an amount that cannot be read is reported, not silently replaced by the catalogue price. */
export type RowErrorCode = 'phone' | 'product' | 'qty' | 'price' | 'duplicate' | 'empty' | 'tooMany';

export interface RowError {
  row: number;
  /** The header as written in the file; '' when the whole row is meant (duplicate, tooMany). */
  column: string;
  code: RowErrorCode;
  /** The cell as written; for duplicate the row it repeats, for tooMany the limit. */
  value: string;
}

export interface ValidationReport {
  valid: ImportRow[];
  errors: RowError[];
  /** Non-empty data rows in the file, including those past the limit. */
  total: number;
}

export interface ValidationContext {
  products: readonly ImportProduct[];
  maxRows?: number;
}

export const defaultMaxRows = 50_000;

function isBlank(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

function cellAt(cells: readonly string[], column: number | undefined): string {
  return column === undefined ? '' : (cells[column] ?? '').trim();
}

/** Per-file state shared by every row; the per-row work lives in plain functions so no closure is made per row. */
interface Pass {
  table: Table;
  mapping: ColumnMapping;
  matchProduct: ProductMatcher;
  seen: Map<string, number>;
  valid: ImportRow[];
  errors: RowError[];
}

function fail(
  pass: Pass,
  cells: readonly string[],
  row: number,
  column: number | undefined,
  code: RowErrorCode,
): void {
  const header = column === undefined ? '' : (pass.table.headers[column] ?? '');
  pass.errors.push({ row, column: header, code, value: cellAt(cells, column) });
}

function checkRow(pass: Pass, cells: readonly string[], row: number): void {
  const { mapping } = pass;

  const name = cellAt(cells, mapping.name);
  if (name === '') fail(pass, cells, row, mapping.name, 'empty');

  const phoneText = cellAt(cells, mapping.phone);
  const phone = phoneText === '' ? '' : normalizeMainlandPhone(phoneText);
  if (phone === null) fail(pass, cells, row, mapping.phone, 'phone');

  const productText = cellAt(cells, mapping.product);
  const specText = cellAt(cells, mapping.sku);
  const noProduct = productText === '' && specText === '';
  const productId = noProduct ? null : pass.matchProduct(productText, specText);
  if (noProduct) fail(pass, cells, row, mapping.product, 'empty');
  else if (productId === null)
    fail(pass, cells, row, productText === '' ? mapping.sku : mapping.product, 'product');

  const qtyText = cellAt(cells, mapping.qty);
  const qty = parseQuantity(qtyText);
  if (qtyText === '') fail(pass, cells, row, mapping.qty, 'empty');
  else if (qty === null) fail(pass, cells, row, mapping.qty, 'qty');

  const priceText = cellAt(cells, mapping.price);
  const priceFen = priceText === '' ? undefined : parsePriceFen(priceText);
  if (priceFen === null) fail(pass, cells, row, mapping.price, 'price');

  if (name === '' || phone === null || productId === null || qty === null || priceFen === null) return;

  const duplicateKey = `${name}\u0000${phone}\u0000${productId}\u0000${qty}`;
  const first = pass.seen.get(duplicateKey);
  if (first !== undefined) {
    pass.errors.push({ row, column: '', code: 'duplicate', value: String(first) });
    return;
  }
  pass.seen.set(duplicateKey, row);
  const imported: ImportRow = {
    row,
    name,
    phone,
    productId,
    qty,
    building: cellAt(cells, mapping.building),
    note: cellAt(cells, mapping.note),
    campaign: cellAt(cells, mapping.campaign),
  };
  if (priceFen !== undefined) imported.priceFen = priceFen;
  pass.valid.push(imported);
}

/**
 * Checks every row and says what is wrong where, so the owner can fix the file in Excel and try again.
 * Nothing is written. All problems of a row are reported, not just the first. Linear in the rows:
 * product lookups are cached and duplicates found through one Map.
 */
export function validateRows(table: Table, mapping: ColumnMapping, ctx: ValidationContext): ValidationReport {
  const maxRows = ctx.maxRows ?? defaultMaxRows;
  const pass: Pass = {
    table,
    mapping,
    matchProduct: createProductMatcher(ctx.products),
    seen: new Map(),
    valid: [],
    errors: [],
  };
  let total = 0;
  for (let index = 0; index < table.rows.length; index++) {
    const cells = table.rows[index] ?? [];
    if (isBlank(cells)) continue;
    total++;
    // Excel numbers the header 1, so data row `index` is row index + 2.
    if (total <= maxRows) checkRow(pass, cells, index + 2);
    // Past the limit rows are only counted, so the owner learns how much to split off.
    else if (total === maxRows + 1) {
      pass.errors.push({ row: index + 2, column: '', code: 'tooMany', value: String(maxRows) });
    }
  }
  return { valid: pass.valid, errors: pass.errors, total };
}
