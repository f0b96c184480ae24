import type { RxJsonSchema } from 'rxdb';
import { count, epochMs, fen, idField, shortText } from './fields';

export const signupStatuses = ['signedUp', 'waitlist', 'checkedIn', 'cancelled'] as const;

export interface Signup {
  memberId: string;
  code: string;
  status: (typeof signupStatuses)[number];
  at: number;
}

/** An in-store event (活动) with its sign-ups kept inside, so capacity checks read one document. */
export interface StoreEventDoc {
  id: string;
  title: string;
  startsAt: number;
  capacity: number;
  priceFen: number;
  place: string;
  signups: Signup[];
  createdAt: number;
  updatedAt: number;
}

export const storeEventSchema: RxJsonSchema<StoreEventDoc> = {
  title: 'storeEvents',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    title: shortText(),
    startsAt: epochMs,
    capacity: count,
    priceFen: fen,
    place: shortText(),
    signups: {
      type: 'array',
      maxItems: 2000,
      items: {
        type: 'object',
        properties: {
          memberId: idField,
          code: shortText(32),
          status: { type: 'string', enum: [...signupStatuses] },
          at: epochMs,
        },
        required: ['memberId', 'code', 'status', 'at'],
        additionalProperties: false,
      },
    },
    createdAt: epochMs,
    updatedAt: epochMs,
  },
  required: ['id', 'title', 'startsAt', 'capacity', 'priceFen', 'place', 'signups', 'createdAt', 'updatedAt'],
  indexes: ['startsAt'],
  additionalProperties: false,
};
