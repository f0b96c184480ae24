import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../app/contract';
import { silentLogger } from '../../../app/rpc/logger';
import { createRpcServer, type Handlers } from '../../../app/rpc/server';
import { createTransportPair } from '../../../app/rpc/testing/transport-pair';
import type { Transport } from '../../../app/rpc/transport';
import { createBridge, type BridgeState } from './bridge';

const handlers: Partial<Handlers> = {
  'host.getInfo': () => ({ appVersion: '1', mode: 'browser', platform: 'linux', startedAt: 0 }),
  'host.ping': ({ nonce }) => ({ nonce, serverTime: 1 }),
  'network.getStatus': () => ({ online: true, changedAt: 0 }),
};

function hostWithLinks(token = 'right') {
  const server = createRpcServer({ handlers, logger: silentLogger, token });
  const serverSides: Transport[] = [];
  let down = false;
  const connect = () => {
    if (down) return Promise.reject(new Error('host is down'));
    const [serverSide, clientSide] = createTransportPair();
    serverSides.push(serverSide);
    server.accept(serverSide, { trusted: false, peer: 'test' });
    return Promise.resolve(clientSide);
  };
  return {
    server,
    connect,
    crash: () => {
      down = true;
      serverSides.forEach((side) => side.close());
    },
    recover: () => {
      down = false;
    },
  };
}

describe('the renderer bridge', () => {
  it('reconnects after the host goes away, fails calls fast meanwhile, and re-subscribes listeners', async () => {
    const host = hostWithLinks();
    const bridge = createBridge({
      connect: host.connect,
      token: 'right',
      logger: silentLogger,
      backoffMs: () => 5,
    });
    const states: BridgeState[] = [];
    bridge.onState((state) => states.push(state));
    const seen: boolean[] = [];
    bridge.on('network.statusChanged', (status) => seen.push(status.online));
    await vi.waitFor(() => expect(bridge.state).toBe('connected'));

    host.crash();
    await vi.waitFor(() => expect(bridge.state).toBe('reconnecting'));
    await expect(bridge.call('host.ping', { nonce: 'x' })).rejects.toMatchObject({
      code: 'RPC_DISCONNECTED',
    });

    host.recover();
    await vi.waitFor(() => expect(bridge.state).toBe('connected'));
    await expect(bridge.call('host.ping', { nonce: 'back' })).resolves.toMatchObject({ nonce: 'back' });
    host.server.emit('network.statusChanged', { online: false, changedAt: 5 });
    await vi.waitFor(() => expect(seen).toEqual([false]));
    expect(states).toEqual(['connected', 'reconnecting', 'connected']);
  });

  it('stops at "unauthorized" for a wrong token instead of retrying forever', async () => {
    const host = hostWithLinks();
    const connect = vi.fn(host.connect);
    const bridge = createBridge({ connect, token: 'wrong', logger: silentLogger, backoffMs: () => 5 });
    await vi.waitFor(() => expect(bridge.state).toBe('unauthorized'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(connect).toHaveBeenCalledTimes(1);
    const error = await bridge.call('host.getInfo', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
  });
});
