import type { RxJsonSchema } from 'rxdb';
import { epochMs, idField, shortText } from './fields';

export const feedKinds = ['comment', 'transcript'] as const;

/**
 * A timed line of a live session: a viewer comment or a transcript segment of the host. One collection
 * for both keeps the schema within RxDB's open-core limit of 13 collections per process.
 */
export interface LiveFeedDoc {
  id: string;
  sessionId: string;
  kind: (typeof feedKinds)[number];
  at: number;
  platform: string;
  userId: string;
  nickname: string;
  text: string;
  /** Transcript segments: offsets in the session's audio; 0 for comments. */
  startMs: number;
  endMs: number;
}

export const liveFeedSchema: RxJsonSchema<LiveFeedDoc> = {
  title: 'liveFeed',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 128 },
    sessionId: idField,
    kind: { type: 'string', enum: [...feedKinds], maxLength: 16 },
    at: epochMs,
    platform: shortText(32),
    userId: shortText(64),
    nickname: shortText(60),
    text: shortText(5000),
    startMs: { type: 'integer', minimum: 0 },
    endMs: { type: 'integer', minimum: 0 },
  },
  required: ['id', 'sessionId', 'kind', 'at', 'platform', 'userId', 'nickname', 'text', 'startMs', 'endMs'],
  indexes: [['sessionId', 'kind', 'at']],
  additionalProperties: false,
};
