/**
 * The one thing every transport provides: text frames in both directions and a way to hang up.
 * Electron IPC and WebSocket are two small adapters of this shape; nothing else knows which is in use.
 */
export interface Transport {
  send(frame: string): void;
  /** Registers the frame handler; returns a function that removes it. */
  onMessage(handler: (frame: string) => void): () => void;
  /** Registers a handler called once when the peer hangs up or the link drops. */
  onClose(handler: () => void): () => void;
  close(): void;
}
