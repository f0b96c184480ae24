import { z } from 'zod';
import { command, event } from './define';

/**
 * The longest each field may be once normalized. Text, nickname, user id and platform match the renderer's
 * liveFeed schema, where every comment ends up (a test keeps the two in step).
 */
export const commentLimits = { id: 64, platform: 32, userId: 64, nickname: 60, text: 5000 } as const;

/** Where a comment came from: a platform bridge, a pasted or opened log, or the rehearsal audience. */
export const commentSources = ['ingest', 'import', 'rehearsal'] as const;
export type CommentSource = (typeof commentSources)[number];

export const commentSchema = z.object({
  /**
   * Stable: derived from the platform's message id, or (without one) from platform, user, time and text,
   * so a re-posted comment gets the same id. Unique within a live; the renderer scopes it by session.
   */
  id: z.string().min(1).max(commentLimits.id),
  platform: z.string().min(1).max(commentLimits.platform),
  userId: z.string().min(1).max(commentLimits.userId),
  nickname: z.string().min(1).max(commentLimits.nickname),
  text: z.string().min(1).max(commentLimits.text),
  /** When the viewer sent it (epoch ms). */
  at: z.number().int().nonnegative(),
  /** The bridge's running number for its platform, when it sends one. */
  seq: z.number().int().nonnegative().nullable(),
  source: z.enum(commentSources),
  /** The text was longer than a stored comment may be and was cut (ending in …). */
  truncated: z.boolean(),
  /** An emoji or sticker flood was shortened. */
  collapsed: z.boolean(),
});
export type Comment = z.infer<typeof commentSchema>;

const counter = z.number().int().nonnegative();

export const commentCountsSchema = z.object({
  /** Valid comments that arrived, duplicates included. */
  received: counter,
  /** Comments dropped because one with the same id had already arrived. */
  duplicates: counter,
  /** Running numbers (`seq`) the bridge skipped and never sent since. */
  gaps: counter,
  /** Comments passed on after a later one, because they arrived after the reordering hold. */
  outOfOrder: counter,
});
export type CommentCounts = z.infer<typeof commentCountsSchema>;

export const commentStatsSchema = commentCountsSchema.extend({
  byPlatform: z.record(z.string(), commentCountsSchema),
});
export type CommentStats = z.infer<typeof commentStatsSchema>;

/** Running numbers a bridge skipped, `fromSeq` to `toSeq` inclusive. */
export const seqGapSchema = z.object({ platform: z.string(), fromSeq: counter, toSeq: counter });
export type SeqGap = z.infer<typeof seqGapSchema>;

/** Comments per `comments.received` event; a flood arrives as several events, at most 10 a second. */
export const maxCommentBatch = 500;

export const ingestInfoSchema = z.object({
  enabled: z.boolean(),
  /** True while the endpoint accepts posts; false when disabled or when the port could not be opened. */
  listening: z.boolean(),
  port: z.number().int(),
  /** `http://127.0.0.1:<port>/comments` — always loopback, never reachable from another machine. */
  url: z.string(),
  wsUrl: z.string(),
  /** What bridges on this machine must send (Bearer header, `?token=` or the first WebSocket message). */
  token: z.string(),
  /** Why an enabled endpoint is not listening. */
  problem: z.enum(['portInUse', 'failed']).nullable(),
});
export type IngestInfo = z.infer<typeof ingestInfoSchema>;

export const importFormats = ['tsv', 'csv', 'jsonl', 'auto'] as const;
export const importSkipReasons = [
  'noSeparator',
  'noText',
  'badJson',
  'invalid',
  'badTime',
  'duplicate',
  'tooMany',
] as const;
export type ImportSkipReason = (typeof importSkipReasons)[number];
export const maxImportComments = 10_000;
export const maxImportSkipped = 1000;

