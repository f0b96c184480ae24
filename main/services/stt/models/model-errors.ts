import { AppError } from '../../../../app/contract/errors';
import type { SttModelId } from '../../../../app/contract/stt-schemas';

export type NoModelReason = 'noActive' | 'notReady';
export type ModelInvalidReason =
  'missing' | 'empty' | 'notGgml' | 'checksum' | 'size' | 'unreadable' | 'unknown';
export type DownloadFailedReason = 'http' | 'network' | 'stalled' | 'disk';

type Details = Record<string, unknown>;

/** The "no speech model yet — captions are off" state, as an error for commands that need a model. */
export function noModel(reason: NoModelReason, id: SttModelId | null): AppError {
  return new AppError('STT_NO_MODEL', 'No speech model is ready yet: captions are off', { reason, id });
}

export function modelInvalid(reason: ModelInvalidReason, message: string, details: Details = {}): AppError {
  return new AppError('STT_MODEL_INVALID', message, { ...details, reason });
}

export function downloadFailed(
  reason: DownloadFailedReason,
  message: string,
  details: Details = {},
): AppError {
  return new AppError('STT_DOWNLOAD_FAILED', message, { ...details, reason });
}
