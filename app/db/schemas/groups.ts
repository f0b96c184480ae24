import type { RxJsonSchema } from 'rxdb';
import { epochMs, idField, shortText } from './fields';

export const groupPlatforms = ['wechat', 'wecom'] as const;
export const ownerRoles = ['owner', 'admin', 'member'] as const;

/** A community group (社群) the owner runs or sits in. Membership is kept on the member. */
export interface GroupDoc {
  id: string;
  name: string;
  platform: (typeof groupPlatforms)[number];
  ownerRole: (typeof ownerRoles)[number];
  notes: string;
  createdAt: number;
  updatedAt: number;
}

export const groupSchema: RxJsonSchema<GroupDoc> = {
  title: 'groups',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    name: shortText(60),
    platform: { type: 'string', enum: [...groupPlatforms] },
    ownerRole: { type: 'string', enum: [...ownerRoles] },
    notes: shortText(2000),
    createdAt: epochMs,
    updatedAt: epochMs,
  },
  required: ['id', 'name', 'platform', 'ownerRole', 'notes', 'createdAt', 'updatedAt'],
  additionalProperties: false,
};
