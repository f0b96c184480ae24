import type { EventName, PayloadOf, RunMode } from '../app/contract';
import type { Logger } from '../app/rpc/logger';
import type { Handlers } from '../app/rpc/server';
import { createHostHandlers } from './services/host/host-service';
import { createNetworkMonitor } from './services/network/network-monitor';

export interface CompositionOptions {
  mode: RunMode;
  appVersion: string;
  logger: Logger;
  /** Where events go: the RPC server's emit, wired by whichever transport hosts the composition. */
  emit: <N extends EventName>(event: N, payload: PayloadOf<N>) => void;
}

export interface Composition {
  handlers: Handlers;
  dispose(): void;
}

/** Wires every service once; Electron's main process and the Node host both start from here. */
export function compose(options: CompositionOptions): Composition {
  const network = createNetworkMonitor({
    onChange: (status) => options.emit('network.statusChanged', status),
  });
  const host = createHostHandlers({
    appVersion: options.appVersion,
    mode: options.mode,
    platform: process.platform,
    startedAt: Date.now(),
  });
  options.logger.info('services composed', { mode: options.mode });
  return {
    handlers: { ...host, ...network.handlers },
    dispose: () => network.stop(),
  };
}
