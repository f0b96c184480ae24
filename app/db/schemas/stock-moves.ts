import type { RxJsonSchema } from 'rxdb';
import { epochMs, idField, shortText } from './fields';

export const stockMoveKinds = ['receive', 'adjust', 'loss', 'reserve', 'release', 'sale', 'return'] as const;
export type StockMoveKind = (typeof stockMoveKinds)[number];

/**
 * An append-only stock movement; a product's stock is the sum of its moves, so moves written on two
 * devices merge without conflict.
 */
export interface StockMoveDoc {
  id: string;
  productId: string;
  kind: StockMoveKind;
  /** Signed change in the product's unit: + receive/return/release, − loss/sale/reserve. */
  qty: number;
  reason: string;
  orderId: string;
  at: number;
  by: string;
}

/**
 * Version 1 widened `id`: an order's moves are named after the order, the history entry, the product and
 * the kind, which outgrows 64 characters with UUID order ids. Old documents fit unchanged.
 */
export const stockMoveMigrations = { 1: (doc: StockMoveDoc): StockMoveDoc => doc };

export const stockMoveSchema: RxJsonSchema<StockMoveDoc> = {
  title: 'stockMoves',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 200 },
    productId: idField,
    kind: { type: 'string', enum: [...stockMoveKinds] },
    qty: { type: 'integer', minimum: -1_000_000, maximum: 1_000_000 },
    reason: shortText(200),
    orderId: idField,
    at: epochMs,
    by: shortText(60),
  },
  required: ['id', 'productId', 'kind', 'qty', 'reason', 'orderId', 'at', 'by'],
  indexes: [['productId', 'at']],
  additionalProperties: false,
};
