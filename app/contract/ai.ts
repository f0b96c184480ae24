import { z } from 'zod';
import { command, event } from './define';
import {
  aiConfigInputSchema,
  aiConfigSchema,
  aiDeltaSchema,
  aiGenerateParamsSchema,
  aiGenerateResultSchema,
  aiLocalStateSchema,
  aiTestResultSchema,
} from './ai-schemas';

export * from './ai-schemas';

const none = z.object({}).strict();

/**
 * The language model behind the copilot: every OpenAI-compatible endpoint (OpenAI, DeepSeek, DashScope, Ollama,
 * LM Studio, a custom one) or the owner's GGUF file served in-process. API keys stay in main.
 *
 * ai.testConnection and ai.generate raise one of: AI_OFF (no provider chosen), AI_UNAVAILABLE (unreachable,
 * refused key, server error, local model not loaded; `details.reason` says which), AI_TIMEOUT (no first
 * token or no complete answer in time; `details.reason` is `firstToken` or `total`), AI_BAD_OUTPUT (not JSON
 * or not matching the schema), AI_CANCELLED. The copilot answers from its offline engine on any of them, so
 * a failing model never leaves the owner without a suggestion.
 */
export const aiCommands = {
  /** Provider, endpoint, model, `hasApiKey` (never the key), timeout and the local model's state. */
  'ai.getConfig': command(none, aiConfigSchema),
  /**
   * Saves the provider settings; a preset without baseUrl takes its default address. The API key goes into
   * the secrets service (omitted keeps it, null clears it). Choosing `local` with a model file starts loading
   * it in the background (progress as ai.localStateChanged). Raises RPC_BAD_PARAMS for `custom` without a
   * baseUrl.
   */
  'ai.saveConfig': command(aiConfigInputSchema, aiConfigSchema),
  /** Asks the configured model for one token: round trip and the model's name, or the errors above. */
  'ai.testConnection': command(none, aiTestResultSchema),
  /**
   * Streams one chat completion: ai.textGenerated events carry the text as it comes (at most 20 a second, all of
   * them before this resolves). With `schema` the answer is JSON, parsed and validated into `json`. Raises
   * the errors above; RPC_BAD_PARAMS when `requestId` is already running.
   */
  'ai.generate': command(aiGenerateParamsSchema, aiGenerateResultSchema),
  /** Stops a running ai.generate, which then raises AI_CANCELLED. `cancelled` is false if none was running. */
  'ai.cancel': command(
    z.object({ requestId: z.string().min(1).max(64) }).strict(),
    z.object({ cancelled: z.boolean() }),
  ),
};

export const aiEvents = {
  /** New text of a running ai.generate. */
  'ai.textGenerated': event(aiDeltaSchema),
  /** The local model started loading, became ready, failed or was unloaded. */
  'ai.localStateChanged': event(aiLocalStateSchema),
};
