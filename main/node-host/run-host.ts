import { randomBytes } from 'node:crypto';
import type { Logger } from '../../app/rpc/logger';
import { createRpcServer } from '../../app/rpc/server';
import { compose } from '../composition';
import { startNodeHost, type NodeHost } from './host-server';

export interface RunHostOptions {
  port: number;
  rendererDir: string;
  appVersion: string;
  logger: Logger;
  dataDir: string;
  /** Fixed only by tests; a real launch always makes a fresh one. */
  token?: string;
}

export interface RunningHost {
  host: NodeHost;
  token: string;
  /** The address to open: the token rides in the fragment, which browsers never send to a server. */
  url: string;
  stop(): Promise<void>;
}

/** Composes the services behind the RPC server and serves them with the renderer on loopback. */
export async function runNodeHost(options: RunHostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let emit: ReturnType<typeof createRpcServer>['emit'] = () => undefined;
  const composition = compose({
    mode: 'browser',
    appVersion: options.appVersion,
    logger: options.logger,
    dataDir: options.dataDir,
    emit: (event, payload) => emit(event, payload),
  });
  const rpc = createRpcServer({ handlers: composition.handlers, logger: options.logger, token });
  emit = (event, payload) => rpc.emit(event, payload);
  try {
    const host = await startNodeHost({
      port: options.port,
      rendererDir: options.rendererDir,
      rpc,
      logger: options.logger,
    });
    return {
      host,
      token,
      url: `${host.origin}/#token=${token}`,
      stop: async () => {
        await composition.dispose();
        await host.close();
      },
    };
  } catch (error) {
    await composition.dispose();
    throw error;
  }
}
