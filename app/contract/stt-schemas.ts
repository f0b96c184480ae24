import { z } from 'zod';
import { errorSchema } from './errors';

export const sttModelIds = ['tiny', 'base', 'small'] as const;
export type SttModelId = (typeof sttModelIds)[number];

export const sttModelStates = ['missing', 'downloading', 'ready', 'corrupt'] as const;

export const sttModelSchema = z.object({
  id: z.enum(sttModelIds),
  /** File name on the mirror (ggml-tiny.bin…). */
  file: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  state: z.enum(sttModelStates),
  /** Where the model file is on this machine once it is ready (a picked local file or the download). */
  path: z.string().nullable(),
  receivedBytes: z.number().int(),
  /** Why the file is `corrupt` (checksum, size, not a whisper model), or the last download error. */
  error: errorSchema.nullable(),
});
export type SttModel = z.infer<typeof sttModelSchema>;

export const sttStatusSchema = z.object({
  /** Captions can run: the engine is built and a model is ready. */
  ready: z.boolean(),
  /** Why not, for the "captions are off" notice: noEngine (whisper.cpp not built) or noModel. */
  reason: z.enum(['noEngine', 'noModel']).nullable(),
  engine: z.string(),
  activeModel: z.enum(sttModelIds).nullable(),
  threads: z.number().int(),
  mirrorUrl: z.string(),
  models: z.array(sttModelSchema),
});
export type SttStatus = z.infer<typeof sttStatusSchema>;

export const sttSegmentSchema = z.object({
  /** Times from the start of the stream (or file), in ms. */
  startMs: z.number(),
  endMs: z.number(),
  text: z.string(),
});
export type SttSegment = z.infer<typeof sttSegmentSchema>;

export const sttStreamStates = ['listening', 'transcribing', 'idle', 'ended', 'error'] as const;

export const sttSegmentsEventSchema = z.object({
  streamId: z.string(),
  chunkIndex: z.number().int(),
  /** New caption lines only (overlap with the previous chunk already removed). */
  segments: z.array(sttSegmentSchema),
  /** When the chunk's audio ended and when its text was ready (epoch ms): the caption lag. */
  audioEndedAt: z.number(),
  transcribedAt: z.number(),
});

export const sttStreamStateSchema = z.object({
  streamId: z.string(),
  state: z.enum(sttStreamStates),
  error: errorSchema.nullable(),
});
