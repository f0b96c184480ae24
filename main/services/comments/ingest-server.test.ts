import { mkdtempSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { PayloadOf } from '../../../app/contract';
import { AppError } from '../../../app/contract/errors';
import { silentLogger } from '../../../app/rpc/logger';
import { createCommentsService, type CommentsService } from './comments-service';
import { unauthorizedClose } from './ingest-server';

type Received = PayloadOf<'comments.received'>;

let service: CommentsService;
let received: Received[] = [];
let port = 0;
let token = '';
const t0 = Date.now();

beforeAll(async () => {
  service = createCommentsService({
    dataDir: mkdtempSync(join(tmpdir(), 'linli-comments-')),
    logger: silentLogger,
    emit: (event, payload) => {
      if (event === 'comments.received') received.push(payload as Received);
    },
    sequencer: { holdMs: 150 },
    listenPort: 0,
  });
  const info = await service.handlers['comments.setIngest']({ enabled: true });
  ({ port, token } = info);
});
afterAll(() => service.dispose());
beforeEach(() => {
  received = [];
});

interface Reply {
  status: number;
  body: Record<string, unknown>;
}

function send(
  method: string,
  path: string,
  body?: string | Buffer,
  headers: Record<string, string> = {},
  host = '127.0.0.1',
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, unknown>,
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const post = (payload: unknown, auth = `Bearer ${token}`) =>
  send('POST', '/comments', JSON.stringify(payload), {
    'Content-Type': 'application/json',
    Authorization: auth,
  });

const comment = (id: string, offsetMs: number, extra: Record<string, unknown> = {}) => ({
  id,
  platform: 'douyin',
  userId: `u-${id}`,
  nickname: `观众${id}`,
  text: `评论 ${id}`,
  time: t0 + offsetMs,
  ...extra,
});

async function until<T>(read: () => T | undefined, timeoutMs = 2000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const allComments = () => received.flatMap((batch) => batch.comments);
/** The named test comments in the order they were emitted, once all have arrived. */
const mine = (...ids: string[]) => allComments().filter((c) => ids.some((id) => c.nickname === `观众${id}`));
const waitForMine = (...ids: string[]) =>
  until(() => (mine(...ids).length >= ids.length ? mine(...ids) : undefined));

describe('comment ingest over HTTP', () => {
  it('listens on 127.0.0.1 only, never on other interfaces', async () => {
    const address = service.ingestServer()?.address();
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4', port });
    const info = await service.handlers['comments.getIngest']({});
    expect(info).toMatchObject({ enabled: true, listening: true, url: `http://127.0.0.1:${port}/comments` });
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((entry) => entry?.family === 'IPv4' && !entry.internal);
    if (outside)
      await expect(send('GET', '/comments/health', undefined, {}, outside.address)).rejects.toThrow();
  });

  it('answers health for the right token only', async () => {
    expect((await send('GET', `/comments/health?token=${token}`)).status).toBe(200);
    expect((await send('GET', '/comments/health')).status).toBe(401);
  });

  it('passes good posts on as comments.received in time order, a late post included', async () => {
    expect((await post([comment('b', 200), comment('d', 400)])).body).toMatchObject({ accepted: 2 });
    expect((await post(comment('a', 100))).body).toMatchObject({ accepted: 1 });
    expect((await post([comment('c', 300)])).status).toBe(200);
    const comments = await waitForMine('a', 'b', 'c', 'd');
    expect(comments.map((c) => c.text)).toEqual(['评论 a', '评论 b', '评论 c', '评论 d']);
    expect(comments[0]).toMatchObject({ platform: 'douyin', source: 'ingest', at: t0 + 100 });
    expect(received.every((batch) => batch.comments.length > 0)).toBe(true);
  });

  it('drops duplicate ids and counts them', async () => {
    const before = received.at(-1)?.stats.duplicates ?? 0;
    expect((await post([comment('dup', 10), comment('dup', 10)])).body).toMatchObject({
      accepted: 1,
      duplicates: 1,
    });
    expect((await post(comment('dup', 10))).body).toMatchObject({ accepted: 0, duplicates: 1 });
    await waitForMine('dup');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mine('dup')).toHaveLength(1);
    expect(received.at(-1)?.stats.duplicates).toBeGreaterThanOrEqual(before + 2);
  });

  it('reports gaps from the bridge’s running numbers', async () => {
    await post([1, 2, 5].map((seq) => comment(`k${seq}`, seq, { platform: 'kuaishou', seq })));
    const batch = await until(() => received.find((b) => b.gaps.length > 0));
    expect(batch.gaps).toEqual([{ platform: 'kuaishou', fromSeq: 3, toSeq: 4 }]);
    expect(batch.stats.byPlatform['kuaishou']).toMatchObject({ received: 3, gaps: 2 });
  });

  it('cuts a 5 000+ character comment (flagged) and collapses an emoji flood', async () => {
    await post([
      comment('long', 1, { text: '好'.repeat(5001) }),
      comment('flood', 2, { text: `主播好${'👏'.repeat(2000)}` }),
    ]);
    const [long, flood] = await waitForMine('long', 'flood');
    expect(long).toMatchObject({ truncated: true, collapsed: false });
    expect(long?.text).toHaveLength(5000);
    expect(flood).toMatchObject({ text: '主播好👏👏👏', collapsed: true, truncated: false });
  });

  it('answers invalid JSON with 400 and a JSON error', async () => {
    const reply = await send('POST', '/comments', '{"platform": "douyin", ', {
      Authorization: `Bearer ${token}`,
    });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ code: 'COMMENTS_INVALID', details: { reason: 'json' } });
    expect(typeof reply.body['message']).toBe('string');
    expect((await post('just text')).status).toBe(400);
    const invalid = await post([{ platform: 'douyin', text: 'no user, no time' }]);
    expect(invalid).toMatchObject({ status: 400, body: { details: { reason: 'comments' } } });
  });

  it('refuses a wrong or missing token with 401, by header or query', async () => {
    expect((await post(comment('x', 1), 'Bearer wrong-token')).status).toBe(401);
    expect((await post(comment('x', 1), '')).body).toMatchObject({ code: 'COMMENTS_UNAUTHORIZED' });
    const byQuery = await send('POST', `/comments?token=${token}`, JSON.stringify(comment('q', 1)));
    expect(byQuery.status).toBe(200);
  });

  it('refuses a body over 1 MB with 413', async () => {
    const big = JSON.stringify([comment('big', 1, { text: 'x'.repeat(1024 * 1024) })]);
    const reply = await send('POST', '/comments', big, { Authorization: `Bearer ${token}` });
    expect(reply).toMatchObject({ status: 413, body: { code: 'COMMENTS_TOO_LARGE' } });
  });

  it('refuses requests that name another host (DNS rebinding)', async () => {
    const reply = await send('GET', `/comments/health?token=${token}`, undefined, { Host: 'evil.example' });
    expect(reply.status).toBe(403);
  });
});

