import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server does with one request, by its index (0 for the first). */
export interface Behaviour {
  /** Close the connection after this many body bytes, as a dropped link does. */
  cutAfter?: number;
  /** Send this many body bytes, then keep the connection open and silent. */
  stallAfter?: number;
  /** Answer a Range request with the whole file, as mirrors without range support do. */
  ignoreRange?: boolean;
}

export interface ServedRequest {
  path: string;
  range: string | undefined;
  status: number;
}

export interface ModelServer {
  /** The mirror folder URL (ends with a slash). */
  url: string;
  requests: ServedRequest[];
  close(): Promise<void>;
}

function sendBody(response: ServerResponse, body: Buffer, behaviour: Behaviour): void {
  const cut = behaviour.cutAfter ?? behaviour.stallAfter;
  if (cut === undefined) {
    response.end(body);
    return;
  }
  response.write(body.subarray(0, cut), () => {
    if (behaviour.cutAfter !== undefined) response.socket?.destroy();
  });
}

/** A real HTTP mirror on 127.0.0.1 serving one file, with `Range: bytes=N-` support like Hugging Face's CDN. */
export async function startModelServer(
  file: string,
  content: Buffer,
  behaviour: (index: number) => Behaviour = () => ({}),
): Promise<ModelServer> {
  const requests: ServedRequest[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '';
    const range = request.headers.range;
    const plan = behaviour(requests.length);
    if (path !== `/${file}`) {
      requests.push({ path, range, status: 404 });
      response.writeHead(404).end('not found');
      return;
    }
    const asked = plan.ignoreRange ? undefined : range;
    const start = Number(/^bytes=(\d+)-$/.exec(asked ?? '')?.[1] ?? 0);
    if (start >= content.length) {
      requests.push({ path, range, status: 416 });
      response.writeHead(416, { 'Content-Range': `bytes */${content.length}` }).end();
      return;
    }
    const status = asked === undefined ? 200 : 206;
    requests.push({ path, range, status });
    const headers: Record<string, string | number> = { 'Content-Length': content.length - start };
    if (status === 206) headers['Content-Range'] = `bytes ${start}-${content.length - 1}/${content.length}`;
    response.writeHead(status, headers);
    sendBody(response, content.subarray(start), plan);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
