import { randomUUID } from 'node:crypto';
import type { AiGenerateResult } from '../../../app/contract/ai-schemas';
import { AppError } from '../../../app/contract/errors';
import type { Logger } from '../../../app/rpc/logger';
import type { Handlers } from '../../../app/rpc/server';
import type { AiSettingsStore } from './ai-settings';
import type { EndpointResolver } from './endpoints';
import type { LocalModelHost } from './local/local-model-host';
import { RequestControl, type Deadlines } from './request-control';
import { runCompletion, type CompletionDeps } from './run-completion';

export type AiCommandName = Extract<keyof Handlers, `ai.${string}`>;

/** Without a tighter deadline from the caller, a provider that has not started answering by then is hung. */
const defaultFirstTokenMs = 15_000;

export interface AiHandlerDeps {
  settings: AiSettingsStore;
  local: LocalModelHost;
  endpoints: EndpointResolver;
  logger: Logger;
  onDelta(requestId: string, text: string): void;
}

export interface AiHandlers {
  handlers: Pick<Handlers, AiCommandName>;
  /** Stops every running request (the host is shutting down). */
  cancelAll: () => void;
}

/** The ai.* commands: settings, the connection test and streamed generation with cancel. */
export function createAiHandlers(deps: AiHandlerDeps): AiHandlers {
  const { settings, local, endpoints } = deps;
  const running = new Map<string, RequestControl>();
  const completionDeps = (requestId: string | null): CompletionDeps => ({
    endpoint: (signal) => endpoints.resolve(signal),
    onDelta: (text) => {
      if (requestId !== null) deps.onDelta(requestId, text);
    },
    logger: deps.logger,
  });
  const deadlines = (firstTokenMs: number | undefined, totalMs: number | undefined): Deadlines => {
    const configured = settings.current.timeoutMs;
    const total = Math.min(totalMs ?? configured, configured);
    return { firstTokenMs: Math.min(firstTokenMs ?? defaultFirstTokenMs, total), totalMs: total };
  };
  const applyLocalModel = () => {
    const { provider, localModelPath } = settings.current;
    local.use(provider === 'local' ? localModelPath : null);
  };
  applyLocalModel();

  return {
    handlers: {
      'ai.getConfig': () => settings.toConfig(local.status),
      'ai.saveConfig': (input) => {
        settings.save(input);
        applyLocalModel();
        return settings.toConfig(local.status);
      },
      'ai.testConnection': async () => {
        const { provider, localModelPath } = settings.current;
        if (provider === 'local' && localModelPath !== null) local.use(localModelPath, true);
        const total = settings.current.timeoutMs;
        const control = new RequestControl(`test-${randomUUID()}`, { firstTokenMs: total, totalMs: total });
        const output = await runCompletion(completionDeps(null), control, {
          messages: [{ role: 'user', content: 'ping' }],
          maxTokens: 1,
          temperature: 0,
        });
        return { ok: true as const, latencyMs: output.totalMs, model: output.model };
      },
      'ai.generate': async (params): Promise<AiGenerateResult> => {
        if (running.has(params.requestId))
          throw new AppError('RPC_BAD_PARAMS', `Request ${params.requestId} is already running`, {
            field: 'requestId',
          });
        const control = new RequestControl(
          params.requestId,
          deadlines(params.firstTokenTimeoutMs, params.timeoutMs),
        );
        running.set(params.requestId, control);
        try {
          const output = await runCompletion(completionDeps(params.requestId), control, params);
          return {
            requestId: params.requestId,
            text: output.text,
            json: output.json,
            finishReason: output.finishReason,
            firstTokenMs: output.firstTokenMs,
            totalMs: output.totalMs,
            provider: output.provider,
            model: output.model,
          };
        } finally {
          running.delete(params.requestId);
        }
      },
      'ai.cancel': ({ requestId }) => {
        const control = running.get(requestId);
        control?.stop('cancelled');
        return { cancelled: control !== undefined };
      },
    },
    cancelAll: () => {
      for (const control of running.values()) control.stop('cancelled');
    },
  };
}
