import {
  AppError,
  commands,
  events,
  type CommandName,
  type EventName,
  type ParamsOf,
  type PayloadOf,
  type ResultOf,
} from '../contract';
import { decodeFrame, encodeFrame } from './envelope';
import type { Logger } from './logger';
import type { Transport } from './transport';

export interface CallOptions {
  timeoutMs?: number;
}

export interface RpcClient {
  /** Calls a command; the compiler checks name, params and result against the contract. */
  call<N extends CommandName>(method: N, params: ParamsOf<N>, options?: CallOptions): Promise<ResultOf<N>>;
  /** Listens to an event; returns the function that stops listening. */
  on<N extends EventName>(event: N, listener: (payload: PayloadOf<N>) => void): () => void;
  /** Resolves once the host has accepted this connection, rejects with its typed error otherwise. */
  readonly ready: Promise<void>;
  /** Registers a handler for when the link is gone for good (closed by either side). */
  onClosed(handler: (reason: AppError) => void): () => void;
  close(): void;
}

export interface RpcClientOptions {
  token?: string;
  timeoutMs?: number;
  logger: Logger;
  /** Request ids must be unique per connection; injectable so tests are deterministic. */
  nextId?: () => string;
}

interface Pending {
  method: CommandName;
  resolve: (value: unknown) => void;
  reject: (error: AppError) => void;
  timer: ReturnType<typeof setTimeout>;
}

export function createRpcClient(transport: Transport, options: RpcClientOptions): RpcClient {
  const { logger } = options;
  const defaultTimeout = options.timeoutMs ?? 10_000;
  const pending = new Map<string, Pending>();
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const closedHandlers = new Set<(reason: AppError) => void>();
  let counter = 0;
  const nextId = options.nextId ?? (() => `c${(counter += 1)}`);
  let closedWith: AppError | null = null;
  let fatal: AppError | null = null;

  let resolveReady!: () => void;
  let rejectReady!: (error: AppError) => void;
  const ready = new Promise<void>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  ready.catch(() => undefined);

  const send = (frame: Parameters<typeof encodeFrame>[0]): void => transport.send(encodeFrame(frame));

  const finish = (reason: AppError): void => {
    if (closedWith) return;
    closedWith = reason;
    rejectReady(reason);
    for (const [id, entry] of pending) {
      clearTimeout(entry.timer);
      entry.reject(reason);
      pending.delete(id);
    }
    for (const handler of closedHandlers) handler(reason);
  };

  transport.onMessage((frame) => {
    const decoded = decodeFrame(frame);
    if (!decoded.ok) {
      logger.warn('rpc client: bad frame from host', { reason: decoded.reason });
      return;
    }
    const envelope = decoded.envelope;
    if (envelope.t === 'welcome') {
      resolveReady();
      return;
    }
    if (envelope.t === 'evt') {
      const set = listeners.get(envelope.event as EventName);
      if (!set) return;
      const spec = events[envelope.event as EventName];
      const parsed = spec.payload.safeParse(envelope.payload);
      if (!parsed.success) {
        logger.warn('rpc client: event payload rejected', { event: envelope.event });
        return;
      }
      for (const listener of set) listener(parsed.data);
      return;
    }
    if (envelope.t === 'err' && envelope.id === null) {
      const error = AppError.fromData(envelope.error);
      if (error.code === 'RPC_UNAUTHORIZED') {
        fatal = error;
        rejectReady(error);
      } else {
        logger.warn('rpc client: host reported', { code: error.code, message: error.message });
      }
      return;
    }
    if (envelope.t !== 'res' && envelope.t !== 'err') return;
    const entry = envelope.id === null ? undefined : pending.get(envelope.id);
    if (!entry || envelope.id === null) return;
    pending.delete(envelope.id);
    clearTimeout(entry.timer);
    if (envelope.t === 'err') {
      entry.reject(AppError.fromData(envelope.error));
      return;
    }
    const parsed = commands[entry.method].result.safeParse(envelope.result);
    if (parsed.success) entry.resolve(parsed.data);
    else
      entry.reject(
        new AppError('RPC_BAD_RESULT', `The host answered ${entry.method} with an invalid result`),
      );
  });

  transport.onClose(() =>
    finish(fatal ?? new AppError('RPC_DISCONNECTED', 'The connection to the host was closed')),
  );

  if (options.token === undefined) resolveReady();
  else send({ v: 1, t: 'hello', token: options.token });

  return {
    call(method, params, callOptions) {
      if (closedWith) return Promise.reject(closedWith);
      const id = nextId();
      const timeoutMs = callOptions?.timeoutMs ?? defaultTimeout;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(
            new AppError('RPC_TIMEOUT', `${method} got no answer within ${timeoutMs} ms`, {
              method,
              timeoutMs,
            }),
          );
        }, timeoutMs);
        pending.set(id, { method, resolve: resolve as (value: unknown) => void, reject, timer });
        try {
          send({ v: 1, t: 'req', id, method, params });
        } catch (error) {
          clearTimeout(timer);
          pending.delete(id);
          reject(new AppError('RPC_DISCONNECTED', `Could not send ${method}: ${String(error)}`));
        }
      });
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
        if (!closedWith) send({ v: 1, t: 'sub', event });
      }
      const entry = listener as (payload: unknown) => void;
      set.add(entry);
      return () => {
        const current = listeners.get(event);
        if (!current?.delete(entry) || current.size > 0) return;
        listeners.delete(event);
        if (!closedWith) send({ v: 1, t: 'unsub', event });
      };
    },
    ready,
    onClosed(handler) {
      closedHandlers.add(handler);
      return () => closedHandlers.delete(handler);
    },
    close() {
      transport.close();
      finish(new AppError('RPC_DISCONNECTED', 'The connection was closed by this side'));
    },
  };
}
