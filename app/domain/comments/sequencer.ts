import {
  maxCommentBatch,
  type Comment,
  type CommentCounts,
  type CommentStats,
  type SeqGap,
} from '../../contract/comments';
import { IdWindow } from './id-window';
import { SeqTracker } from './seq-tracker';

export interface SequencerOptions {
  /** How long a comment waits for slightly later posts that belong before it. */
  holdMs: number;
  /** How many recent ids are remembered to drop duplicates. */
  dedupeWindow: number;
  /** Comments waiting at most; a bridge that outruns this is asked to slow down. */
  maxPending: number;
  maxBatch: number;
  /** Platforms counted one by one; more than this (a misbehaving bridge) share one bucket. */
  maxPlatforms: number;
}

export const defaultSequencerOptions: SequencerOptions = {
  holdMs: 1500,
  dedupeWindow: 10_000,
  maxPending: 20_000,
  maxBatch: maxCommentBatch,
  maxPlatforms: 50,
};

const otherPlatforms = '*';
const maxGapsPerDrain = 100;

interface Pending {
  comment: Comment;
  readyAt: number;
  order: number;
}

export interface Drained {
  comments: Comment[];
  gaps: SeqGap[];
}

const byTime = (a: Pending, b: Pending) => a.comment.at - b.comment.at || a.order - b.order;

/**
 * Turns comments as they arrive into comments in time order: drops ids seen recently, holds each one for
 * `holdMs` so a slightly late post still lands before later ones, and counts per platform what arrived,
 * what repeated, what came out of order and which running numbers the bridge skipped. Pure: the caller
 * passes the clock.
 */
export class CommentSequencer {
  private readonly options: SequencerOptions;
  private readonly seen: IdWindow;
  private readonly seqs = new SeqTracker();
  private readonly counts = new Map<string, CommentCounts>();
  private readonly lastReleased = new Map<string, number>();
  private pending: Pending[] = [];
  private gaps: SeqGap[] = [];
  private order = 0;

  constructor(options: Partial<SequencerOptions> = {}) {
    this.options = { ...defaultSequencerOptions, ...options };
    this.seen = new IdWindow(this.options.dedupeWindow);
  }

  /** How many more comments may wait before the sequencer is full. */
  room(): number {
    return Math.max(0, this.options.maxPending - this.pending.length);
  }

  push(comment: Comment, now: number): 'accepted' | 'duplicate' {
    const key = this.bucket(comment.platform);
    const counts = this.countsFor(key);
    counts.received += 1;
    if (this.seen.has(comment.id)) {
      counts.duplicates += 1;
      return 'duplicate';
    }
    this.seen.add(comment.id);
    if (comment.seq !== null && key !== otherPlatforms) {
      const observed = this.seqs.observe(key, comment.seq);
      if (observed.kind === 'gap') {
        counts.gaps += observed.gap.toSeq - observed.gap.fromSeq + 1;
        if (this.gaps.length < maxGapsPerDrain) this.gaps.push(observed.gap);
      } else if (observed.kind === 'filled') counts.gaps = Math.max(0, counts.gaps - 1);
    }
    this.pending.push({ comment, readyAt: now + this.options.holdMs, order: this.order++ });
    return 'accepted';
  }

  /**
   * The comments whose hold is over, in time order, together with everything earlier that is still
   * waiting (nothing can come before those any more than before the ones released), and the gaps found
   * since the last drain.
   */
  drain(now: number): Drained {
    let watermark = -Infinity;
    for (const entry of this.pending)
      if (entry.readyAt <= now && entry.comment.at > watermark) watermark = entry.comment.at;
    const gaps = this.gaps;
    this.gaps = [];
    if (watermark === -Infinity) return { comments: [], gaps };

    const ready = this.pending.filter((entry) => entry.comment.at <= watermark).sort(byTime);
    const released = new Set(ready.slice(0, this.options.maxBatch));
    this.pending = this.pending.filter((entry) => !released.has(entry));
    const comments = [...released].map((entry) => entry.comment);
    for (const comment of comments) this.noteOrder(comment);
    return { comments, gaps };
  }

  stats(): CommentStats {
    const total: CommentCounts = { received: 0, duplicates: 0, gaps: 0, outOfOrder: 0 };
    const byPlatform: Record<string, CommentCounts> = {};
    for (const [platform, counts] of this.counts) {
      byPlatform[platform] = { ...counts };
      total.received += counts.received;
      total.duplicates += counts.duplicates;
      total.gaps += counts.gaps;
      total.outOfOrder += counts.outOfOrder;
    }
    return { ...total, byPlatform };
  }

  private noteOrder(comment: Comment): void {
    const key = this.bucket(comment.platform);
    const last = this.lastReleased.get(key);
    if (last !== undefined && comment.at < last) this.countsFor(key).outOfOrder += 1;
    else this.lastReleased.set(key, comment.at);
  }

  private bucket(platform: string): string {
    return this.counts.has(platform) || this.counts.size < this.options.maxPlatforms
      ? platform
      : otherPlatforms;
  }

  private countsFor(key: string): CommentCounts {
    let counts = this.counts.get(key);
    if (!counts) {
      counts = { received: 0, duplicates: 0, gaps: 0, outOfOrder: 0 };
      this.counts.set(key, counts);
    }
    return counts;
  }
}
