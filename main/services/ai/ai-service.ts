import type { EventName, PayloadOf } from '../../../app/contract';
import type { Logger } from '../../../app/rpc/logger';
import type { Handlers } from '../../../app/rpc/server';
import type { SecretStore } from '../secrets/secret-store';
import { createAiHandlers, type AiCommandName } from './ai-handlers';
import { AiSettingsStore } from './ai-settings';
import { EndpointResolver } from './endpoints';
import { LocalModelHost } from './local/local-model-host';
import { startLocalModelServer, type LocalModelServerOptions } from './local/local-model-server';

export interface AiServiceOptions {
  dataDir: string;
  secrets: SecretStore;
  logger: Logger;
  emit: <N extends EventName>(event: N, payload: PayloadOf<N>) => void;
  /** Local model tuning (threads, context size); the model path itself comes from the settings. */
  local?: Omit<LocalModelServerOptions, 'modelPath' | 'logger'>;
}

export interface AiService {
  handlers: Pick<Handlers, AiCommandName>;
  dispose(): Promise<void>;
}

/**
 * The copilot's language model: every provider, the owner's local GGUF file included, through the openai
 * SDK against an OpenAI-compatible endpoint. The offline engine the copilot falls back to lives elsewhere.
 */
export function createAiService(options: AiServiceOptions): AiService {
  const settings = new AiSettingsStore(options.dataDir, options.secrets);
  const local = new LocalModelHost({
    logger: options.logger,
    onStatus: (status) => options.emit('ai.localStateChanged', status),
    start: (server) => startLocalModelServer({ ...options.local, ...server }),
  });
  const { handlers, cancelAll } = createAiHandlers({
    settings,
    local,
    endpoints: new EndpointResolver(settings, local),
    logger: options.logger,
    onDelta: (requestId, text) => options.emit('ai.textGenerated', { requestId, text }),
  });
  return {
    handlers,
    dispose: async () => {
      cancelAll();
      await local.dispose();
    },
  };
}
