import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

const channel = 'workbench:rpc';

/**
 * The renderer's only door to the host: send a frame, receive frames. No Node API, no other channel;
 * the RPC layer on both sides validates every frame.
 */
contextBridge.exposeInMainWorld('workbench', {
  send(frame: string): void {
    if (typeof frame === 'string') ipcRenderer.send(channel, frame);
  },
  onMessage(handler: (frame: string) => void): () => void {
    const listener = (_event: IpcRendererEvent, frame: unknown) => {
      if (typeof frame === 'string') handler(frame);
    };
    ipcRenderer.on(channel, listener);
    return () => ipcRenderer.off(channel, listener);
  },
});
