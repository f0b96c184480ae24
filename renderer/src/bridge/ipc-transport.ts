import type { Transport } from '../../../app/rpc/transport';

/** What the Electron preload exposes; nothing else of Electron is reachable from the page. */
export interface PreloadApi {
  send(frame: string): void;
  onMessage(handler: (frame: string) => void): () => void;
}

declare global {
  interface Window {
    workbench?: PreloadApi;
  }
}

/** IPC never drops while the window lives, so close only detaches this side. */
export function ipcTransport(api: PreloadApi): Transport {
  const closeHandlers = new Set<() => void>();
  const offs = new Set<() => void>();
  return {
    send: (frame) => api.send(frame),
    onMessage(handler) {
      const off = api.onMessage(handler);
      offs.add(off);
      return off;
    },
    onClose(handler) {
      closeHandlers.add(handler);
      return () => closeHandlers.delete(handler);
    },
    close() {
      for (const off of offs) off();
      for (const handler of closeHandlers) handler();
    },
  };
}
