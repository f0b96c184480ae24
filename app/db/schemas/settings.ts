import type { RxJsonSchema } from 'rxdb';
import { epochMs, idField } from './fields';

/** One document per setting key (`locale`, `store`, `demo`…), so settings replicate key by key. */
export interface SettingDoc {
  id: string;
  value: Record<string, unknown>;
  updatedAt: number;
}

export const settingSchema: RxJsonSchema<SettingDoc> = {
  title: 'settings',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: { id: idField, value: { type: 'object' }, updatedAt: epochMs },
  required: ['id', 'value', 'updatedAt'],
  additionalProperties: false,
};
