import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

export type Script = (request: SeenRequest, response: ServerResponse) => void;

export interface ScriptedProvider {
  baseUrl: string;
  seen: SeenRequest[];
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 that plays a misbehaving (or well-behaved) OpenAI-compatible provider. */
export async function startScriptedProvider(script: Script): Promise<ScriptedProvider> {
  const seen: SeenRequest[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const parts: Buffer[] = [];
    request.on('data', (part: Buffer) => parts.push(part));
    request.on('end', () => {
      const text = Buffer.concat(parts).toString('utf8');
      const entry: SeenRequest = {
        path: request.url ?? '',
        authorization: request.headers.authorization,
        body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
      };
      seen.push(entry);
      script(entry, response);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    seen,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** One SSE chunk in OpenAI's streaming format. */
export function chunk(content: string | null, finishReason: string | null = null): string {
  const delta = content === null ? {} : { content };
  const body = {
    id: 'chatcmpl-test',
    object: 'chat.completion.chunk',
    created: 0,
    model: 'scripted',
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  };
  return `data: ${JSON.stringify(body)}\n\n`;
}

/** A well-formed streamed answer: the pieces, then the finish reason and [DONE]. */
export function streamAnswer(response: ServerResponse, pieces: readonly string[], finish = 'stop'): void {
  response.writeHead(200, { 'content-type': 'text/event-stream' });
  for (const piece of pieces) response.write(chunk(piece));
  response.end(`${chunk(null, finish)}data: [DONE]\n\n`);
}

export function sendError(response: ServerResponse, status: number, message: string): void {
  response
    .writeHead(status, { 'content-type': 'application/json' })
    .end(JSON.stringify({ error: { message, type: 'test', code: null, param: null } }));
}
