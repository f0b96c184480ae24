import { z } from 'zod';

/**
 * Every error that crosses a boundary carries one of these codes. The renderer shows a localized message
 * per code (`errors.<code>` in the i18n catalogues); `message` is the English fallback for logs.
 */
export const errorCodes = [
  'RPC_BAD_ENVELOPE',
  'RPC_UNKNOWN_METHOD',
  'RPC_BAD_PARAMS',
  'RPC_BAD_RESULT',
  'RPC_UNAUTHORIZED',
  'RPC_TIMEOUT',
  'RPC_DISCONNECTED',
  'DB_VALIDATION',
  'DB_CONFLICT',
  'DB_TOO_MANY_COLLECTIONS',
  'DB_FAILED',
  'INTERNAL',
  'ORDER_ILLEGAL_TRANSITION',
  'ORDER_INVALID',
  'STOCK_INSUFFICIENT',
  'CAMPAIGN_LIMIT',
  'PICKUP_CODE_INVALID',
  'PICKUP_CODE_OTHER_STORE',
  'PICKUP_ALREADY_DONE',
  'PICKUP_UNDO_EXPIRED',
  'IMPORT_INVALID',
  'CAMPAIGN_INVALID',
  'EVENT_REFUSED',
  'OBS_NOT_CONFIGURED',
  'OBS_NOT_RUNNING',
  'OBS_AUTH_FAILED',
  'OBS_VERSION_UNSUPPORTED',
  'OBS_NOT_CONNECTED',
  'OBS_TIMEOUT',
  'OBS_REQUEST_FAILED',
  'OBS_UNAVAILABLE',
  'LIVE_INVALID',
  'STT_NO_ENGINE',
  'STT_NO_MODEL',
  'STT_MODEL_INVALID',
  'STT_DOWNLOAD_FAILED',
  'STT_AUDIO_INVALID',
  'STT_STREAM_UNKNOWN',
  'STT_ENGINE_FAILED',
  'AI_OFF',
  'AI_UNAVAILABLE',
  'AI_TIMEOUT',
  'AI_BAD_OUTPUT',
  'AI_CANCELLED',
  'COMMENTS_INVALID',
  'COMMENTS_UNAUTHORIZED',
  'COMMENTS_TOO_LARGE',
  'COMMENTS_BUSY',
  'COMMENTS_INGEST_FAILED',
  'COMMENTS_REHEARSAL_UNKNOWN',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const errorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string().max(2000),
  details: z.record(z.string(), z.unknown()).optional(),
});

export type ErrorData = z.infer<typeof errorSchema>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toData(): ErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static fromData(data: ErrorData): AppError {
    return new AppError(data.code, data.message, data.details);
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** Normalizes anything thrown into an AppError without leaking stacks across a boundary. */
export function toAppError(value: unknown): AppError {
  if (value instanceof AppError) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new AppError('INTERNAL', message);
}
