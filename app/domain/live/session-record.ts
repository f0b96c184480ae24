import type { LiveSessionDoc, RundownItem } from '../../db/schemas/live-sessions';
import type { HealthSummary } from './health-summary';
import { liveInvalid } from './live-error';

export interface NewSessionInput {
  id: string;
  title: string;
  rundown: readonly RundownItem[];
}

/** How long one product was on air, for the copilot's notes and the after-show insights. */
export interface ProductSpan {
  productId: string;
  from: number;
  to: number;
  ms: number;
}

export type EndPatch = Pick<LiveSessionDoc, 'status' | 'endedAt' | 'stats' | 'updatedAt'>;

/** A planned session; validate the rundown with validateRundown first, against the catalogue. */
export function newSession(input: NewSessionInput, now: number): LiveSessionDoc {
  return {
    id: input.id,
    title: input.title.trim(),
    status: 'planned',
    rundown: input.rundown.map(({ productId, plannedMinutes }) => ({ productId, plannedMinutes })),
    shown: [],
    startedAt: 0,
    endedAt: 0,
    stats: {},
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Each product shown, on air until the next one; the last until the session ended, or until `now` while
 * it is live. A product shown twice yields two spans.
 */
export function productSpans(
  session: Pick<LiveSessionDoc, 'status' | 'shown' | 'endedAt'>,
  now: number,
): ProductSpan[] {
  const end = session.status === 'ended' ? session.endedAt : now;
  return session.shown.map(({ productId, at }, i) => {
    const to = session.shown[i + 1]?.at ?? end;
    return { productId, from: at, to, ms: Math.max(0, to - at) };
  });
}

/**
 * Ends a live session and files its stats: durationMs, productsShown (distinct products), segments (products
 * put on air, repeats included) and every field of the stream health summary under its own name.
 *
 * @throws AppError LIVE_INVALID {reason: 'notLive', status} unless the session is live.
 */
export function endSession(
  session: Pick<LiveSessionDoc, 'status' | 'shown' | 'startedAt'>,
  now: number,
  summary: HealthSummary,
): EndPatch {
  if (session.status !== 'live') {
    throw liveInvalid('notLive', 'Only a live session can be ended.', { status: session.status });
  }
  const stats: Record<string, number> = {
    ...summary,
    durationMs: Math.max(0, now - session.startedAt),
    productsShown: new Set(session.shown.map((entry) => entry.productId)).size,
    segments: session.shown.length,
  };
  return { status: 'ended', endedAt: now, stats, updatedAt: now };
}
