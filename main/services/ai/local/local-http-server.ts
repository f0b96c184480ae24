import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../../../app/rpc/logger';
import { tokensEqual } from '../../../../app/rpc/token-compare';
import { chatRequestSchema, toChatHistory, type ChatRequest } from './chat-request';
import { CompletionChunks, errorBody, sseDone, sseEvent } from './completion-chunks';
import { UnsupportedSchemaError, type LlamaEngine } from './llama-engine';

const maxBodyBytes = 2_000_000;
const defaultMaxTokens = 1024;

export interface LocalHttpServer {
  /** `http://127.0.0.1:<port>/v1`, the baseURL for the openai SDK. */
  readonly baseURL: string;
  close(): Promise<void>;
}

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type = 'invalid_request_error',
  ) {
    super(message);
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of request) {
    const buffer = part as Buffer;
    size += buffer.length;
    if (size > maxBodyBytes) throw new HttpFailure(413, 'Request body too large');
    parts.push(buffer);
  }
  try {
    return JSON.parse(Buffer.concat(parts).toString('utf8'));
  } catch {
    throw new HttpFailure(400, 'Request body is not JSON');
  }
}

function parseChatRequest(body: unknown): ChatRequest {
  const parsed = chatRequestSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  throw new HttpFailure(400, `Invalid request: ${first ? `${first.path.join('.')}: ${first.message}` : ''}`);
}

/**
 * A minimal OpenAI-compatible server over the in-process model, on loopback with a per-launch bearer token,
 * so the openai SDK reaches the owner's GGUF file by the same code path as every remote provider.
 */
export async function startLocalHttpServer(
  engine: LlamaEngine,
  token: string,
  logger: Logger,
): Promise<LocalHttpServer> {
  const chat = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const body = parseChatRequest(await readBody(request));
    const chunks = new CompletionChunks(engine.modelId);
    // A client that hangs up (ai.cancel, a deadline) frees the model for the next request at once.
    const abort = new AbortController();
    response.on('close', () => abort.abort());
    const streaming = body.stream === true;
    if (streaming) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      response.write(sseEvent(chunks.role()));
    }
    const result = await engine.complete({
      history: toChatHistory(body.messages),
      maxTokens: body.max_completion_tokens ?? body.max_tokens ?? defaultMaxTokens,
      temperature: body.temperature ?? 1,
      topP: body.top_p ?? undefined,
      seed: body.seed ?? undefined,
      format: body.response_format,
      signal: abort.signal,
      onText: (text) => {
        if (streaming && text !== '' && !response.destroyed) response.write(sseEvent(chunks.text(text)));
      },
    });
    if (!streaming) {
      sendJson(response, 200, chunks.completion(result.text, result.finishReason, result.usage));
      return;
    }
    response.write(sseEvent(chunks.finish(result.finishReason)));
    if (body.stream_options?.include_usage === true) response.write(sseEvent(chunks.usage(result.usage)));
    response.end(sseDone);
  };

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const authorization = request.headers.authorization ?? '';
    if (!tokensEqual(authorization, `Bearer ${token}`))
      throw new HttpFailure(401, 'Missing or wrong bearer token', 'authentication_error');
    const path = (request.url ?? '').split('?')[0];
    if (request.method === 'GET' && path === '/v1/models') {
      sendJson(response, 200, {
        object: 'list',
        data: [{ id: engine.modelId, object: 'model', created: 0, owned_by: 'local' }],
      });
      return;
    }
    if (request.method === 'POST' && path === '/v1/chat/completions') return chat(request, response);
    throw new HttpFailure(404, `No route for ${request.method ?? ''} ${path ?? ''}`, 'not_found_error');
  };

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      const failure =
        error instanceof HttpFailure
          ? error
          : error instanceof UnsupportedSchemaError
            ? new HttpFailure(400, error.message)
            : new HttpFailure(500, String(error), 'server_error');
      if (failure.status === 500 && !response.destroyed)
        logger.warn('ai local server: request failed', { error: failure.message });
      if (!response.headersSent) sendJson(response, failure.status, errorBody(failure.message, failure.type));
      else if (!response.writableEnded) response.end(sseEvent(errorBody(failure.message, failure.type)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
