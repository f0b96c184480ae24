import type { OBSWebSocket } from 'obs-websocket-js';
import { type OBSEventTypes, type OBSRequestTypes, type OBSResponseTypes } from 'obs-websocket-js';
import { AppError } from '../../../app/contract/errors';
import { requestError } from './obs-errors';

export const defaultRequestTimeoutMs = 5000;

/** obs-websocket lists (scenes, inputs) arrive as loose JSON objects; read one text field safely. */
export function textField(entry: Readonly<Record<string, unknown>>, key: string): string {
  const value = entry[key];
  return typeof value === 'string' ? value : '';
}

export type ObsRequest = keyof OBSRequestTypes;
export type ObsEvent = keyof OBSEventTypes;
/** obs-websocket's JSON object type, named through the request that uses it (type-fest is its own dependency). */
export type JsonObject = NonNullable<OBSRequestTypes['CreateInput']['inputSettings']>;

/** What the services need from a connection: calls that always settle, and OBS's events. */
export interface ObsCaller {
  call<K extends ObsRequest>(
    type: K,
    data?: OBSRequestTypes[K],
    timeoutMs?: number,
  ): Promise<OBSResponseTypes[K]>;
}

/**
 * One identified socket to OBS. obs-websocket-js leaves a request pending forever when the socket dies, so
 * every call here is raced against its own timeout and against the socket closing.
 */
export class ObsLink implements ObsCaller {
  private closed: AppError | null = null;
  /**
   * One request on the wire at a time. obs-websocket does not disable Nagle's algorithm, so a second reply
   * written while the first is unacknowledged waits for the client's delayed ACK: ~42 ms per overlapping pair
   * measured here (bench/obs.ts), against ~1 ms for the same requests in sequence.
   */
  private queue: Promise<void> = Promise.resolve();
  private readonly onClose = new Set<(error: AppError) => void>();

  constructor(readonly socket: OBSWebSocket) {
    socket.on('ConnectionClosed', (error) => this.close(error.message));
  }

  get isOpen(): boolean {
    return this.closed === null;
  }

  /** Marks the link dead and fails every call in flight at once. */
  close(reason: string): void {
    if (this.closed) return;
    this.closed = new AppError('OBS_NOT_CONNECTED', `connection to OBS closed: ${reason}`);
    for (const listener of [...this.onClose]) listener(this.closed);
    this.onClose.clear();
  }

  call<K extends ObsRequest>(
    type: K,
    data?: OBSRequestTypes[K],
    timeoutMs = defaultRequestTimeoutMs,
  ): Promise<OBSResponseTypes[K]> {
    if (this.closed) return Promise.reject(this.closed);
    const queued = this.queue;
    const result = new Promise<OBSResponseTypes[K]>((resolve, reject) => {
      const settle = (finish: () => void) => {
        clearTimeout(timer);
        this.onClose.delete(onClosed);
        finish();
      };
      const onClosed = (error: AppError) =>
        settle(() => reject(new AppError('OBS_NOT_CONNECTED', error.message, { request: type })));
      const timer = setTimeout(
        () =>
          settle(() =>
            reject(
              new AppError('OBS_TIMEOUT', `OBS did not answer ${type} in ${timeoutMs} ms`, {
                request: type,
                timeoutMs,
              }),
            ),
          ),
        timeoutMs,
      );
      this.onClose.add(onClosed);
      void queued.then(() => {
        if (this.closed) return onClosed(this.closed);
        this.socket.call(type, data).then(
          (response) => settle(() => resolve(response)),
          (error: unknown) => settle(() => reject(requestError(error, type))),
        );
      });
    });
    // The queue moves on when this call settles, including by its timeout: a request OBS never answers
    // holds the others up no longer than its own deadline.
    this.queue = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Waits for one OBS event that satisfies `accept`, failing on timeout or when the link closes. */
  waitFor<E extends ObsEvent>(
    event: E,
    accept: (data: OBSEventTypes[E]) => boolean,
    timeoutMs: number,
  ): { promise: Promise<OBSEventTypes[E]>; cancel: () => void } {
    let cancel = () => undefined as void;
    const promise = new Promise<OBSEventTypes[E]>((resolve, reject) => {
      if (this.closed) return reject(this.closed);
      const listener = (...args: unknown[]) => {
        const data = args[0] as OBSEventTypes[E];
        if (accept(data)) finish(() => resolve(data));
      };
      const onClosed = (error: AppError) => finish(() => reject(error));
      const finish = (then: () => void) => {
        clearTimeout(timer);
        this.socket.off(event, listener);
        this.onClose.delete(onClosed);
        then();
      };
      const timer = setTimeout(
        () =>
          finish(() =>
            reject(
              new AppError('OBS_TIMEOUT', `OBS sent no ${event} in ${timeoutMs} ms`, { event, timeoutMs }),
            ),
          ),
        timeoutMs,
      );
      cancel = () => finish(() => undefined);
      this.socket.on(event, listener);
      this.onClose.add(onClosed);
    });
    return { promise, cancel };
  }
}
