import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../contract';
import { createRpcClient } from './client';
import { createRpcServer, type Handlers } from './server';
import { createTransportPair } from './testing/transport-pair';
import type { Logger } from './logger';

function recordingLogger() {
  const warnings: string[] = [];
  const logger: Logger = {
    info: () => undefined,
    warn: (message) => warnings.push(message),
    error: (message) => warnings.push(message),
  };
  return { logger, warnings };
}

const handlers: Partial<Handlers> = {
  'host.getInfo': () => ({ appVersion: '1.2.3', mode: 'browser', platform: 'linux', startedAt: 1 }),
  'host.ping': ({ nonce }) => ({ nonce, serverTime: 42 }),
  'network.getStatus': () => ({ online: true, changedAt: 7 }),
};

function setup(options: { token?: string; clientToken?: string; handlers?: Partial<Handlers> } = {}) {
  const { logger, warnings } = recordingLogger();
  const server = createRpcServer({
    handlers: { ...handlers, ...options.handlers },
    logger,
    token: options.token,
  });
  const [serverSide, clientSide] = createTransportPair();
  server.accept(serverSide, { trusted: false, peer: 'test' });
  const client = createRpcClient(clientSide, { logger, token: options.clientToken, timeoutMs: 200 });
  return { server, client, serverSide, clientSide, warnings };
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('rpc over a transport', () => {
  it('answers typed calls with validated results', async () => {
    const { client } = setup();
    await expect(client.call('host.ping', { nonce: 'abc' })).resolves.toEqual({
      nonce: 'abc',
      serverTime: 42,
    });
    await expect(client.call('host.getInfo', {})).resolves.toMatchObject({ appVersion: '1.2.3' });
  });

  it('refuses an unknown method with a typed error and stays up', async () => {
    const { client, warnings } = setup();
    const error = await errorOf(client.call('nope.doIt' as 'host.getInfo', {}));
    expect(error.code).toBe('RPC_UNKNOWN_METHOD');
    expect(warnings).toContain('rpc: unknown method');
    await expect(client.call('host.ping', { nonce: 'still-up' })).resolves.toMatchObject({
      nonce: 'still-up',
    });
  });

  it('refuses a bad payload with the failing field named', async () => {
    const { client } = setup();
    const error = await errorOf(client.call('host.ping', { nonce: '' }));
    expect(error.code).toBe('RPC_BAD_PARAMS');
    expect(JSON.stringify(error.details)).toContain('nonce');
    const extra = await errorOf(
      client.call('host.getInfo', { sneaky: true } as unknown as Record<string, never>),
    );
    expect(extra.code).toBe('RPC_BAD_PARAMS');
  });

  it('answers malformed frames with RPC_BAD_ENVELOPE and keeps serving', async () => {
    const { clientSide, client, warnings } = setup();
    const frames: string[] = [];
    clientSide.onMessage((frame) => frames.push(frame));
    clientSide.send('{not json');
    clientSide.send(JSON.stringify({ v: 1, t: 'req', id: 5, method: 'host.ping' }));
    await vi.waitFor(() => expect(frames).toHaveLength(2));
    for (const frame of frames)
      expect(JSON.parse(frame)).toMatchObject({ t: 'err', error: { code: 'RPC_BAD_ENVELOPE' } });
    expect(warnings.filter((w) => w === 'rpc: bad envelope')).toHaveLength(2);
    await expect(client.call('host.ping', { nonce: 'x' })).resolves.toBeTruthy();
  });

  it('turns handler failures into typed errors without stacks', async () => {
    const { client } = setup({
      handlers: {
        'host.getInfo': () => {
          throw new Error('disk on fire');
        },
        'network.getStatus': () => {
          throw new AppError('DB_FAILED', 'typed failure', { why: 'test' });
        },
      },
    });
    const internal = await errorOf(client.call('host.getInfo', {}));
    expect(internal.code).toBe('INTERNAL');
    expect(internal.message).not.toMatch(/at .*\.ts/);
    const typed = await errorOf(client.call('network.getStatus', {}));
    expect(typed).toMatchObject({ code: 'DB_FAILED', details: { why: 'test' } });
  });

  it('times out a call the host never answers', async () => {
    const { client } = setup({ handlers: { 'host.getInfo': () => new Promise(() => undefined) } });
    const error = await errorOf(client.call('host.getInfo', {}, { timeoutMs: 30 }));
    expect(error).toMatchObject({ code: 'RPC_TIMEOUT', details: { method: 'host.getInfo', timeoutMs: 30 } });
  });

  it('rejects a result that breaks the contract', async () => {
    const { client } = setup({
      handlers: {
        'host.ping': () =>
          ({ nonce: 'x', serverTime: 'late' }) as unknown as { nonce: string; serverTime: number },
      },
    });
    expect((await errorOf(client.call('host.ping', { nonce: 'x' }))).code).toBe('INTERNAL');
  });

  it('delivers events only to subscribers and stops after unsubscribing', async () => {
    const { server, client } = setup();
    const seen: boolean[] = [];
    const off = client.on('network.statusChanged', (status) => seen.push(status.online));
    await client.call('host.ping', { nonce: 'sync' });
    server.emit('network.statusChanged', { online: false, changedAt: 1 });
    await vi.waitFor(() => expect(seen).toEqual([false]));
    off();
    await client.call('host.ping', { nonce: 'sync' });
    server.emit('network.statusChanged', { online: true, changedAt: 2 });
    await client.call('host.ping', { nonce: 'sync' });
    expect(seen).toEqual([false]);
  });

  it('refuses to emit an event payload that breaks the contract', () => {
    const { server } = setup();
    expect(() =>
      server.emit('network.statusChanged', { online: 'yes' } as unknown as {
        online: boolean;
        changedAt: number;
      }),
    ).toThrow();
  });
});

describe('rpc authentication', () => {
  it('serves a client that presents the right token', async () => {
    const { client } = setup({ token: 'secret-token', clientToken: 'secret-token' });
    await expect(client.ready).resolves.toBeUndefined();
    await expect(client.call('host.ping', { nonce: 'ok' })).resolves.toMatchObject({ nonce: 'ok' });
  });

  it('refuses a wrong token with RPC_UNAUTHORIZED, logs it and hangs up', async () => {
    const { client, server, warnings } = setup({ token: 'secret-token', clientToken: 'guess' });
    expect((await errorOf(client.ready)).code).toBe('RPC_UNAUTHORIZED');
    expect((await errorOf(client.call('host.ping', { nonce: 'x' }))).code).toBe('RPC_UNAUTHORIZED');
    expect(warnings).toContain('rpc: wrong token');
    await vi.waitFor(() => expect(server.connectionCount).toBe(0));
  });

  it('refuses calls made before hello', async () => {
    const { client } = setup({ token: 'secret-token' });
    expect((await errorOf(client.call('host.ping', { nonce: 'x' }))).code).toBe('RPC_UNAUTHORIZED');
  });

  it('rejects pending calls when the link drops', async () => {
    const { client, serverSide } = setup({
      handlers: { 'host.getInfo': () => new Promise(() => undefined) },
    });
    const call = client.call('host.getInfo', {}, { timeoutMs: 5000 });
    await Promise.resolve();
    serverSide.close();
    expect((await errorOf(call)).code).toBe('RPC_DISCONNECTED');
  });
});
