import type { Transport } from '../transport';

/**
 * Two connected in-memory transports, delivering frames asynchronously like a real socket would.
 * For tests of code that talks over a Transport.
 */
export function createTransportPair(): [Transport, Transport] {
  const make = () => ({
    messageHandlers: new Set<(frame: string) => void>(),
    closeHandlers: new Set<() => void>(),
    closed: false,
  });
  const a = make();
  const b = make();
  const closeBoth = () => {
    for (const side of [a, b]) {
      if (side.closed) continue;
      side.closed = true;
      for (const handler of side.closeHandlers) handler();
    }
  };
  const endpoint = (self: typeof a, peer: typeof a): Transport => ({
    send(frame) {
      if (self.closed) throw new Error('transport closed');
      queueMicrotask(() => {
        if (!peer.closed) for (const handler of peer.messageHandlers) handler(frame);
      });
    },
    onMessage(handler) {
      self.messageHandlers.add(handler);
      return () => self.messageHandlers.delete(handler);
    },
    onClose(handler) {
      self.closeHandlers.add(handler);
      return () => self.closeHandlers.delete(handler);
    },
    close: () => queueMicrotask(closeBoth),
  });
  return [endpoint(a, b), endpoint(b, a)];
}
