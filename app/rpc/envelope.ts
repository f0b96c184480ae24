import { z } from 'zod';
import { errorSchema } from '../contract/errors';

const id = z.string().min(1).max(64);
const name = z.string().min(1).max(128);

/** The JSON envelope of every frame: a tagged union on `t`, versioned by `v`. */
export const envelopeSchema = z.discriminatedUnion('t', [
  z.object({ v: z.literal(1), t: z.literal('hello'), token: z.string().max(256) }),
  z.object({ v: z.literal(1), t: z.literal('welcome') }),
  z.object({ v: z.literal(1), t: z.literal('req'), id, method: name, params: z.unknown() }),
  z.object({ v: z.literal(1), t: z.literal('res'), id, result: z.unknown() }),
  z.object({ v: z.literal(1), t: z.literal('err'), id: id.nullable(), error: errorSchema }),
  z.object({ v: z.literal(1), t: z.literal('sub'), event: name }),
  z.object({ v: z.literal(1), t: z.literal('unsub'), event: name }),
  z.object({ v: z.literal(1), t: z.literal('evt'), event: name, payload: z.unknown() }),
]);

export type Envelope = z.infer<typeof envelopeSchema>;

/** A frame larger than this is refused before parsing, so a peer cannot make us parse megabytes. */
export const maxFrameChars = 4 * 1024 * 1024;

export type DecodeResult = { ok: true; envelope: Envelope } | { ok: false; reason: string };

export function decodeFrame(frame: string): DecodeResult {
  if (frame.length > maxFrameChars) return { ok: false, reason: `frame too large (${frame.length} chars)` };
  let raw: unknown;
  try {
    raw = JSON.parse(frame);
  } catch {
    return { ok: false, reason: 'frame is not JSON' };
  }
  const parsed = envelopeSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: z.prettifyError(parsed.error) };
  return { ok: true, envelope: parsed.data };
}

export function encodeFrame(envelope: Envelope): string {
  return JSON.stringify(envelope);
}
