import { AppError } from '../../contract/errors';

/** Why a live-session rule said no; the UI maps each to a localized sentence and a next step. */
export type LiveInvalidReason =
  'empty' | 'tooMany' | 'minutes' | 'product' | 'ended' | 'end' | 'shownFull' | 'notLive';

/** Every live-session refusal is LIVE_INVALID with the reason in the details, as the UI localizes per reason. */
export function liveInvalid(
  reason: LiveInvalidReason,
  message: string,
  details: Record<string, unknown> = {},
): AppError {
  return new AppError('LIVE_INVALID', message, { reason, ...details });
}
