import type { RxJsonSchema } from 'rxdb';
import { productKinds, type ProductKind } from './catalog';
import { count, epochMs, fen, idField, shortText, stringList } from './fields';

/**
 * A product the store sells: picked from the catalogue with the owner's own price. Stock is not stored
 * here; it is derived from stock moves so that two devices can never disagree about it.
 */
/** A bundle (套餐) sells goods and services together at its own price, e.g. 辅食方案. */
export interface BundlePart {
  productId: string;
  qty: number;
}

export const productDocKinds = [...productKinds, 'bundle'] as const;

export interface ProductDoc {
  id: string;
  catalogId: string;
  sku: string;
  name: string;
  aliases: string[];
  kind: ProductKind | 'bundle';
  unit: string;
  priceFen: number;
  costFen: number;
  lowStockAt: number;
  active: boolean;
  /** Only on bundles: what one bundle contains. */
  components?: BundlePart[];
  updatedAt: number;
}

/** Version 1 added bundles (kind 'bundle' with components); version-0 products are valid as they are. */
export const productMigrations = { 1: (doc: ProductDoc): ProductDoc => doc };

export const productSchema: RxJsonSchema<ProductDoc> = {
  title: 'products',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    catalogId: idField,
    sku: shortText(32),
    name: shortText(),
    aliases: stringList(30, 20),
    kind: { type: 'string', enum: [...productDocKinds], maxLength: 16 },
    unit: shortText(8),
    priceFen: fen,
    costFen: fen,
    lowStockAt: count,
    active: { type: 'boolean' },
    components: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        properties: { productId: idField, qty: { type: 'integer', minimum: 1, maximum: 10_000 } },
        required: ['productId', 'qty'],
        additionalProperties: false,
      },
    },
    updatedAt: epochMs,
  },
  required: ['id', 'catalogId', 'sku', 'name', 'kind', 'unit', 'priceFen', 'costFen', 'active', 'updatedAt'],
  indexes: ['sku'],
  additionalProperties: false,
};
