import type { RxJsonSchema } from 'rxdb';
import { productKinds, type ProductKind } from './catalog';
import { count, epochMs, fen, idField, shortText, stringList } from './fields';

/**
 * A product the store sells: picked from the catalogue with the owner's own price. Stock is not stored
 * here; it is derived from stock moves so that two devices can never disagree about it.
 */
export interface ProductDoc {
  id: string;
  catalogId: string;
  sku: string;
  name: string;
  aliases: string[];
  kind: ProductKind;
  unit: string;
  priceFen: number;
  costFen: number;
  lowStockAt: number;
  active: boolean;
  updatedAt: number;
}

export const productSchema: RxJsonSchema<ProductDoc> = {
  title: 'products',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    catalogId: idField,
    sku: shortText(32),
    name: shortText(),
    aliases: stringList(30, 20),
    kind: { type: 'string', enum: [...productKinds], maxLength: 16 },
    unit: shortText(8),
    priceFen: fen,
    costFen: fen,
    lowStockAt: count,
    active: { type: 'boolean' },
    updatedAt: epochMs,
  },
  required: ['id', 'catalogId', 'sku', 'name', 'kind', 'unit', 'priceFen', 'costFen', 'active', 'updatedAt'],
  indexes: ['sku'],
  additionalProperties: false,
};
