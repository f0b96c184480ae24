import type { RxJsonSchema } from 'rxdb';
import { count, epochMs, idField, shortText } from './fields';

export const liveStatuses = ['planned', 'live', 'ended'] as const;

export interface RundownItem {
  productId: string;
  plannedMinutes: number;
}

export interface ShownProduct {
  productId: string;
  at: number;
}

/** A live stream: its rundown, what was shown when, and a stats summary once it ends. */
export interface LiveSessionDoc {
  id: string;
  title: string;
  status: (typeof liveStatuses)[number];
  rundown: RundownItem[];
  shown: ShownProduct[];
  startedAt: number;
  endedAt: number;
  stats: Record<string, number>;
  createdAt: number;
  updatedAt: number;
}

export const liveSessionSchema: RxJsonSchema<LiveSessionDoc> = {
  title: 'liveSessions',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    title: shortText(),
    status: { type: 'string', enum: [...liveStatuses] },
    rundown: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        properties: { productId: idField, plannedMinutes: count },
        required: ['productId', 'plannedMinutes'],
        additionalProperties: false,
      },
    },
    shown: {
      type: 'array',
      maxItems: 2000,
      items: {
        type: 'object',
        properties: { productId: idField, at: epochMs },
        required: ['productId', 'at'],
        additionalProperties: false,
      },
    },
    startedAt: epochMs,
    endedAt: epochMs,
    stats: { type: 'object', additionalProperties: { type: 'number' } },
    createdAt: epochMs,
    updatedAt: epochMs,
  },
  required: [
    'id',
    'title',
    'status',
    'rundown',
    'shown',
    'startedAt',
    'endedAt',
    'stats',
    'createdAt',
    'updatedAt',
  ],
  indexes: ['createdAt'],
  additionalProperties: false,
};
