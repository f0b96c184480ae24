import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { IntakeResult } from '../../../app/domain/comments/intake';
import type { Logger } from '../../../app/rpc/logger';
import { tokensEqual } from '../../../app/rpc/token-compare';
import {
  errorBody,
  intakeReply,
  maxBodyBytes,
  parseJson,
  presentsToken,
  readBody,
  sendJson,
  sendPreflight,
} from './ingest-http';

export const loopback = '127.0.0.1';

export interface IngestServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  token: string;
  /** Takes what a bridge posted (already parsed JSON) into the sequencer. */
  accept: (payload: unknown) => IntakeResult;
  logger: Logger;
}

export interface IngestServer {
  readonly port: number;
  address(): AddressInfo;
  close(): Promise<void>;
}

/** The close code for a WebSocket without the right token (4000–4999 are the application's). */
export const unauthorizedClose = 4401;
/** How long a WebSocket may stay open without presenting the token. */
const authTimeoutMs = 5000;

const unauthorized = errorBody('COMMENTS_UNAUTHORIZED', 'Missing or wrong token');

const bytesOf = (data: RawData): Uint8Array =>
  Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? new Uint8Array(data) : data;

function refuseUpgrade(socket: Duplex, status: 403 | 404): void {
  const body = JSON.stringify(
    status === 403 ? unauthorized : errorBody('COMMENTS_INVALID', 'No such endpoint', { reason: 'endpoint' }),
  );
  socket.end(
    `HTTP/1.1 ${status} ${status === 403 ? 'Forbidden' : 'Not Found'}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * The comment ingest endpoint: `POST /comments`, `GET /comments/health` and the WebSocket
 * `/comments/ws`, on 127.0.0.1 only, every request with the install's token (see INGEST.md).
 */
export async function startIngestServer(options: IngestServerOptions): Promise<IngestServer> {
  const { logger, token } = options;
  let hosts = new Set<string>();
  // A page on another site that rebinds its DNS name to 127.0.0.1 still sends its own Host header.
  const hostAllowed = (request: IncomingMessage) => hosts.has(request.headers.host ?? '');

  const handlePost = async (request: IncomingMessage, response: ServerResponse, url: URL) => {
    const authorized = presentsToken(request, url, token);
    const body = await readBody(request, authorized ? maxBodyBytes : 0);
    if (body === 'aborted') return;
    if (!authorized) {
      logger.warn('comments ingest: refused a post without the token');
      sendJson(response, 401, unauthorized, { 'WWW-Authenticate': 'Bearer' });
    } else if (body === 'tooLarge') {
      sendJson(
        response,
        413,
        errorBody('COMMENTS_TOO_LARGE', `A post may carry at most ${maxBodyBytes} bytes`),
      );
    } else {
      const json = parseJson(body);
      if (!json.ok) {
        sendJson(response, 400, errorBody('COMMENTS_INVALID', json.message, { reason: 'json' }));
        return;
      }
      const reply = intakeReply(options.accept(json.value));
      sendJson(response, reply.status, reply.body, reply.status === 429 ? { 'Retry-After': '1' } : {});
    }
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${loopback}`);
    if (!hostAllowed(request)) sendJson(response, 403, unauthorized);
    else if (request.method === 'OPTIONS') sendPreflight(request, response);
    else if (url.pathname === '/comments' && request.method === 'POST')
      void handlePost(request, response, url);
    else if (url.pathname === '/comments/health' && request.method === 'GET') {
      if (presentsToken(request, url, token))
        sendJson(response, 200, { ok: true, service: 'linli-comments' });
      else sendJson(response, 401, unauthorized, { 'WWW-Authenticate': 'Bearer' });
    } else if (url.pathname === '/comments' || url.pathname === '/comments/health')
      sendJson(response, 405, errorBody('COMMENTS_INVALID', 'Method not allowed', { reason: 'method' }));
    else sendJson(response, 404, errorBody('COMMENTS_INVALID', 'No such endpoint', { reason: 'endpoint' }));
  });
  // A bridge that opens a connection and sends nothing must not hold it forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  const wss = new WebSocketServer({ noServer: true, maxPayload: maxBodyBytes });
  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', `http://${loopback}`);
    if (!hostAllowed(request)) refuseUpgrade(socket, 403);
    else if (url.pathname !== '/comments/ws') refuseUpgrade(socket, 404);
    else
      wss.handleUpgrade(request, socket, head, (ws) =>
        serveSocket(ws, tokensEqual(url.searchParams.get('token') ?? '', token)),
      );
  });

  const serveSocket = (ws: WebSocket, authorizedByQuery: boolean) => {
    let authorized = authorizedByQuery;
    const send = (body: unknown) => ws.send(JSON.stringify(body));
    const deadline = authorized
      ? undefined
      : setTimeout(() => ws.close(unauthorizedClose, 'token required'), authTimeoutMs);
    ws.on('close', () => clearTimeout(deadline));
    // An over-long message or a broken frame: ws closes the socket itself; this keeps the host up.
    ws.on('error', (error) => logger.warn('comments ingest: WebSocket error', { error: String(error) }));
    ws.on('message', (data: RawData) => {
      const json = parseJson(bytesOf(data));
      const tokenMessage =
        json.ok && typeof json.value === 'object' && json.value !== null && 'token' in json.value
          ? json.value.token
          : undefined;
      if (tokenMessage !== undefined || !authorized) {
        if (typeof tokenMessage === 'string' && tokensEqual(tokenMessage, token)) {
          authorized = true;
          clearTimeout(deadline);
          send({ ok: true, authorized: true });
          return;
        }
        logger.warn('comments ingest: refused a WebSocket without the token');
        send(unauthorized);
        ws.close(unauthorizedClose, 'wrong token');
        return;
      }
      if (!json.ok) send(errorBody('COMMENTS_INVALID', json.message, { reason: 'json' }));
      else send(intakeReply(options.accept(json.value)).body);
    });
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, loopback, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => logger.error('comments ingest: server error', { error: String(error) }));
  const address = server.address() as AddressInfo;
  hosts = new Set([`${loopback}:${address.port}`, `localhost:${address.port}`]);
  logger.info('comments ingest listening', { port: address.port });

  return {
    port: address.port,
    address: () => address,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
