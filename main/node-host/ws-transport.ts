import type { WebSocket } from 'ws';
import type { Transport } from '../../app/rpc/transport';

/** Adapts one `ws` socket to the RPC Transport; binary frames are not part of the protocol and are dropped. */
export function wsTransport(socket: WebSocket): Transport {
  return {
    send(frame) {
      socket.send(frame);
    },
    onMessage(handler) {
      const listener = (data: unknown, isBinary: boolean) => {
        if (!isBinary) handler(String(data));
      };
      socket.on('message', listener);
      return () => socket.off('message', listener);
    },
    onClose(handler) {
      socket.once('close', handler);
      return () => socket.off('close', handler);
    },
    close() {
      socket.close(1000);
    },
  };
}
