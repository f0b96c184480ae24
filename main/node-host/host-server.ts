import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { resolve } from 'node:path';
import { WebSocketServer } from 'ws';
import type { Logger } from '../../app/rpc/logger';
import { maxFrameChars } from '../../app/rpc/envelope';
import type { RpcServer } from '../../app/rpc/server';
import { contentSecurityPolicy } from '../shared/csp';
import { resolveStaticFile, sendFile } from './static-files';
import { wsTransport } from './ws-transport';

export interface NodeHostOptions {
  port: number;
  rendererDir: string;
  rpc: RpcServer;
  logger: Logger;
}

export interface NodeHost {
  origin: string;
  port: number;
  close(): Promise<void>;
}

export const loopback = '127.0.0.1';

function refuse(socket: Duplex, status: number, code: string, message: string): void {
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${status === 403 ? 'Forbidden' : 'Not Found'}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * The browser mode's host: serves the built renderer and the RPC WebSocket on loopback only. The page
 * itself carries no secret; every RPC connection must come from this origin and say hello with the
 * per-launch token before any command runs.
 */
export async function startNodeHost(options: NodeHostOptions): Promise<NodeHost> {
  const { logger, rpc } = options;
  const root = resolve(options.rendererDir);
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxFrameChars * 2 });
  let origin = '';
  const headers = () => ({
    'Content-Security-Policy': contentSecurityPolicy([origin.replace(/^http/, 'ws')]),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  });

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    void resolveStaticFile(root, request.url ?? '/').then((file) => {
      if (file) sendFile(response, file, headers());
      else response.writeHead(404, headers()).end('Not found');
    });
  });

  server.on('upgrade', (request, socket, head) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== '/rpc') {
      refuse(socket, 404, 'RPC_UNKNOWN_METHOD', 'No such endpoint');
      return;
    }
    if (request.headers.origin !== origin) {
      logger.warn('node host: refused a connection from another origin', {
        origin: request.headers.origin ?? '',
      });
      refuse(socket, 403, 'RPC_UNAUTHORIZED', 'Connections are accepted from the workbench page only');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      rpc.accept(wsTransport(ws), { trusted: false, peer: `ws:${request.socket.remotePort ?? '?'}` });
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, loopback, () => resolveListen());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  origin = `http://${loopback}:${port}`;
  logger.info('node host listening', { origin });

  return {
    origin,
    port,
    close: () =>
      new Promise<void>((resolveClose) => {
        rpc.closeAll();
        wss.close();
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}
