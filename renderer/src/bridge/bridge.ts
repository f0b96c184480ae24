import {
  AppError,
  type CommandName,
  type EventName,
  type ParamsOf,
  type PayloadOf,
  type ResultOf,
} from '../../../app/contract';
import { createRpcClient, type CallOptions, type RpcClient } from '../../../app/rpc/client';
import type { Logger } from '../../../app/rpc/logger';
import type { Transport } from '../../../app/rpc/transport';

export type BridgeState = 'connecting' | 'connected' | 'reconnecting' | 'unauthorized';

export interface Bridge {
  call<N extends CommandName>(method: N, params: ParamsOf<N>, options?: CallOptions): Promise<ResultOf<N>>;
  on<N extends EventName>(event: N, listener: (payload: PayloadOf<N>) => void): () => void;
  onState(listener: (state: BridgeState) => void): () => void;
  readonly state: BridgeState;
}

export interface BridgeOptions {
  connect: () => Promise<Transport>;
  token?: string;
  logger: Logger;
  /** Delay before the n-th reconnection attempt. */
  backoffMs?: (attempt: number) => number;
}

type AnyListener = (payload: unknown) => void;

/**
 * The renderer's one client of the contract. It keeps a connection up (reconnecting with backoff after
 * the host restarts), re-subscribes listeners on every new connection, and fails calls fast with
 * RPC_DISCONNECTED while the host is away rather than letting them hang.
 */
export function createBridge(options: BridgeOptions): Bridge {
  const backoff = options.backoffMs ?? ((attempt: number) => Math.min(250 * 2 ** attempt, 5000));
  const listeners = new Map<EventName, Set<AnyListener>>();
  const detachers = new Map<AnyListener, () => void>();
  const stateListeners = new Set<(state: BridgeState) => void>();
  let client: RpcClient | null = null;
  let state: BridgeState = 'connecting';

  const setState = (next: BridgeState) => {
    if (next === state) return;
    state = next;
    for (const listener of stateListeners) listener(next);
  };

  const attach = (rpc: RpcClient, event: EventName, listener: AnyListener) =>
    detachers.set(listener, rpc.on(event, listener));

  const connectLoop = async (attempt: number): Promise<void> => {
    try {
      const rpc = createRpcClient(await options.connect(), { token: options.token, logger: options.logger });
      await rpc.ready;
      client = rpc;
      for (const [event, set] of listeners) for (const listener of set) attach(rpc, event, listener);
      setState('connected');
      rpc.onClosed(() => {
        client = null;
        if (state === 'unauthorized') return;
        setState('reconnecting');
        setTimeout(() => void connectLoop(0), backoff(0));
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'RPC_UNAUTHORIZED') {
        setState('unauthorized');
        return;
      }
      if (attempt > 0) setState('reconnecting');
      setTimeout(() => void connectLoop(attempt + 1), backoff(attempt));
    }
  };
  void connectLoop(0);

  return {
    call(method, params, callOptions) {
      if (!client)
        return Promise.reject(new AppError('RPC_DISCONNECTED', 'The workbench host is not connected'));
      return client.call(method, params, callOptions);
    },
    on(event, listener) {
      const entry = listener as AnyListener;
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(entry);
      if (client) attach(client, event, entry);
      return () => {
        set.delete(entry);
        detachers.get(entry)?.();
        detachers.delete(entry);
      };
    },
    onState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    get state() {
      return state;
    },
  };
}
