import type { RxJsonSchema } from 'rxdb';
import { epochMs, idField, shortText } from './fields';

export const feedKinds = ['comment', 'transcript', 'group'] as const;

/**
 * A timed line someone said: a viewer comment or a transcript segment of a live session, or (kind
 * 'group', with the group's id as sessionId) a message pasted from a WeChat group. One collection for
 * all keeps the schema within RxDB's open-core limit of 13 collections per process.
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

/** Version 1 added kind 'group'; version-0 lines are valid as they are. */
export const liveFeedMigrations = { 1: (doc: LiveFeedDoc): LiveFeedDoc => doc };

export const liveFeedSchema: RxJsonSchema<LiveFeedDoc> = {
  title: 'liveFeed',
  version: 1,
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
