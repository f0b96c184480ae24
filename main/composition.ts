import type { EventName, PayloadOf, RunMode } from '../app/contract';
import type { Logger } from '../app/rpc/logger';
import type { Handlers } from '../app/rpc/server';
import { createAiService } from './services/ai/ai-service';
import { createCommentsService } from './services/comments/comments-service';
import { createHostHandlers } from './services/host/host-service';
import { createNetworkMonitor } from './services/network/network-monitor';
import { createObsService } from './services/obs/obs-service';
import { createSecretStore, type SecretCodec } from './services/secrets/secret-store';
import { createSttService } from './services/stt/stt-service';

export interface CompositionOptions {
  mode: RunMode;
  appVersion: string;
  logger: Logger;
  /** Where main keeps its own files (OBS settings, secrets, overlay pictures); the owner's data is in RxDB. */
  dataDir: string;
  /** Electron passes the OS keychain; the Node host keeps secrets in an owner-only file. */
  secretCodec?: SecretCodec;
  /** Where events go: the RPC server's emit, wired by whichever transport hosts the composition. */
  emit: <N extends EventName>(event: N, payload: PayloadOf<N>) => void;
}

export interface Composition {
  handlers: Handlers;
  dispose(): Promise<void>;
}

/** Wires every service once; Electron's main process and the Node host both start from here. */
export function compose(options: CompositionOptions): Composition {
  const network = createNetworkMonitor({
    onChange: (status) => options.emit('network.statusChanged', status),
  });
  const host = createHostHandlers({
    appVersion: options.appVersion,
    mode: options.mode,
    platform: process.platform,
    startedAt: Date.now(),
  });
  const secrets = createSecretStore(options.dataDir, options.secretCodec);
  const obs = createObsService({
    dataDir: options.dataDir,
    secrets,
    logger: options.logger,
    platform: process.platform,
    emit: options.emit,
  });
  const stt = createSttService({ dataDir: options.dataDir, logger: options.logger, emit: options.emit });
  const comments = createCommentsService({
    dataDir: options.dataDir,
    logger: options.logger,
    emit: options.emit,
  });
  const ai = createAiService({
    dataDir: options.dataDir,
    secrets,
    logger: options.logger,
    emit: options.emit,
  });
  options.logger.info('services composed', { mode: options.mode, dataDir: options.dataDir });
  return {
    handlers: {
      ...host,
      ...network.handlers,
      ...obs.handlers,
      ...stt.handlers,
      ...comments.handlers,
      ...ai.handlers,
    },
    dispose: async () => {
      network.stop();
      await Promise.all([obs.dispose(), stt.dispose(), comments.dispose(), ai.dispose()]);
    },
  };
}
