import OpenAI from 'openai';
import { aiOff } from './ai-errors';
import type { AiSettingsStore } from './ai-settings';
import type { Endpoint } from './chat-stream';
import type { LocalModelHost } from './local/local-model-host';

/** The SDK's own timeout is a backstop behind the request's deadlines, which fire first and say which one. */
const sdkTimeoutMarginMs = 1000;

/**
 * Turns the saved settings into an openai SDK client: remote providers with the key from the secret store,
 * the local model with its loopback address and per-launch token. Clients are reused until settings change.
 */
export class EndpointResolver {
  private cached: { key: string; client: OpenAI } | null = null;

  constructor(
    private readonly settings: AiSettingsStore,
    private readonly local: LocalModelHost,
  ) {}

  async resolve(signal: AbortSignal): Promise<Endpoint> {
    const { provider, baseUrl, model, localModelPath } = this.settings.current;
    if (provider === 'off') throw aiOff('off', provider);
    if (provider === 'local') {
      if (localModelPath === null) throw aiOff('noModel', provider);
      this.local.use(localModelPath);
      const server = await this.local.ready(signal);
      return { provider, model: server.modelId, client: this.client(server.baseURL, server.apiKey) };
    }
    if (model === '') throw aiOff('noModel', provider);
    return { provider, model, client: this.client(baseUrl, this.settings.apiKey()) };
  }

  private client(baseURL: string, apiKey: string | null): OpenAI {
    const timeout = this.settings.current.timeoutMs + sdkTimeoutMarginMs;
    const key = JSON.stringify([baseURL, apiKey, timeout]);
    if (this.cached?.key === key) return this.cached.client;
    // Ollama and LM Studio take no key, but the SDK insists on one.
    const client = new OpenAI({
      baseURL,
      apiKey: apiKey ?? 'not-needed',
      timeout,
      maxRetries: 0,
      logLevel: 'off',
    });
    this.cached = { key, client };
    return client;
  }
}
