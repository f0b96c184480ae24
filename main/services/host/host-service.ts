import type { Handlers } from '../../../app/rpc/server';
import type { HostInfo } from '../../../app/contract';

export type HostHandlers = Pick<Handlers, 'host.getInfo' | 'host.ping'>;

export function createHostHandlers(info: HostInfo, now: () => number = Date.now): HostHandlers {
  return {
    'host.getInfo': () => info,
    'host.ping': ({ nonce }) => ({ nonce, serverTime: now() }),
  };
}
