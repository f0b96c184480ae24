import type { IpcMainEvent, WebContents } from 'electron';
import { ipcMain } from 'electron';
import type { Logger } from '../../app/rpc/logger';
import type { RpcServer } from '../../app/rpc/server';
import type { Transport } from '../../app/rpc/transport';
import { appOrigin, rpcChannel } from './channel';

/**
 * Routes IPC frames of each window to its own RPC session. Frames are accepted only from the main frame
 * of a window we created showing our own origin, so an embedded or navigated page cannot reach the host.
 */
export function serveRpcOverIpc(rpc: RpcServer, logger: Logger): (contents: WebContents) => void {
  const handlers = new Map<number, (frame: string) => void>();

  ipcMain.on(rpcChannel, (event: IpcMainEvent, frame: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    const handler = handlers.get(event.sender.id);
    if (!handler || event.senderFrame !== event.sender.mainFrame || !frameUrl.startsWith(`${appOrigin}/`)) {
      logger.warn('ipc: frame from an unexpected sender refused', { url: frameUrl });
      return;
    }
    if (typeof frame === 'string') handler(frame);
  });

  return (contents) => {
    const closeHandlers = new Set<() => void>();
    const transport: Transport = {
      send: (frame) => {
        if (!contents.isDestroyed()) contents.send(rpcChannel, frame);
      },
      onMessage: (handler) => {
        handlers.set(contents.id, handler);
        return () => handlers.delete(contents.id);
      },
      onClose: (handler) => {
        closeHandlers.add(handler);
        return () => closeHandlers.delete(handler);
      },
      close: () => undefined,
    };
    contents.once('destroyed', () => {
      handlers.delete(contents.id);
      for (const handler of closeHandlers) handler();
    });
    rpc.accept(transport, { trusted: true, peer: `window:${contents.id}` });
  };
}
