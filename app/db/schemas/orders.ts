import type { RxJsonSchema } from 'rxdb';
import { count, epochMs, fen, idField, shortText } from './fields';

export const orderSources = ['walkin', 'live', 'jielong', 'import'] as const;
export const orderStatuses = [
  'draft',
  'confirmed',
  'paid',
  'ready',
  'pickedUp',
  'delivered',
  'cancelled',
  'refunded',
] as const;
export const paymentMethods = ['none', 'cash', 'wechat', 'alipay', 'iou'] as const;
export const fulfilments = ['pickup', 'delivery'] as const;

export type OrderStatus = (typeof orderStatuses)[number];
export const refundReasons = ['quality', 'ingredients', 'other'] as const;
export type RefundReason = (typeof refundReasons)[number];

/** The 安心承诺 refund: unconditional, with the owner's reason and whether the goods went back on the shelf. */
export interface OrderRefund {
  reason: RefundReason;
  note: string;
  amountFen: number;
  restocked: boolean;
  at: number;
  by: string;
}

export interface OrderLine {
  productId: string;
  /** Name, unit and price are snapshots taken when the order was made. */
  name: string;
  unit: string;
  priceFen: number;
  qty: number;
  pickedQty: number;
}

/** One entry of an order's history: every transition is recorded with who, when and why. */
export interface OrderEvent {
  at: number;
  by: string;
  action: string;
  from: string;
  to: string;
  note: string;
}

export interface OrderDoc {
  id: string;
  no: string;
  source: (typeof orderSources)[number];
  memberId: string;
  memberName: string;
  campaignId: string;
  lines: OrderLine[];
  totalFen: number;
  status: OrderStatus;
  payment: { method: (typeof paymentMethods)[number]; paidAt: number };
  fulfilment: (typeof fulfilments)[number];
  building: string;
  pickupCode: string;
  shelfSlot: string;
  history: OrderEvent[];
  /** 0–10 answer to the one-tap NPS question at pickup; -1 when not asked or not answered. */
  nps: number;
  refund?: OrderRefund;
  createdAt: number;
  updatedAt: number;
}

/**
 * Version 1 added the optional `refund` record. Existing version-0 orders are valid as they are, so
 * its migration keeps them unchanged (RxDB still needs the step to move them to the new schema).
 */
export const orderMigrations = { 1: (doc: OrderDoc): OrderDoc => doc };

export const orderSchema: RxJsonSchema<OrderDoc> = {
  title: 'orders',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    no: shortText(32),
    source: { type: 'string', enum: [...orderSources] },
    memberId: idField,
    memberName: shortText(60),
    campaignId: idField,
    lines: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: {
        type: 'object',
        properties: {
          productId: idField,
          name: shortText(),
          unit: shortText(8),
          priceFen: fen,
          qty: { type: 'integer', minimum: 1, maximum: 10_000 },
          pickedQty: count,
        },
        required: ['productId', 'name', 'unit', 'priceFen', 'qty', 'pickedQty'],
        additionalProperties: false,
      },
    },
    totalFen: fen,
    status: { type: 'string', enum: [...orderStatuses], maxLength: 16 },
    payment: {
      type: 'object',
      properties: { method: { type: 'string', enum: [...paymentMethods] }, paidAt: epochMs },
      required: ['method', 'paidAt'],
      additionalProperties: false,
    },
    fulfilment: { type: 'string', enum: [...fulfilments] },
    building: shortText(20),
    pickupCode: shortText(64),
    shelfSlot: shortText(16),
    history: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        properties: {
          at: epochMs,
          by: shortText(60),
          action: shortText(32),
          from: shortText(16),
          to: shortText(16),
          note: shortText(500),
        },
        required: ['at', 'by', 'action', 'from', 'to', 'note'],
        additionalProperties: false,
      },
    },
    nps: { type: 'integer', minimum: -1, maximum: 10 },
    refund: {
      type: 'object',
      properties: {
        reason: { type: 'string', enum: [...refundReasons] },
        note: shortText(500),
        amountFen: fen,
        restocked: { type: 'boolean' },
        at: epochMs,
        by: shortText(60),
      },
      required: ['reason', 'note', 'amountFen', 'restocked', 'at', 'by'],
      additionalProperties: false,
    },
    createdAt: epochMs,
    updatedAt: epochMs,
  },
  required: [
    'id',
    'no',
    'source',
    'memberId',
    'memberName',
    'campaignId',
    'lines',
    'totalFen',
    'status',
    'payment',
    'fulfilment',
    'building',
    'pickupCode',
    'shelfSlot',
    'history',
    'nps',
    'createdAt',
    'updatedAt',
  ],
  indexes: [
    'pickupCode',
    'createdAt',
    ['memberId', 'createdAt'],
    ['campaignId', 'createdAt'],
    ['status', 'createdAt'],
  ],
  additionalProperties: false,
};
