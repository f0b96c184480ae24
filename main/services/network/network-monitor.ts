import { networkInterfaces } from 'node:os';
import type { NetworkStatus } from '../../../app/contract';
import type { Handlers } from '../../../app/rpc/server';

/** True when any non-loopback interface has an address: the OS's own notion of "has a network". */
export function osHasRoute(): boolean {
  return Object.values(networkInterfaces()).some((addresses) =>
    (addresses ?? []).some((address) => !address.internal),
  );
}

export interface NetworkMonitorOptions {
  probe?: () => boolean;
  intervalMs?: number;
  now?: () => number;
  onChange: (status: NetworkStatus) => void;
}

export interface NetworkMonitor {
  handlers: Pick<Handlers, 'network.getStatus'>;
  /** Re-reads the interfaces now; also runs on a timer. */
  check(): void;
  stop(): void;
}

export function createNetworkMonitor(options: NetworkMonitorOptions): NetworkMonitor {
  const probe = options.probe ?? osHasRoute;
  const now = options.now ?? Date.now;
  let status: NetworkStatus = { online: probe(), changedAt: now() };
  const check = () => {
    const online = probe();
    if (online === status.online) return;
    status = { online, changedAt: now() };
    options.onChange(status);
  };
  const timer = setInterval(check, options.intervalMs ?? 5000);
  timer.unref();
  return {
    handlers: { 'network.getStatus': () => status },
    check,
    stop: () => clearInterval(timer),
  };
}
