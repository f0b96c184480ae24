import { AppError } from '../../contract/errors';
import { shanghaiDay, shanghaiDayStart } from '../orders/shanghai-day';

/** At most `max` broadcasts to one member within `perDays` calendar days (Asia/Shanghai), today included. */
export interface FrequencyCap {
  perDays: number;
  max: number;
}

/**
 * One a day per member: WeCom allows each customer one enterprise broadcast (群发) a day, and neighbours
 * messaged more often from a personal WeChat mute or report the owner, so personal accounts keep that pace.
 */
export const defaultFrequencyCap: FrequencyCap = { perDays: 1, max: 1 };

/** A member who was sent a broadcast, and when. Built from sent records (see `sentLog`). */
export interface SentLogEntry {
  memberId: string;
  at: number;
}

export interface CappedMember {
  memberId: string;
  reason: 'frequencyCap';
  /** Broadcasts already sent to this member within the window. */
  sent: number;
  /** The first instant (start of a Shanghai day) at which this member may be sent one again. */
  nextAllowedAt: number;
}

export interface CapResult<M> {
  allowed: M[];
  capped: CappedMember[];
}

export function isValidCap(cap: FrequencyCap): boolean {
  return Number.isInteger(cap.perDays) && cap.perDays >= 1 && Number.isInteger(cap.max) && cap.max >= 1;
}

/**
 * Days of the sends that fall in the window ending today, oldest first. Sends dated after today (a
 * device clock running ahead) are left out rather than blocking the member for days.
 */
function daysInWindow(log: readonly SentLogEntry[], today: number, perDays: number): Map<string, number[]> {
  const byMember = new Map<string, number[]>();
  for (const entry of log) {
    const day = shanghaiDay(entry.at);
    if (day > today || today - day >= perDays) continue;
    const days = byMember.get(entry.memberId);
    if (days === undefined) byMember.set(entry.memberId, [day]);
    else days.push(day);
  }
  for (const days of byMember.values()) days.sort((a, b) => a - b);
  return byMember;
}

/**
 * Splits recipients into those who may get one more broadcast now and those already at the cap. The
 * window is counted in Shanghai calendar days, not 24-hour spans: a message at 23:50 and one at 00:10
 * the next morning are on two days, as WeCom counts them. Recipients keep their order; duplicates count once.
 */
export function applyCap<M extends { id: string }>(
  recipients: readonly M[],
  sentLog: readonly SentLogEntry[],
  cap: FrequencyCap,
  now: number,
): CapResult<M> {
  // A zero or fractional window would let everyone through silently, so a bad setting is a bug to surface.
  if (!isValidCap(cap)) throw new AppError('INTERNAL', 'Invalid broadcast frequency cap', { ...cap });
  const today = shanghaiDay(now);
  const sentDays = daysInWindow(sentLog, today, cap.perDays);
  const seen = new Set<string>();
  const allowed: M[] = [];
  const capped: CappedMember[] = [];
  for (const member of recipients) {
    if (seen.has(member.id)) continue;
    seen.add(member.id);
    const days = sentDays.get(member.id) ?? [];
    if (days.length < cap.max) {
      allowed.push(member);
      continue;
    }
    // Once the send `max` places from the newest leaves the window, one fewer than max remain in it.
    const freeing = days[days.length - cap.max] ?? today;
    capped.push({
      memberId: member.id,
      reason: 'frequencyCap',
      sent: days.length,
      nextAllowedAt: shanghaiDayStart(freeing + cap.perDays),
    });
  }
  return { allowed, capped };
}
