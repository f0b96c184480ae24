import type { RxJsonSchema } from 'rxdb';
import { epochMs, idField, shortText, stringList } from './fields';

export const activityKinds = ['broadcast'] as const;

/**
 * Things the store did that are worth keeping as a record but are not documents of their own: for now
 * the broadcasts sent (what, to whom, when — the frequency cap reads them). One collection for such
 * records keeps the schema at RxDB's open-core limit of 13 collections.
 */
export interface ActivityDoc {
  id: string;
  kind: (typeof activityKinds)[number];
  at: number;
  title: string;
  memberIds: string[];
  /** Kind-specific numbers and labels (e.g. templateId, textCount). */
  details: Record<string, string | number>;
}

export const activitySchema: RxJsonSchema<ActivityDoc> = {
  title: 'activity',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    kind: { type: 'string', enum: [...activityKinds], maxLength: 16 },
    at: epochMs,
    title: shortText(200),
    memberIds: stringList(64, 20_000),
    details: { type: 'object', additionalProperties: { type: ['string', 'number'] } },
  },
  required: ['id', 'kind', 'at', 'title', 'memberIds', 'details'],
  indexes: [['kind', 'at']],
  additionalProperties: false,
};
