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

/**
 * Events have no error code of their own yet, so refusals ride on ORDER_INVALID with the reason in the
 * details. Every refusal is built here, so moving to a dedicated code is a one-line change.
 */
export function eventRefused(
  reason: EventRefusalReason,
  message: string,
  details: Record<string, unknown> = {},
): AppError {
  return new AppError('ORDER_INVALID', message, { reason, ...details });
}
