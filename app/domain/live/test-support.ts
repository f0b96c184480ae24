import { expect } from 'vitest';
import { AppError } from '../../contract/errors';
import type { LiveSessionDoc, RundownItem } from '../../db/schemas/live-sessions';
import type { ObsStatsSample } from './health';

export const minute = 60_000;
export const t0 = Date.UTC(2026, 10, 25, 12);

/** A rundown from [productId, plannedMinutes] pairs. */
export const rundownOf = (...items: [string, number][]): RundownItem[] =>
  items.map(([productId, plannedMinutes]) => ({ productId, plannedMinutes }));

/** Products shown at the given minutes after t0, in order. */
export const shownAt = (...entries: [string, number][]) =>
  entries.map(([productId, minutes]) => ({ productId, at: t0 + minutes * minute }));

export const session = (patch: Partial<LiveSessionDoc> = {}): LiveSessionDoc => ({
  id: 'live-1',
  title: '周五晚上水果专场',
  status: 'live',
  rundown: rundownOf(['apple', 10], ['banana', 5], ['cherry', 2]),
  shown: [],
  startedAt: t0,
  endedAt: 0,
  stats: {},
  createdAt: t0 - 60 * minute,
  updatedAt: t0,
  ...patch,
});

/** The details of the AppError thrown by `run`, failing the test if it throws anything else or nothing. */
export function refusalOf(run: () => unknown): Record<string, unknown> | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('LIVE_INVALID');
    return (error as AppError).details;
  }
  throw new Error('expected LIVE_INVALID to be thrown');
}

export const sample = (patch: Partial<ObsStatsSample> = {}): ObsStatsSample => ({
  at: t0,
  cpuUsage: 20,
  memoryUsageMb: 800,
  activeFps: 30,
  targetFps: 30,
  availableDiskSpaceMb: 50_000,
  renderSkippedFrames: 0,
  renderTotalFrames: 0,
  outputSkippedFrames: 0,
  outputTotalFrames: 0,
  stream: { active: true, bytes: 0, skippedFrames: 0, totalFrames: 0 },
  record: null,
  ...patch,
});
