import type { LiveSessionDoc, RundownItem } from '../../db/schemas/live-sessions';
import { currentPosition, positionsOf, type RundownState } from './rundown';

const minuteMs = 60_000;
/** How long before its planned end a segment turns 'due', so the host can wrap up on time. */
export const dueWindowMs = 60_000;

export type TimedSession = RundownState & Pick<LiveSessionDoc, 'status' | 'startedAt' | 'endedAt'>;

export interface SegmentTiming {
  /** Rundown index of the segment, -1 for a product shown off the rundown. */
  index: number;
  productId: string;
  startedAt: number;
  elapsedMs: number;
  /** 0 for a product off the rundown: all of its time is unplanned. */
  plannedMs: number;
  /** Negative once the segment runs over. */
  remainingMs: number;
  /** How far past the planned time, never negative. */
  overMs: number;
  state: 'under' | 'due' | 'over';
}

export interface ShowTiming {
  /** The whole rundown's planned time. */
  plannedMs: number;
  /** Time since the first product went on air; 0 before. */
  elapsedMs: number;
  /** When the show ends if the rest goes to plan; the actual end once it has ended. */
  projectedEndAt: number;
  /** Positive when running late; see showTiming. */
  driftMs: number;
}

/** Time stops when the show ends, so an ended session reads the same whenever it is opened. */
const clockOf = (session: TimedSession, now: number): number =>
  session.status === 'ended' ? session.endedAt : now;

const plannedMsOf = (item: RundownItem | undefined): number => (item ? item.plannedMinutes * minuteMs : 0);

const sumPlanned = (items: readonly RundownItem[]): number =>
  items.reduce((sum, item) => sum + plannedMsOf(item), 0);

function stateOf(remainingMs: number): SegmentTiming['state'] {
  if (remainingMs < 0) return 'over';
  return remainingMs <= dueWindowMs ? 'due' : 'under';
}

/** How the segment on air is doing against its planned minutes; null before anything is shown. */
export function segmentTiming(session: TimedSession, now: number): SegmentTiming | null {
  const last = session.shown.at(-1);
  if (!last) return null;
  const index = currentPosition(session);
  const elapsedMs = Math.max(0, clockOf(session, now) - last.at);
  const plannedMs = index >= 0 ? plannedMsOf(session.rundown[index]) : 0;
  const remainingMs = plannedMs - elapsedMs;
  return {
    index,
    productId: last.productId,
    startedAt: last.at,
    elapsedMs,
    plannedMs,
    remainingMs,
    overMs: Math.max(0, -remainingMs),
    state: stateOf(remainingMs),
  };
}

/**
 * Whole-show figures for the host's clock.
 *
 * driftMs = (start of the current segment − startedAt) − the planned time of the rundown items before the
 * current position: how much later than planned the segment on air began. It is fixed while a segment runs,
 * so the host is not nagged second by second; the current segment's own overrun shows in segmentTiming.
 * Skipped items count as done, so jumping ahead reads as time gained. While an off-rundown product is on air
 * the items up to the last rundown segment reached count as done. 0 before anything is shown.
 *
 * projectedEndAt = now + what remains of the current segment (never below 0) + the planned time of the
 * rundown items after it.
 */
export function showTiming(session: TimedSession, now: number): ShowTiming {
  const plannedMs = sumPlanned(session.rundown);
  const elapsedMs = session.startedAt === 0 ? 0 : Math.max(0, clockOf(session, now) - session.startedAt);
  const segment = segmentTiming(session, now);
  if (!segment) {
    const projectedEndAt = session.status === 'ended' ? session.endedAt : now + plannedMs;
    return { plannedMs, elapsedMs, projectedEndAt, driftMs: 0 };
  }
  const { current, anchor } = positionsOf(session);
  const done = current >= 0 ? current : anchor + 1;
  const driftMs = segment.startedAt - session.startedAt - sumPlanned(session.rundown.slice(0, done));
  const remainingMs = Math.max(segment.remainingMs, 0) + sumPlanned(session.rundown.slice(anchor + 1));
  const projectedEndAt = session.status === 'ended' ? session.endedAt : now + remainingMs;
  return { plannedMs, elapsedMs, projectedEndAt, driftMs };
}