function openSocket(query = ''): Promise<{ ws: WebSocket; messages: unknown[]; closed: Promise<number> }> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/comments/ws${query}`);
  const messages: unknown[] = [];
  ws.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString())));
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, messages, closed }));
    ws.once('error', reject);
  });
}

describe('comment ingest over WebSocket', () => {
  it('takes the token in the query and comments per message', async () => {
    const { ws, messages } = await openSocket(`?token=${token}`);
    ws.send(JSON.stringify([comment('w2', 20), comment('w1', 10)]));
    ws.send('not json');
    const comments = await waitForMine('w1', 'w2');
    expect(comments.map((c) => c.text)).toEqual(['评论 w1', '评论 w2']);
    await until(() => (messages.length >= 2 ? true : undefined));
    expect(messages[0]).toMatchObject({ ok: true, accepted: 2 });
    expect(messages[1]).toMatchObject({ code: 'COMMENTS_INVALID' });
    ws.close();
  });

  it('takes the token in the first message', async () => {
    const { ws, messages } = await openSocket();
    ws.send(JSON.stringify({ token }));
    ws.send(JSON.stringify(comment('w3', 30)));
    await waitForMine('w3');
    expect(messages[0]).toEqual({ ok: true, authorized: true });
    ws.close();
  });

  it('closes a socket with a wrong token', async () => {
    const { ws, closed } = await openSocket();
    ws.send(JSON.stringify({ token: 'wrong' }));
    expect(await closed).toBe(unauthorizedClose);
  });

  it('closes a socket that sends more than 1 MB at once and stays up', async () => {
    const { ws, closed } = await openSocket(`?token=${token}`);
    ws.send(JSON.stringify([comment('huge', 1, { text: 'x'.repeat(1024 * 1024) })]));
    expect(await closed).toBe(1009);
    expect((await send('GET', `/comments/health?token=${token}`)).status).toBe(200);
  });
});

describe('opening and closing the endpoint', () => {
  it('reports a port another program holds and keeps the settings', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as AddressInfo).port;
    const other = createCommentsService({
      dataDir: mkdtempSync(join(tmpdir(), 'linli-comments-')),
      logger: silentLogger,
      emit: () => undefined,
    });
    const error = await Promise.resolve()
      .then(() => other.handlers['comments.setIngest']({ enabled: true, port: taken }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'COMMENTS_INGEST_FAILED',
      details: { reason: 'portInUse', port: taken },
    });
    expect(await other.handlers['comments.getIngest']({})).toMatchObject({
      enabled: false,
      listening: false,
    });
    await other.dispose();
    blocker.close();
  });

  it('stops accepting when disabled', async () => {
    const info = await service.handlers['comments.setIngest']({ enabled: false });
    expect(info).toMatchObject({ enabled: false, listening: false });
    await expect(post(comment('off', 1))).rejects.toThrow(/ECONNREFUSED/);
  });
});
