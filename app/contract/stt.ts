import { z } from 'zod';
import { command, event } from './define';
import { sttModelIds, sttSegmentsEventSchema, sttStatusSchema, sttStreamStateSchema } from './stt-schemas';

export * from './stt-schemas';

const none = z.object({}).strict();
const streamId = z.string().min(1).max(64);

/**
 * Local speech-to-text for live captions. Audio never leaves the machine. Commands that need a model raise
 * STT_NO_MODEL until one is ready; a damaged model raises STT_MODEL_INVALID.
 */
export const sttCommands = {
  /** Engine, models (size, sha256, state), the active one and the mirror. Raises nothing. */
  'stt.getStatus': command(none, sttStatusSchema),
  /** Where models are downloaded from (an http(s) folder holding ggml-*.bin). */
  'stt.setMirror': command(z.object({ url: z.url().max(500) }).strict(), sttStatusSchema),
  /**
   * Downloads a model from the mirror in the background (resuming a partial file), checks its sha256 and
   * makes it active. Progress arrives as stt.modelProgress. Raises STT_DOWNLOAD_FAILED.
   */
  'stt.downloadModel': command(z.object({ id: z.enum(sttModelIds) }).strict(), sttStatusSchema),
  'stt.cancelDownload': command(z.object({ id: z.enum(sttModelIds) }).strict(), sttStatusSchema),
  /** Uses a model file already on this machine; checked (size, ggml header, sha256 when known). */
  'stt.useModelFile': command(
    z.object({ id: z.enum(sttModelIds), path: z.string().min(1).max(4096) }).strict(),
    sttStatusSchema,
  ),
  'stt.selectModel': command(z.object({ id: z.enum(sttModelIds) }).strict(), sttStatusSchema),
  /** Opens a caption stream fed by stt.pushAudio (the renderer's microphone). */
  'stt.startStream': command(
    z.object({ language: z.enum(['zh', 'en', 'auto']).default('zh') }).strict(),
    z.object({ streamId: z.string() }),
  ),
  /**
   * 16 kHz mono signed 16-bit little-endian PCM, base64, in order (`seq` from 0). Raises STT_STREAM_UNKNOWN
   * for a closed stream and STT_AUDIO_INVALID for a gap or a malformed frame.
   */
  'stt.pushAudio': command(
    z.object({ streamId, seq: z.number().int().nonnegative(), pcm: z.base64().max(400_000) }).strict(),
    z.object({ bufferedMs: z.number() }),
  ),
  /** Ends a stream: the last words are transcribed before stt.streamState reports `ended`. */
  'stt.stopStream': command(z.object({ streamId }).strict(), z.object({ streamId: z.string() })),
  /**
   * Transcribes an audio file (WAV, or MP3/M4A when ffmpeg is installed) as a stream, for replays.
   * Raises STT_AUDIO_INVALID for a file that is not audio.
   */
  'stt.transcribeFile': command(
    z
      .object({ path: z.string().min(1).max(4096), language: z.enum(['zh', 'en', 'auto']).default('zh') })
      .strict(),
    z.object({ streamId: z.string() }),
  ),
};

export const sttEvents = {
  'stt.segments': event(sttSegmentsEventSchema),
  'stt.streamState': event(sttStreamStateSchema),
  'stt.modelProgress': event(
    z.object({ id: z.enum(sttModelIds), receivedBytes: z.number(), totalBytes: z.number() }),
  ),
  'stt.statusChanged': event(sttStatusSchema),
};
