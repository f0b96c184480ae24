import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { AppError } from '../../app/contract';
import { createRpcClient, type RpcClient } from '../../app/rpc/client';
import { silentLogger } from '../../app/rpc/logger';
import { runNodeHost, type RunningHost } from './run-host';
import { wsTransport } from './ws-transport';

let running: RunningHost;
const warnings: string[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'linli-host-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Linli</title>');
  running = await runNodeHost({
    port: 0,
    rendererDir: dir,
    appVersion: '9.9.9',
    dataDir: dir,
    logger: { ...silentLogger, warn: (message) => warnings.push(message) },
  });
});
afterAll(() => running.stop());

function get(path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: running.host.port, path }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function connect(token: string, origin = running.host.origin): Promise<RpcClient> {
  const socket = new WebSocket(`ws://127.0.0.1:${running.host.port}/rpc`, { origin });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return createRpcClient(wsTransport(socket), { token, logger: silentLogger, timeoutMs: 2000 });
}

describe('node host', () => {
  it('listens on loopback only and serves the app with a strict CSP', async () => {
    expect(running.host.origin).toBe(`http://127.0.0.1:${running.host.port}`);
    const page = await get('/orders/today');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Linli</title>');
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('never serves files outside the renderer folder', async () => {
    expect((await get('/../../../../etc/passwd')).body).not.toContain('root:');
    expect((await get('/%2e%2e/%2e%2e/%2e%2e/etc/passwd')).body).not.toContain('root:');
  });

  it('answers typed commands over the WebSocket for the right token', async () => {
    const client = await connect(running.token);
    await client.ready;
    await expect(client.call('host.getInfo', {})).resolves.toMatchObject({
      appVersion: '9.9.9',
      mode: 'browser',
    });
    const unknown = await client.call('orders.steal' as 'host.getInfo', {}).catch((error: unknown) => error);
    expect(unknown).toBeInstanceOf(AppError);
    expect((unknown as AppError).code).toBe('RPC_UNKNOWN_METHOD');
    client.close();
  });

  it('refuses a wrong token with a typed error, logs it and stays up', async () => {
    const intruder = await connect('not-the-token');
    const error = await intruder.ready.catch((e: unknown) => e);
    expect((error as AppError).code).toBe('RPC_UNAUTHORIZED');
    expect(warnings).toContain('rpc: wrong token');
    const owner = await connect(running.token);
    await expect(owner.call('host.ping', { nonce: 'after' })).resolves.toMatchObject({ nonce: 'after' });
    owner.close();
  });

  it('refuses WebSocket connections from other origins before any frame', async () => {
    await expect(connect(running.token, 'http://evil.example')).rejects.toThrow(/403/);
    expect(warnings).toContain('node host: refused a connection from another origin');
  });
});
