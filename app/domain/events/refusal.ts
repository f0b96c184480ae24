import { AppError } from '../../contract/errors';

/** Why an event rule said no; the UI maps each to a localized sentence and a next step. */
export type EventRefusalReason =
  | 'invalid'
  | 'already'
  | 'closed'
  | 'full'
  | 'notSignedUp'
  | 'checkedIn'
  | 'unreadable'
  | 'otherStore'
  | 'otherEvent'
  | 'forged'
  | 'unknown'
  | 'waitlist'
  | 'cancelled';

/** Every event refusal is EVENT_REFUSED with the reason in the details; the UI localizes per reason. */
export function eventRefused(
  reason: EventRefusalReason,
  message: string,
  details: Record<string, unknown> = {},
): AppError {
  return new AppError('EVENT_REFUSED', message, { reason, ...details });
}
