import { afterEach, describe, expect, it } from 'vitest';
import { createNetworkMonitor, osHasRoute, type NetworkMonitor } from './network-monitor';

let monitor: NetworkMonitor | undefined;
afterEach(() => monitor?.stop());

describe('network monitor', () => {
  it('reports the current status and announces only real changes', async () => {
    let online = true;
    let clock = 100;
    const changes: boolean[] = [];
    monitor = createNetworkMonitor({
      probe: () => online,
      now: () => clock,
      onChange: (s) => changes.push(s.online),
    });
    expect(await monitor.handlers['network.getStatus']({})).toEqual({ online: true, changedAt: 100 });
    monitor.check();
    online = false;
    clock = 200;
    monitor.check();
    monitor.check();
    expect(changes).toEqual([false]);
    expect(await monitor.handlers['network.getStatus']({})).toEqual({ online: false, changedAt: 200 });
  });

  it('reads the real interfaces of this machine', () => {
    expect(typeof osHasRoute()).toBe('boolean');
  });
});