export const importResultSchema = z.object({
  /** In time order; lines without a time keep their place in the file. */
  comments: z.array(commentSchema).max(maxImportComments),
  /** Lines (rows for CSV, from 1) that gave no comment, with why; the first 1000. */
  skipped: z.array(z.object({ line: counter, reason: z.enum(importSkipReasons) })).max(maxImportSkipped),
  skippedTotal: counter,
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const rehearsalLineSchema = z.object({
  /** Pause before this line at 1× speed. */
  afterMs: z.number().int().min(0).max(600_000).default(2000),
  nickname: z.string().trim().min(1).max(commentLimits.nickname),
  text: z.string().trim().min(1).max(500),
});
export type RehearsalLine = z.output<typeof rehearsalLineSchema>;

const speed = z.number().min(0.25).max(8);

export const rehearsalStateSchema = z.object({
  rehearsalId: z.string(),
  state: z.enum(['playing', 'finished', 'stopped']),
  speed,
  loop: z.boolean(),
  /** Lines played in the current round, out of `total`. */
  played: counter,
  total: counter,
  rounds: counter,
});
export type RehearsalState = z.infer<typeof rehearsalStateSchema>;

const none = z.object({}).strict();
const rehearsalId = z.string().min(1).max(64);

/**
 * Live comments coming in: a loopback endpoint platform bridges post to (see main/services/comments/
 * INGEST.md), pasted or opened comment logs, and a rehearsal audience. Every comment is validated,
 * normalized, deduplicated by id and put in time order before it reaches the renderer.
 */
export const commentsCommands = {
  /** The ingest endpoint's state, addresses and token. Raises nothing. */
  'comments.getIngest': command(none, ingestInfoSchema),
  /**
   * Opens or closes the ingest endpoint (and moves it to `port`). Raises COMMENTS_INGEST_FAILED
   * (`details.reason` portInUse or failed) when the port cannot be opened; the settings stay as they were.
   */
  'comments.setIngest': command(
    z.object({ enabled: z.boolean(), port: z.number().int().min(1024).max(65535).optional() }).strict(),
    ingestInfoSchema,
  ),
  /**
   * Reads a pasted or opened comment log: `nickname<TAB>text[<TAB>time]` lines, WeChat-style `昵称：内容`
   * lines (optionally after a time), CSV with a header row, or one JSON comment per line. Lines without a
   * time are placed after the previous line, starting at `startAt` (default: now). Raises nothing; lines
   * that give no comment are listed under `skipped`.
   */
  'comments.importLog': command(
    z
      .object({
        text: z.string().max(1_000_000),
        format: z.enum(importFormats).default('auto'),
        platform: z.string().trim().min(1).max(commentLimits.platform).default('import'),
        startAt: z.number().int().nonnegative().optional(),
      })
      .strict(),
    importResultSchema,
  ),
  /**
   * Plays a scripted audience (the bundled one, or the given lines) as live comments from platform
   * `rehearsal`, for practice and demos. Stops a rehearsal already playing. Raises nothing.
   */
  'comments.startRehearsal': command(
    z
      .object({
        script: z.union([z.literal('default'), z.array(rehearsalLineSchema).min(1).max(2000)]),
        speed: speed.default(1),
        loop: z.boolean().default(false),
      })
      .strict(),
    rehearsalStateSchema,
  ),
  /** Stops the rehearsal (a finished or stopped one is left as it is). Raises COMMENTS_REHEARSAL_UNKNOWN. */
  'comments.stopRehearsal': command(z.object({ rehearsalId }).strict(), rehearsalStateSchema),
  /** Changes the pace from the next line on. Raises COMMENTS_REHEARSAL_UNKNOWN. */
  'comments.setRehearsalSpeed': command(z.object({ rehearsalId, speed }).strict(), rehearsalStateSchema),
};

export const commentsEvents = {
  /**
   * New comments in time order (at most 10 events a second), the gaps the bridges' running numbers show
   * since the last event, and the running totals.
   */
  'comments.received': event(
    z.object({
      comments: z.array(commentSchema).max(maxCommentBatch),
      gaps: z.array(seqGapSchema).max(100),
      stats: commentStatsSchema,
    }),
  ),
  /** A rehearsal started, changed speed, finished or stopped. */
  'comments.rehearsalChanged': event(rehearsalStateSchema),
};
