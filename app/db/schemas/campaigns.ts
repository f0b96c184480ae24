import type { RxJsonSchema } from 'rxdb';
import { count, epochMs, fen, idField, shortText, stringList } from './fields';

export const campaignStatuses = ['draft', 'open', 'closed', 'done'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

export interface CampaignItem {
  productId: string;
  priceFen: number;
  /** 0 means no limit. */
  perPersonLimit: number;
  totalLimit: number;
}

/** A group-buy campaign (开团/接龙). */
export interface CampaignDoc {
  id: string;
  title: string;
  status: CampaignStatus;
  items: CampaignItem[];
  groupIds: string[];
  deadline: number;
  pickupFrom: number;
  pickupTo: number;
  pickupPlace: string;
  delivery: boolean;
  createdAt: number;
  updatedAt: number;
}

export const campaignSchema: RxJsonSchema<CampaignDoc> = {
  title: 'campaigns',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    title: shortText(),
    status: { type: 'string', enum: [...campaignStatuses], maxLength: 16 },
    items: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        properties: { productId: idField, priceFen: fen, perPersonLimit: count, totalLimit: count },
        required: ['productId', 'priceFen', 'perPersonLimit', 'totalLimit'],
        additionalProperties: false,
      },
    },
    groupIds: stringList(64, 50),
    deadline: epochMs,
    pickupFrom: epochMs,
    pickupTo: epochMs,
    pickupPlace: shortText(),
    delivery: { type: 'boolean' },
    createdAt: epochMs,
    updatedAt: epochMs,
  },
  required: [
    'id',
    'title',
    'status',
    'items',
    'groupIds',
    'deadline',
    'pickupFrom',
    'pickupTo',
    'pickupPlace',
    'delivery',
    'createdAt',
    'updatedAt',
  ],
  indexes: ['status', 'createdAt'],
  additionalProperties: false,
};
