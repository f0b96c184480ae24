import { AppError } from '../../../../app/contract/errors';

/**
 * Why audio was refused: `gap` a frame out of order, `format` bytes that are not 16-bit PCM, `notAudio` a
 * file that is no sound format, `needsFfmpeg` MP3/M4A without ffmpeg installed, `decode` ffmpeg gave up on
 * it, `unreadable` the file cannot be opened.
 */
export type AudioInvalidReason = 'gap' | 'format' | 'notAudio' | 'needsFfmpeg' | 'decode' | 'unreadable';

export function audioInvalid(
  reason: AudioInvalidReason,
  message: string,
  details: Record<string, unknown> = {},
): AppError {
  return new AppError('STT_AUDIO_INVALID', message, { ...details, reason });
}

export function streamUnknown(streamId: string): AppError {
  return new AppError('STT_STREAM_UNKNOWN', `No open caption stream ${streamId}`, { streamId });
}
