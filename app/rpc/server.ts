import type { z } from 'zod';
import {
  AppError,
  commands,
  events,
  isCommandName,
  isEventName,
  toAppError,
  type CommandName,
  type Commands,
  type EventName,
  type PayloadOf,
  type ResultOf,
} from '../contract';
import { decodeFrame, encodeFrame, type Envelope } from './envelope';
import type { Logger } from './logger';
import type { Transport } from './transport';
import { tokensEqual } from './token-compare';

export type Handlers = {
  [N in CommandName]: (params: z.output<Commands[N]['params']>) => Promise<ResultOf<N>> | ResultOf<N>;
};

export interface RpcServerOptions {
  /** Partial so a host can serve a subset (tests); the composition root returns the complete map. */
  handlers: Partial<Handlers>;
  logger: Logger;
  /** When set, a connection must present this token in its first frame (browser mode); IPC is trusted. */
  token?: string;
  /** How long an unauthenticated connection may stay open without saying hello. */
  helloTimeoutMs?: number;
}

export interface AcceptOptions {
  /** A peer on a channel that is authenticated by construction (Electron IPC from our own window). */
  trusted: boolean;
  /** A label for logs: remote address or window id. */
  peer: string;
}

export interface RpcServer {
  accept(transport: Transport, options: AcceptOptions): void;
  emit<N extends EventName>(event: N, payload: PayloadOf<N>): void;
  readonly connectionCount: number;
  closeAll(): void;
}

interface Session {
  transport: Transport;
  authenticated: boolean;
  subscriptions: Set<EventName>;
  peer: string;
}

export function createRpcServer(options: RpcServerOptions): RpcServer {
  const { handlers, logger } = options;
  const sessions = new Set<Session>();
  const needsToken = options.token !== undefined;

  const reply = (session: Session, envelope: Envelope): void => {
    try {
      session.transport.send(encodeFrame(envelope));
    } catch (error) {
      logger.warn('rpc: send failed', { peer: session.peer, error: String(error) });
    }
  };

  const fail = (session: Session, id: string | null, error: AppError): void => {
    reply(session, { v: 1, t: 'err', id, error: error.toData() });
  };

  const runCommand = async (session: Session, id: string, method: string, params: unknown): Promise<void> => {
    if (!isCommandName(method) || !handlers[method]) {
      logger.warn('rpc: unknown method', { peer: session.peer, method });
      fail(session, id, new AppError('RPC_UNKNOWN_METHOD', `Unknown method: ${method}`, { method }));
      return;
    }
    const spec = commands[method];
    const parsed = spec.params.safeParse(params ?? {});
    if (!parsed.success) {
      logger.warn('rpc: bad params', { peer: session.peer, method, issues: parsed.error.issues });
      fail(
        session,
        id,
        new AppError('RPC_BAD_PARAMS', `Invalid parameters for ${method}`, {
          method,
          issues: parsed.error.issues.map((issue) => ({
            path: issue.path.join('.'),
            message: issue.message,
          })),
        }),
      );
      return;
    }
    try {
      const handler = handlers[method] as (p: unknown) => unknown;
      const result = spec.result.parse(await handler(parsed.data));
      reply(session, { v: 1, t: 'res', id, result });
    } catch (thrown) {
      const error = toAppError(thrown);
      if (error.code === 'INTERNAL') {
        logger.error('rpc: handler failed', { peer: session.peer, method, error: String(thrown) });
      }
      fail(session, id, error);
    }
  };

  const handleFrame = (session: Session, frame: string): void => {
    const decoded = decodeFrame(frame);
    if (!decoded.ok) {
      logger.warn('rpc: bad envelope', { peer: session.peer, reason: decoded.reason });
      fail(session, null, new AppError('RPC_BAD_ENVELOPE', `Malformed frame: ${decoded.reason}`));
      return;
    }
    const envelope = decoded.envelope;
    if (envelope.t === 'hello') {
      if (!needsToken || session.authenticated || tokensEqual(envelope.token, options.token ?? '')) {
        session.authenticated = true;
        reply(session, { v: 1, t: 'welcome' });
        return;
      }
      logger.warn('rpc: wrong token', { peer: session.peer });
      fail(session, null, new AppError('RPC_UNAUTHORIZED', 'Wrong or missing session token'));
      session.transport.close();
      return;
    }
    if (!session.authenticated) {
      logger.warn('rpc: frame before hello', { peer: session.peer, kind: envelope.t });
      const id = envelope.t === 'req' ? envelope.id : null;
      fail(session, id, new AppError('RPC_UNAUTHORIZED', 'Say hello with the session token first'));
      return;
    }
    switch (envelope.t) {
      case 'req':
        void runCommand(session, envelope.id, envelope.method, envelope.params);
        return;
      case 'sub':
      case 'unsub':
        if (!isEventName(envelope.event)) {
          logger.warn('rpc: unknown event', { peer: session.peer, event: envelope.event });
          fail(session, null, new AppError('RPC_UNKNOWN_METHOD', `Unknown event: ${envelope.event}`));
          return;
        }
        if (envelope.t === 'sub') session.subscriptions.add(envelope.event);
        else session.subscriptions.delete(envelope.event);
        return;
      default:
        logger.warn('rpc: unexpected frame from client', { peer: session.peer, kind: envelope.t });
        fail(session, null, new AppError('RPC_BAD_ENVELOPE', `A client may not send '${envelope.t}' frames`));
    }
  };

  return {
    accept(transport, { trusted, peer }) {
      const session: Session = {
        transport,
        authenticated: trusted || !needsToken,
        subscriptions: new Set(),
        peer,
      };
      sessions.add(session);
      const helloTimer = session.authenticated
        ? undefined
        : setTimeout(() => {
            if (!session.authenticated) {
              logger.warn('rpc: no hello in time, closing', { peer });
              transport.close();
            }
          }, options.helloTimeoutMs ?? 5000);
      const offMessage = transport.onMessage((frame) => handleFrame(session, frame));
      transport.onClose(() => {
        clearTimeout(helloTimer);
        offMessage();
        sessions.delete(session);
      });
    },
    emit(event, payload) {
      const checked: unknown = events[event].payload.parse(payload);
      for (const session of sessions) {
        if (session.authenticated && session.subscriptions.has(event)) {
          reply(session, { v: 1, t: 'evt', event, payload: checked });
        }
      }
    },
    get connectionCount() {
      return sessions.size;
    },
    closeAll() {
      for (const session of [...sessions]) session.transport.close();
    },
  };
}
