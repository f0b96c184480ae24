import { describe, expect, it } from 'vitest';
import { rundownOf, minute, session, shownAt, t0 } from './test-support';
import { segmentTiming, showTiming } from './timing';

// Default rundown: apple 10 min, banana 5 min, cherry 2 min — 17 min planned.
const at = (minutes: number) => t0 + minutes * minute;

describe('segmentTiming', () => {
  it('is null before anything is shown', () => {
    expect(segmentTiming(session({ status: 'planned', startedAt: 0 }), at(5))).toBeNull();
  });

  it('reports a segment with time left', () => {
    expect(segmentTiming(session({ shown: shownAt(['apple', 0]) }), at(3))).toEqual({
      index: 0,
      productId: 'apple',
      startedAt: t0,
      elapsedMs: 3 * minute,
      plannedMs: 10 * minute,
      remainingMs: 7 * minute,
      overMs: 0,
      state: 'under',
    });
  });

  it.each<[string, number, 'under' | 'due' | 'over', number, number]>([
    ['just before the last minute', 9 * minute - 1, 'under', minute + 1, 0],
    ['at the start of the last minute', 9 * minute, 'due', minute, 0],
    ['exactly on time', 10 * minute, 'due', 0, 0],
    ['one ms past', 10 * minute + 1, 'over', -1, 1],
    ['two minutes past', 12 * minute, 'over', -2 * minute, 2 * minute],
  ])('is %s', (_case, elapsed, state, remainingMs, overMs) => {
    const timing = segmentTiming(session({ shown: shownAt(['apple', 0]) }), t0 + elapsed);
    expect(timing).toMatchObject({ state, remainingMs, overMs, elapsedMs: elapsed });
  });

  it('times the later slot of a repeated product against that slot', () => {
    const doc = session({
      rundown: rundownOf(['apple', 10], ['banana', 5], ['apple', 3]),
      shown: shownAt(['apple', 0], ['banana', 10], ['apple', 15]),
    });
    expect(segmentTiming(doc, at(16))).toMatchObject({ index: 2, plannedMs: 3 * minute, elapsedMs: minute });
  });

  it('counts all of an off-rundown product as over time', () => {
    const doc = session({ shown: shownAt(['apple', 0], ['durian', 2]) });
    expect(segmentTiming(doc, at(3))).toEqual({
      index: -1,
      productId: 'durian',
      startedAt: at(2),
      elapsedMs: minute,
      plannedMs: 0,
      remainingMs: -minute,
      overMs: minute,
      state: 'over',
    });
  });

  it('stops the clock when the session ends', () => {
    const doc = session({ status: 'ended', shown: shownAt(['apple', 0]), endedAt: at(4) });
    expect(segmentTiming(doc, at(100))).toMatchObject({ elapsedMs: 4 * minute, remainingMs: 6 * minute });
  });
});

describe('showTiming', () => {
  it('projects the whole rundown from now before the show starts', () => {
    expect(showTiming(session({ status: 'planned', startedAt: 0 }), at(-5))).toEqual({
      plannedMs: 17 * minute,
      elapsedMs: 0,
      projectedEndAt: at(12),
      driftMs: 0,
    });
  });

  it('reports a late start of the current segment as drift', () => {
    // banana began at 12 instead of 10; 3 of its 5 minutes and cherry's 2 are left.
    const doc = session({ shown: shownAt(['apple', 0], ['banana', 12]) });
    expect(showTiming(doc, at(14))).toEqual({
      plannedMs: 17 * minute,
      elapsedMs: 14 * minute,
      projectedEndAt: at(19),
      driftMs: 2 * minute,
    });
  });

  it('projects no time left for a segment that runs over', () => {
    const doc = session({ shown: shownAt(['apple', 0], ['banana', 12]) });
    expect(showTiming(doc, at(20))).toMatchObject({ projectedEndAt: at(22), driftMs: 2 * minute });
  });

  it('reads a jump ahead as time gained', () => {
    // cherry started at 5; apple and the skipped banana were planned for 15.
    const doc = session({ shown: shownAt(['apple', 0], ['cherry', 5]) });
    expect(showTiming(doc, at(6))).toMatchObject({ driftMs: -10 * minute, projectedEndAt: at(7) });
  });

  it('counts the rundown up to the last segment reached while an off-rundown product is on air', () => {
    // durian started at 11 after apple's 10 planned minutes; banana and cherry are still to come.
    const doc = session({ shown: shownAt(['apple', 0], ['durian', 11]) });
    expect(showTiming(doc, at(12))).toMatchObject({ driftMs: minute, projectedEndAt: at(19) });
  });

  it('measures a repeated product against the rundown before its later slot', () => {
    const doc = session({
      rundown: rundownOf(['apple', 10], ['banana', 5], ['apple', 3]),
      shown: shownAt(['apple', 0], ['banana', 10], ['apple', 16]),
    });
    expect(showTiming(doc, at(17))).toMatchObject({ driftMs: minute, projectedEndAt: at(19) });
  });

  it('ends at endedAt once the session has ended', () => {
    const doc = session({ status: 'ended', shown: shownAt(['apple', 0], ['banana', 11]), endedAt: at(16) });
    expect(showTiming(doc, at(90))).toEqual({
      plannedMs: 17 * minute,
      elapsedMs: 16 * minute,
      projectedEndAt: at(16),
      driftMs: minute,
    });
  });
});
