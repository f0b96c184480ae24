import { z } from 'zod';
import { commentLimits, type Comment, type CommentSource } from '../../contract/comments';
import { capLength, cleanText, collapseEmojiFloods } from './clean-text';
import { stableId } from './comment-id';
import { parseCommentTime } from './comment-time';

/** Platforms send message and user ids as strings or as (64-bit) numbers; both are kept as text. */
const idText = z.union([z.string().max(256), z.number().int().nonnegative()]).transform(String);

/**
 * One comment as a bridge posts it. Unknown fields (avatars, badges) are ignored; lengths beyond the
 * stored limits are cut during normalization, not refused, so a flood still arrives.
 */
export const CommentSchema = z.object({
  /** The platform's message id; without one, an id is derived from platform, user, time and text. */
  id: idText.optional(),
  platform: z.string().trim().min(1).max(commentLimits.platform),
  userId: idText,
  nickname: z.string().max(10_000),
  text: z.string(),
  /** Epoch ms (or seconds), or an ISO 8601 date-time. */
  time: z.union([z.number(), z.string().max(64)]),
  /** The bridge's running number for this platform, to reveal comments it lost. */
  seq: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
});
export type IncomingComment = z.input<typeof CommentSchema>;
export type ParsedComment = z.output<typeof CommentSchema>;

export type CommentRejection = 'noText' | 'noUser' | 'badTime';

export interface NormalizeContext {
  source: CommentSource;
  /** The receiving clock (epoch ms): times further ahead than a clock skew allows are set to it. */
  now: number;
  /** For a comment without a time (an imported line): its place in the log, and the time to give it. */
  untimed?: { key: string; at: number };
}

/** A bridge's clock may run ahead of ours; a minute covers that without letting one comment jump the queue. */
const maxClockAheadMs = 60_000;
/** Work on at most this much of a comment: far more than is kept, enough for a flood to collapse first. */
const maxRawText = commentLimits.text * 20;

function userKey(raw: string): string {
  const userId = cleanText(raw);
  return userId.length <= commentLimits.userId ? userId : `h:${stableId('user', userId)}`;
}

/** Validated fields → the stored shape: clean one-line text, collapsed floods, capped lengths, a stable id. */
export function normalizeComment(
  input: Omit<ParsedComment, 'time'> & { time?: ParsedComment['time'] },
  context: NormalizeContext,
): { ok: true; comment: Comment } | { ok: false; reason: CommentRejection } {
  const platform = cleanText(input.platform).toLowerCase().slice(0, commentLimits.platform);
  const userId = userKey(input.userId);
  if (platform === '' || userId === '') return { ok: false, reason: 'noUser' };
  const flood = collapseEmojiFloods(cleanText(input.text.slice(0, maxRawText)));
  if (flood.text === '') return { ok: false, reason: 'noText' };
  const { text, truncated } = capLength(flood.text, commentLimits.text);
  const nickname = capLength(cleanText(input.nickname.slice(0, maxRawText)), commentLimits.nickname).text;

  const sent = input.time === undefined ? null : parseCommentTime(input.time);
  if (input.time !== undefined && sent === null) return { ok: false, reason: 'badTime' };
  const messageId = input.id === undefined ? '' : cleanText(input.id);
  const id =
    messageId !== ''
      ? stableId('message', platform, messageId)
      : stableId(
          'content',
          platform,
          userId,
          sent === null ? (context.untimed?.key ?? '') : String(sent),
          text,
        );
  const wanted = sent ?? context.untimed?.at ?? context.now;
  const at = wanted > context.now + maxClockAheadMs ? context.now : wanted;
  return {
    ok: true,
    comment: {
      id,
      platform,
      userId,
      nickname: nickname === '' ? userId.slice(0, commentLimits.nickname) : nickname,
      text,
      at,
      seq: input.seq ?? null,
      source: context.source,
      truncated,
      collapsed: flood.collapsed,
    },
  };
}
