import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '../../../app/contract/errors';
import type { IntakeResult } from '../../../app/domain/comments/intake';
import { tokensEqual } from '../../../app/rpc/token-compare';

/** One post or WebSocket message: a few thousand comments, far more than a bridge batches. */
export const maxBodyBytes = 1024 * 1024;
/**
 * An over-long body is read to its end (and dropped) before the 413, so the sender sees the answer rather
 * than a reset; past this much it is not a bridge that misjudged a batch, and the connection is cut.
 */
const maxDrainBytes = 16 * maxBodyBytes;

/**
 * Bridges may run as user scripts inside a platform's web page, so any origin may call; the token, which
 * browsers never attach on their own, is what authorizes.
 */
const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600',
};

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response
    .writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(text)),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...corsHeaders,
      ...headers,
    })
    .end(text);
}

export function errorBody(code: ErrorCode, message: string, details?: Record<string, unknown>) {
  return details === undefined ? { code, message } : { code, message, details };
}

/** The CORS preflight; Chrome also asks before a public page may reach a loopback address. */
export function sendPreflight(request: IncomingMessage, response: ServerResponse): void {
  const privateNetwork = request.headers['access-control-request-private-network'] === 'true';
  response
    .writeHead(
      204,
      privateNetwork ? { ...corsHeaders, 'Access-Control-Allow-Private-Network': 'true' } : corsHeaders,
    )
    .end();
}

/** `Authorization: Bearer <token>`, else `?token=`. */
export function presentsToken(request: IncomingMessage, url: URL, token: string): boolean {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
  return tokensEqual(bearer ?? url.searchParams.get('token') ?? '', token);
}

/** The body up to `limit` bytes; a longer one is drained and reported, never buffered. */
export function readBody(request: IncomingMessage, limit: number): Promise<Buffer | 'tooLarge' | 'aborted'> {
  return new Promise((resolve) => {
    const declared = Number(request.headers['content-length']);
    if (declared > maxDrainBytes) {
      resolve('tooLarge');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else chunks.length = 0;
      if (size > maxDrainBytes) {
        request.destroy();
        resolve('aborted');
      }
    });
    request.on('end', () => resolve(size > limit ? 'tooLarge' : Buffer.concat(chunks)));
    request.on('error', () => resolve('aborted'));
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** JSON from UTF-8 bytes (a BOM is allowed), or why not. */
export function parseJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(utf8.decode(bytes)) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** How an intake answers over HTTP (status) and WebSocket (the same body). */
export function intakeReply(result: IntakeResult): { status: number; body: unknown } {
  switch (result.kind) {
    case 'accepted':
      return {
        status: 200,
        body: {
          ok: true,
          accepted: result.accepted,
          duplicates: result.duplicates,
          rejected: result.rejected,
        },
      };
    case 'notComments':
      return {
        status: 400,
        body: errorBody('COMMENTS_INVALID', 'Send one comment object or an array of them', {
          reason: 'shape',
        }),
      };
    case 'allRejected':
      return {
        status: 400,
        body: errorBody('COMMENTS_INVALID', 'No comment in this post was valid', {
          reason: 'comments',
          rejected: result.rejected,
        }),
      };
    case 'busy':
      return {
        status: 429,
        body: errorBody('COMMENTS_BUSY', 'Too many comments waiting; retry in a second', { retryAfterS: 1 }),
      };
  }
}
