import { join } from 'node:path';
import type { EventName, PayloadOf } from '../../../app/contract';
import type { Logger } from '../../../app/rpc/logger';
import type { Handlers } from '../../../app/rpc/server';
import { defaultThreads } from './engine/engine';
import { createWhisperNodeEngine } from './engine/whisper-node-engine';
import { createModelManager, type SttModelCommandName } from './models/model-manager';
import { createStreamHandlers, type SttStreamCommand } from './stream/stream-handlers';

export interface SttServiceOptions {
  dataDir: string;
  logger: Logger;
  emit: <N extends EventName>(event: N, payload: PayloadOf<N>) => void;
}

export interface SttService {
  handlers: Pick<Handlers, SttModelCommandName | SttStreamCommand>;
  dispose(): Promise<void>;
}

/** Live captions: the whisper-node engine in its own process, the model manager and the caption streams. */
export function createSttService(options: SttServiceOptions): SttService {
  const engine = createWhisperNodeEngine({ logger: options.logger });
  const threads = defaultThreads();
  const models = createModelManager({
    dataDir: options.dataDir,
    emit: options.emit,
    logger: options.logger,
    engineName: engine.name,
    engineAvailable: () => engine.available(),
    threads,
  });
  const streams = createStreamHandlers({
    engine,
    activeModelPath: () => models.activeModelPath(),
    threads,
    workDir: join(options.dataDir, 'captions-work'),
    emit: options.emit,
    logger: options.logger,
  });
  return {
    handlers: { ...models.handlers, ...streams.handlers },
    dispose: async () => {
      await streams.dispose();
      await models.dispose();
      await engine.dispose();
    },
  };
}
