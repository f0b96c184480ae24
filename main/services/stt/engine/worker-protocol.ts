import { z } from 'zod';

/** What the engine sends its worker: one job at a time, answered by a reply with the same id. */
export const workerJobSchema = z.object({
  type: z.literal('job'),
  id: z.number().int(),
  wavPath: z.string(),
  modelPath: z.string(),
  language: z.enum(['zh', 'en', 'auto']),
  threads: z.number().int().positive(),
});
export type WorkerJob = z.infer<typeof workerJobSchema>;

export const workerReplySchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('done'),
    id: z.number().int(),
    segments: z.array(z.object({ startMs: z.number(), endMs: z.number(), text: z.string() })),
    elapsedMs: z.number(),
  }),
  z.object({
    type: z.literal('failed'),
    id: z.number().int(),
    /**
     * noEngine: whisper.cpp is not built; modelLoad: it could not load the model; noOutput: it ran but wrote
     * no transcript; threw: the call threw.
     */
    reason: z.enum(['noEngine', 'modelLoad', 'noOutput', 'threw']),
    /** What whisper-node printed about the failure (it prints instead of throwing). */
    printed: z.string(),
  }),
]);
export type WorkerReply = z.infer<typeof workerReplySchema>;
