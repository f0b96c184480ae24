import type { RxJsonSchema } from 'rxdb';
import { epochMs, fen, idField, shortText, stringList, count } from './fields';

export const productKinds = ['goods', 'service'] as const;
export type ProductKind = (typeof productKinds)[number];

/** An item of HQ's catalogue: HQ owns it, stores only read it (pulled by sync). */
export interface CatalogItemDoc {
  id: string;
  sku: string;
  name: string;
  nameEn: string;
  category: string;
  kind: ProductKind;
  unit: string;
  costFen: number;
  suggestedPriceFen: number;
  supplier: string;
  shelfLifeDays: number;
  certifications: string[];
  tags: string[];
  updatedAt: number;
}

export const catalogSchema: RxJsonSchema<CatalogItemDoc> = {
  title: 'catalog',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    sku: shortText(32),
    name: shortText(),
    nameEn: shortText(),
    category: shortText(40),
    kind: { type: 'string', enum: [...productKinds], maxLength: 16 },
    unit: shortText(8),
    costFen: fen,
    suggestedPriceFen: fen,
    supplier: shortText(),
    shelfLifeDays: count,
    certifications: stringList(),
    tags: stringList(),
    updatedAt: epochMs,
  },
  required: ['id', 'sku', 'name', 'category', 'kind', 'unit', 'costFen', 'suggestedPriceFen', 'updatedAt'],
  indexes: ['category'],
  additionalProperties: false,
};
