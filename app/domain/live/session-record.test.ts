import { describe, expect, it } from 'vitest';
import type { HealthSummary } from './health-summary';
import { endSession, newSession, productSpans } from './session-record';
import { minute, refusalOf, rundownOf, session, shownAt, t0 } from './test-support';

const at = (minutes: number) => t0 + minutes * minute;

const summary: HealthSummary = {
  samples: 600,
  avgFps: 29.5,
  minFps: 21,
  maxCpu: 77,
  avgCpu: 41,
  maxDroppedPercent: 3.2,
  maxRenderSkippedPercent: 0.4,
  maxOutputSkippedPercent: 1.1,
  avgBitrateKbps: 2480,
  alertCount: 4,
};

describe('newSession', () => {
  it('plans a session with nothing shown and its own copy of the rundown', () => {
    const rundown = rundownOf(['apple', 10], ['banana', 5]);
    const doc = newSession({ id: 'live-9', title: '  周五晚上水果专场 ', rundown }, t0);
    expect(doc).toEqual({
      id: 'live-9',
      title: '周五晚上水果专场',
      status: 'planned',
      rundown,
      shown: [],
      startedAt: 0,
      endedAt: 0,
      stats: {},
      createdAt: t0,
      updatedAt: t0,
    });
    expect(doc.rundown[0]).not.toBe(rundown[0]);
  });
});

describe('productSpans', () => {
  const shown = shownAt(['apple', 0], ['banana', 10], ['apple', 15]);

  it('runs each product until the next and the last until now while live', () => {
    expect(productSpans(session({ shown }), at(20))).toEqual([
      { productId: 'apple', from: at(0), to: at(10), ms: 10 * minute },
      { productId: 'banana', from: at(10), to: at(15), ms: 5 * minute },
      { productId: 'apple', from: at(15), to: at(20), ms: 5 * minute },
    ]);
  });

  it('runs the last product until the session ended', () => {
    const spans = productSpans(session({ status: 'ended', shown, endedAt: at(18) }), at(90));
    expect(spans.at(-1)).toEqual({ productId: 'apple', from: at(15), to: at(18), ms: 3 * minute });
  });

  it('is empty before anything is shown', () => {
    expect(productSpans(session({ status: 'planned' }), at(5))).toEqual([]);
  });
});

describe('endSession', () => {
  it('files the duration, products and health summary as flat stats', () => {
    const live = session({ shown: shownAt(['apple', 0], ['banana', 10], ['apple', 15]) });
    expect(endSession(live, at(25), summary)).toEqual({
      status: 'ended',
      endedAt: at(25),
      updatedAt: at(25),
      stats: { ...summary, durationMs: 25 * minute, productsShown: 2, segments: 3 },
    });
  });

  it.each(['planned', 'ended'] as const)('refuses a %s session', (status) => {
    expect(refusalOf(() => endSession(session({ status }), at(25), summary))).toEqual({
      reason: 'notLive',
      status,
    });
  });
});
