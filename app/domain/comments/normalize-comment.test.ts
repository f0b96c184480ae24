import { describe, expect, it } from 'vitest';
import { commentLimits } from '../../contract/comments';
import { liveFeedSchema } from '../../db/schemas/live-feed';
import { parseCommentTime } from './comment-time';
import { CommentSchema, normalizeComment, type IncomingComment } from './normalize-comment';

const now = Date.UTC(2025, 4, 1, 12, 0, 0);
const base: IncomingComment = {
  platform: 'douyin',
  userId: 'u1',
  nickname: '李阿姨',
  text: '1号要两盒',
  time: now - 5000,
};

function normalize(input: Partial<IncomingComment> | Record<string, unknown>) {
  const parsed = CommentSchema.parse({ ...base, ...input });
  const result = normalizeComment(parsed, { source: 'ingest', now });
  if (!result.ok) throw new Error(result.reason);
  return result.comment;
}

describe('normalizeComment', () => {
  it('keeps the stored limits in step with the liveFeed schema', () => {
    const { properties } = liveFeedSchema;
    expect(commentLimits.text).toBe(properties.text.maxLength);
    expect(commentLimits.nickname).toBe(properties.nickname.maxLength);
    expect(commentLimits.userId).toBe(properties.userId.maxLength);
    expect(commentLimits.platform).toBe(properties.platform.maxLength);
  });

  it('normalizes a plain comment', () => {
    expect(normalize({ platform: ' Douyin ', nickname: ' 李阿姨\n', seq: 7 })).toMatchObject({
      platform: 'douyin',
      userId: 'u1',
      nickname: '李阿姨',
      text: '1号要两盒',
      at: now - 5000,
      seq: 7,
      source: 'ingest',
      truncated: false,
      collapsed: false,
    });
  });

  it('keeps a 5 000-character comment whole and cuts a longer one, flagged', () => {
    const exact = normalize({ text: '米'.repeat(5000) });
    expect(exact).toMatchObject({ truncated: false });
    expect(exact.text).toHaveLength(5000);
    const long = normalize({ text: '米粉'.repeat(3000) });
    expect(long.truncated).toBe(true);
    expect(long.text).toHaveLength(commentLimits.text);
    expect(long.text.endsWith('…')).toBe(true);
  });

  it('cuts a 5 000-character comment of emoji and text by UTF-16 length, never mid-emoji', () => {
    const comment = normalize({ text: '好😀'.repeat(2500) });
    expect(comment.text.length).toBeLessThanOrEqual(commentLimits.text);
    expect(comment.text).not.toMatch(/[\ud800-\udbff]…$/);
  });

  it('collapses an emoji flood and says so', () => {
    expect(normalize({ text: '🎉'.repeat(400) })).toMatchObject({ text: '🎉🎉🎉', collapsed: true });
  });

  it('caps nicknames and hashes over-long user ids into the stored field', () => {
    const comment = normalize({ nickname: '花'.repeat(100), userId: `MS4wLjABAAAA${'x'.repeat(70)}` });
    expect(comment.nickname.length).toBeLessThanOrEqual(commentLimits.nickname);
    expect(comment.userId).toMatch(/^h:[0-9a-f]{32}$/);
  });

  it('uses the user id when the nickname is blank', () => {
    expect(normalize({ nickname: '\u200b ' }).nickname).toBe('u1');
  });

  it('gives the same id to a re-post without a message id, and another to a different comment', () => {
    expect(normalize({}).id).toBe(normalize({ nickname: 'changed name' }).id);
    expect(normalize({}).id).not.toBe(normalize({ time: now - 4000 }).id);
    expect(normalize({}).id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('derives the id from the platform message id when there is one', () => {
    expect(normalize({ id: 'm-1' }).id).toBe(normalize({ id: 'm-1', text: 'edited' }).id);
    expect(normalize({ id: 'm-1' }).id).not.toBe(normalize({ id: 'm-1', platform: 'kuaishou' }).id);
    expect(normalize({ id: 123456789 }).id).toBe(normalize({ id: '123456789' }).id);
  });

  it('sets a time far ahead of this clock to now', () => {
    expect(normalize({ time: now + 30_000 }).at).toBe(now + 30_000);
    expect(normalize({ time: now + 3_600_000 }).at).toBe(now);
  });

  it.each<[string, Partial<IncomingComment>, string]>([
    ['empty text', { text: ' \u200b\n' }, 'noText'],
    ['a time that is not one', { time: 'yesterday' }, 'badTime'],
    ['a blank user', { userId: '  ' }, 'noUser'],
  ])('refuses %s', (_case, input, reason) => {
    const parsed = CommentSchema.parse({ ...base, ...input });
    expect(normalizeComment(parsed, { source: 'ingest', now })).toEqual({ ok: false, reason });
  });

  it('refuses a comment without the required fields', () => {
    expect(CommentSchema.safeParse({ text: 'hi' }).success).toBe(false);
    expect(CommentSchema.safeParse({ ...base, platform: 'x'.repeat(33) }).success).toBe(false);
  });
});

describe('parseCommentTime', () => {
  it.each<[string, number | string, number | null]>([
    ['epoch ms', 1_746_100_000_123, 1_746_100_000_123],
    ['epoch seconds', 1_746_100_000, 1_746_100_000_000],
    ['a digit string', '1746100000123', 1_746_100_000_123],
    ['ISO with Z', '2025-05-01T12:00:00.500Z', Date.UTC(2025, 4, 1, 12, 0, 0, 500)],
    ['ISO with an offset', '2025-05-01T20:00:00+08:00', Date.UTC(2025, 4, 1, 12)],
    ['a negative number', -5, null],
    ['NaN', Number.NaN, null],
    ['free text', 'tomorrow', null],
  ])('reads %s', (_case, value, expected) => {
    expect(parseCommentTime(value)).toBe(expected);
  });
});
