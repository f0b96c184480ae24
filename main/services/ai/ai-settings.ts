import { join } from 'node:path';
import { z } from 'zod';
import {
  aiPresetBaseUrls,
  aiProviders,
  aiTimeoutLimits,
  type aiConfigInputSchema,
  type AiConfig,
  type AiLocalStatus,
  type AiProvider,
} from '../../../app/contract/ai-schemas';
import { AppError } from '../../../app/contract/errors';
import { readJsonFile, writeJsonFile } from '../../shared/json-file';
import type { SecretStore } from '../secrets/secret-store';

const settingsSchema = z.object({
  provider: z.enum(aiProviders),
  baseUrl: z.string(),
  model: z.string(),
  timeoutMs: z.number().int().min(aiTimeoutLimits.min).max(aiTimeoutLimits.max),
  localModelPath: z.string().nullable(),
});
export type AiSettings = z.infer<typeof settingsSchema>;

const defaults: AiSettings = {
  provider: 'off',
  baseUrl: '',
  model: '',
  timeoutMs: aiTimeoutLimits.default,
  localModelPath: null,
};

/** One key per provider, so switching from DeepSeek to OpenAI never sends DeepSeek's key to OpenAI. */
function keySecret(provider: AiProvider): string {
  return `ai.apiKey.${provider}`;
}

/**
 * A key is stored with the address it was entered for and only ever sent there: changing a preset's address
 * (by mistake, or by a compromised page) cannot send the saved key somewhere else.
 */
const storedKeySchema = z.object({ baseUrl: z.string(), key: z.string() });

function baseUrlFor(provider: AiProvider, given: string | undefined): string {
  if (provider === 'off' || provider === 'local') return '';
  const trimmed = (given ?? '').replace(/\/+$/, '');
  if (trimmed !== '') return trimmed;
  if (provider === 'custom')
    throw new AppError('RPC_BAD_PARAMS', 'A custom provider needs the address of its endpoint', {
      field: 'baseUrl',
    });
  return aiPresetBaseUrls[provider];
}

/** Provider settings in ai.json; API keys only in the secret store, never in the file or the config. */
export class AiSettingsStore {
  private readonly file: string;
  private value: AiSettings;

  constructor(
    dataDir: string,
    private readonly secrets: SecretStore,
  ) {
    this.file = join(dataDir, 'ai.json');
    this.value = readJsonFile(this.file, settingsSchema, defaults);
  }

  get current(): AiSettings {
    return this.value;
  }

  save(input: z.output<typeof aiConfigInputSchema>): AiSettings {
    const next: AiSettings = {
      provider: input.provider,
      baseUrl: baseUrlFor(input.provider, input.baseUrl),
      model: input.model,
      timeoutMs: input.timeoutMs ?? this.value.timeoutMs,
      localModelPath: input.localModelPath === undefined ? this.value.localModelPath : input.localModelPath,
    };
    if (input.apiKey !== undefined) {
      const key = input.apiKey === null || input.apiKey === '' ? null : input.apiKey;
      const stored = key === null ? null : JSON.stringify({ baseUrl: next.baseUrl, key });
      this.secrets.set(keySecret(input.provider), stored);
    }
    writeJsonFile(this.file, next);
    this.value = next;
    return next;
  }

  /** The key for the current provider, if it was entered for the current address. */
  apiKey(): string | null {
    const { provider, baseUrl } = this.value;
    const stored = this.secrets.get(keySecret(provider));
    if (stored === null) return null;
    try {
      const parsed = storedKeySchema.parse(JSON.parse(stored));
      return parsed.baseUrl === baseUrl ? parsed.key : null;
    } catch {
      return null;
    }
  }

  /** What the renderer may see: whether a key is stored, never the key. */
  toConfig(local: AiLocalStatus): AiConfig {
    const { provider, baseUrl, model, timeoutMs, localModelPath } = this.value;
    return {
      provider,
      baseUrl,
      model,
      hasApiKey: this.apiKey() !== null,
      timeoutMs,
      localModelPath,
      localState: local.state,
      localError: local.error,
    };
  }
}
