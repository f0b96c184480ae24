import { create } from 'zustand';
import type { HostInfo } from '../../../app/contract';
import type { Bridge, BridgeState } from '../bridge/bridge';

interface StatusState {
  bridge: BridgeState;
  /** The host's view of the network (reliable in Electron) combined with the browser's own. */
  online: boolean;
  host: HostInfo | null;
}

export const useStatusStore = create<StatusState>()(() => ({
  bridge: 'connecting',
  online: navigator.onLine,
  host: null,
}));

/** Keeps the status bar true: bridge state, network changes pushed by the host, and the host's identity. */
export function trackStatus(bridge: Bridge): void {
  const refresh = async () => {
    const [host, network] = await Promise.all([
      bridge.call('host.getInfo', {}),
      bridge.call('network.getStatus', {}),
    ]);
    useStatusStore.setState({ host, online: network.online && navigator.onLine });
  };
  bridge.onState((state) => {
    useStatusStore.setState({ bridge: state });
    if (state === 'connected') void refresh().catch(() => undefined);
  });
  bridge.on('network.statusChanged', (status) =>
    useStatusStore.setState({ online: status.online && navigator.onLine }),
  );
  window.addEventListener(
    'online',
    () => void refresh().catch(() => useStatusStore.setState({ online: true })),
  );
  window.addEventListener('offline', () => useStatusStore.setState({ online: false }));
  useStatusStore.setState({ bridge: bridge.state });
  if (bridge.state === 'connected') void refresh().catch(() => undefined);
}
