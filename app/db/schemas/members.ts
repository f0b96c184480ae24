import type { RxJsonSchema } from 'rxdb';
import { epochMs, idField, shortText, stringList } from './fields';

export interface MemberDoc {
  id: string;
  name: string;
  /** Normalized mainland number (`+8613800138000`), or '' when the neighbour gave none. */
  phone: string;
  cardNo: string;
  /** Every nickname seen for this person in groups and live rooms. */
  nicknames: string[];
  groupIds: string[];
  tags: string[];
  household: { babyBirthMonth?: string; elders?: boolean; pets?: boolean };
  address: { building: string; unit: string; room: string };
  consent: boolean;
  notes: string;
  joinedAt: number;
  updatedAt: number;
}

export const memberSchema: RxJsonSchema<MemberDoc> = {
  title: 'members',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    name: shortText(60),
    phone: shortText(20),
    cardNo: shortText(32),
    nicknames: stringList(60, 50),
    groupIds: stringList(64, 50),
    tags: stringList(30, 50),
    household: {
      type: 'object',
      properties: {
        babyBirthMonth: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
        elders: { type: 'boolean' },
        pets: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    address: {
      type: 'object',
      properties: { building: shortText(20), unit: shortText(20), room: shortText(20) },
      required: ['building', 'unit', 'room'],
      additionalProperties: false,
    },
    consent: { type: 'boolean' },
    notes: shortText(2000),
    joinedAt: epochMs,
    updatedAt: epochMs,
  },
  required: [
    'id',
    'name',
    'phone',
    'cardNo',
    'nicknames',
    'groupIds',
    'tags',
    'household',
    'address',
    'consent',
    'notes',
    'joinedAt',
    'updatedAt',
  ],
  indexes: ['phone', 'updatedAt'],
  additionalProperties: false,
};
