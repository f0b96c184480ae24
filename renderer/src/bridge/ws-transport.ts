import type { Transport } from '../../../app/rpc/transport';

/** Opens the browser mode's RPC socket; resolves once it is open, rejects if it never opens. */
export function openWsTransport(url: string): Promise<Transport> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.addEventListener('error', () => reject(new Error(`Cannot reach ${url}`)), { once: true });
    socket.addEventListener(
      'open',
      () =>
        resolve({
          send: (frame) => socket.send(frame),
          onMessage(handler) {
            const listener = (event: MessageEvent) => {
              if (typeof event.data === 'string') handler(event.data);
            };
            socket.addEventListener('message', listener);
            return () => socket.removeEventListener('message', listener);
          },
          onClose(handler) {
            socket.addEventListener('close', handler, { once: true });
            return () => socket.removeEventListener('close', handler);
          },
          close: () => socket.close(1000),
        }),
      { once: true },
    );
  });
}
