import { describe, expect, it } from 'vitest';
import type { Comment } from '../../contract/comments';
import { CommentSequencer } from './sequencer';

const t0 = 1_746_100_000_000;

function comment(id: string, at: number, extra: Partial<Comment> = {}): Comment {
  return {
    id,
    platform: 'douyin',
    userId: `u-${id}`,
    nickname: id,
    text: `text ${id}`,
    at,
    seq: null,
    source: 'ingest',
    truncated: false,
    collapsed: false,
    ...extra,
  };
}

const ids = (comments: readonly Comment[]) => comments.map((c) => c.id);

describe('CommentSequencer', () => {
  it('holds comments and releases them in time order, a slightly late post included', () => {
    const sequencer = new CommentSequencer({ holdMs: 1500 });
    sequencer.push(comment('b', t0 + 200), t0 + 200);
    sequencer.push(comment('c', t0 + 400), t0 + 400);
    sequencer.push(comment('a', t0 + 100), t0 + 900);
    expect(sequencer.drain(t0 + 1000).comments).toEqual([]);
    expect(ids(sequencer.drain(t0 + 1700).comments)).toEqual(['a', 'b']);
    expect(ids(sequencer.drain(t0 + 1900).comments)).toEqual(['c']);
    expect(sequencer.stats().outOfOrder).toBe(0);
  });

  it('releases an earlier comment with a later one whose hold is over', () => {
    const sequencer = new CommentSequencer({ holdMs: 1000 });
    sequencer.push(comment('late-sender', t0 + 500), t0);
    sequencer.push(comment('early', t0 + 100), t0 + 900);
    expect(ids(sequencer.drain(t0 + 1000).comments)).toEqual(['early', 'late-sender']);
  });

  it('passes a comment that arrives after the hold on, counted as out of order', () => {
    const sequencer = new CommentSequencer({ holdMs: 100 });
    sequencer.push(comment('b', t0 + 50), t0);
    expect(ids(sequencer.drain(t0 + 100).comments)).toEqual(['b']);
    sequencer.push(comment('a', t0), t0 + 200);
    expect(ids(sequencer.drain(t0 + 300).comments)).toEqual(['a']);
    expect(sequencer.stats()).toMatchObject({ received: 2, outOfOrder: 1 });
  });

  it('drops duplicate ids and counts them per platform', () => {
    const sequencer = new CommentSequencer({ holdMs: 0 });
    expect(sequencer.push(comment('x', t0), t0)).toBe('accepted');
    expect(sequencer.push(comment('x', t0), t0)).toBe('duplicate');
    sequencer.push(comment('y', t0, { platform: 'kuaishou' }), t0);
    expect(ids(sequencer.drain(t0).comments)).toEqual(['x', 'y']);
    expect(sequencer.stats()).toEqual({
      received: 3,
      duplicates: 1,
      gaps: 0,
      outOfOrder: 0,
      byPlatform: {
        douyin: { received: 2, duplicates: 1, gaps: 0, outOfOrder: 0 },
        kuaishou: { received: 1, duplicates: 0, gaps: 0, outOfOrder: 0 },
      },
    });
  });

  it('remembers a bounded window of ids', () => {
    const sequencer = new CommentSequencer({ holdMs: 0, dedupeWindow: 3 });
    for (const id of ['a', 'b', 'c', 'd']) sequencer.push(comment(id, t0), t0);
    expect(sequencer.push(comment('a', t0), t0)).toBe('accepted');
    expect(sequencer.push(comment('d', t0), t0)).toBe('duplicate');
  });

  it('reports skipped running numbers per platform, and un-counts one that arrives late', () => {
    const sequencer = new CommentSequencer({ holdMs: 0 });
    const push = (id: string, seq: number, platform = 'douyin') =>
      sequencer.push(comment(id, t0 + seq, { seq, platform }), t0);
    push('1', 1);
    push('2', 2);
    push('5', 5);
    push('k1', 10, 'kuaishou');
    push('k3', 12, 'kuaishou');
    expect(sequencer.drain(t0).gaps).toEqual([
      { platform: 'douyin', fromSeq: 3, toSeq: 4 },
      { platform: 'kuaishou', fromSeq: 11, toSeq: 11 },
    ]);
    expect(sequencer.stats().byPlatform['douyin']?.gaps).toBe(2);
    push('3', 3);
    expect(sequencer.stats()).toMatchObject({ gaps: 2, byPlatform: { douyin: { gaps: 1 } } });
    expect(sequencer.drain(t0).gaps).toEqual([]);
  });

  it('takes a restarted numbering as a new start, not as a gap', () => {
    const sequencer = new CommentSequencer({ holdMs: 0 });
    const push = (id: string, seq: number) => sequencer.push(comment(id, t0 + seq, { seq }), t0);
    push('a', 41);
    push('b', 42);
    push('c', 1);
    push('d', 2);
    push('e', 50_000);
    expect(sequencer.stats().gaps).toBe(0);
  });

  it('releases at most one batch per drain and keeps the rest in order', () => {
    const sequencer = new CommentSequencer({ holdMs: 0, maxBatch: 2 });
    for (const [index, id] of ['c', 'a', 'b'].entries())
      sequencer.push(comment(id, t0 + id.charCodeAt(0)), t0 + index);
    expect(ids(sequencer.drain(t0 + 10).comments)).toEqual(['a', 'b']);
    expect(ids(sequencer.drain(t0 + 10).comments)).toEqual(['c']);
  });

  it('has bounded room for waiting comments', () => {
    const sequencer = new CommentSequencer({ holdMs: 1000, maxPending: 2 });
    sequencer.push(comment('a', t0), t0);
    expect(sequencer.room()).toBe(1);
    sequencer.push(comment('b', t0), t0);
    expect(sequencer.room()).toBe(0);
    sequencer.drain(t0 + 1000);
    expect(sequencer.room()).toBe(2);
  });
});
