import { z } from 'zod';
import { errorSchema } from './errors';

export const aiProviders = [
  'off',
  'openai',
  'deepseek',
  'dashscope',
  'ollama',
  'lmstudio',
  'custom',
  'local',
] as const;
export type AiProvider = (typeof aiProviders)[number];

/** Providers reached over the network (or a loopback server the owner runs); `local` is served in-process. */
export type AiRemoteProvider = Exclude<AiProvider, 'off' | 'local'>;

/** Where each preset's OpenAI-compatible endpoint lives; `custom` has no default and needs a baseUrl. */
export const aiPresetBaseUrls: Record<Exclude<AiRemoteProvider, 'custom'>, string> = {
  openai: 'https://api.openai.com/v1',
  deepseek: 'https://api.deepseek.com/v1',
  dashscope: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
  ollama: 'http://127.0.0.1:11434/v1',
  lmstudio: 'http://127.0.0.1:1234/v1',
};

export const aiLocalStates = ['stopped', 'loading', 'ready', 'failed'] as const;
export type AiLocalState = (typeof aiLocalStates)[number];

export const aiTimeoutLimits = { min: 1000, max: 300_000, default: 30_000 } as const;

export const aiConfigSchema = z.object({
  provider: z.enum(aiProviders),
  /** The endpoint the openai SDK talks to; for `local`, empty (the in-process server picks a loopback port). */
  baseUrl: z.string(),
  model: z.string(),
  /** Whether an API key is stored in the secrets service; the key itself never leaves main. */
  hasApiKey: z.boolean(),
  /** The whole-answer deadline for ai.generate unless a call asks for less (ms). */
  timeoutMs: z.number().int(),
  /** The owner's GGUF file for the `local` provider. */
  localModelPath: z.string().nullable(),
  localState: z.enum(aiLocalStates),
  /** Why the local model failed to load (missing file, not a GGUF…), else null. */
  localError: errorSchema.nullable(),
});
export type AiConfig = z.infer<typeof aiConfigSchema>;

export const aiConfigInputSchema = z
  .object({
    provider: z.enum(aiProviders),
    /** Omitted or empty takes the preset's address; `custom` needs one. Ignored for `local` and `off`. */
    baseUrl: z
      .string()
      .trim()
      .max(500)
      .regex(/^(https?:\/\/\S+)?$/)
      .optional(),
    /** The model name the endpoint knows (gpt-4o-mini, deepseek-chat, qwen-plus, qwen2.5:1.5b…). */
    model: z.string().trim().max(200).default(''),
    /** Omitted keeps the saved key; null (or empty) clears it. Kept by the secrets service, never echoed back. */
    apiKey: z.string().trim().max(500).nullable().optional(),
    timeoutMs: z.number().int().min(aiTimeoutLimits.min).max(aiTimeoutLimits.max).optional(),
    /** Omitted keeps the saved path; null forgets it (and unloads the model). */
    localModelPath: z.string().min(1).max(4096).nullable().optional(),
  })
  .strict();
export type AiConfigInput = z.input<typeof aiConfigInputSchema>;

export const aiMessageSchema = z
  .object({
    role: z.enum(['system', 'user', 'assistant']),
    content: z.string().max(32_000),
  })
  .strict();
export type AiMessage = z.infer<typeof aiMessageSchema>;

/** Big enough for any answer shape the copilot asks for, small enough that a schema cannot bloat a request. */
export const aiSchemaMaxChars = 16_000;

/**
 * A JSON Schema for the answer: a plain JSON object that zod can compile (`z.fromJSONSchema`), since the
 * host validates every structured answer against it. OpenAI's strict mode also wants every property listed
 * in `required` and `additionalProperties: false`.
 */
export const aiJsonSchemaSchema = z
  .record(z.string(), z.json())
  .refine((schema) => JSON.stringify(schema).length <= aiSchemaMaxChars, {
    message: `The schema must stay under ${aiSchemaMaxChars} characters of JSON`,
  })
  .refine(
    (schema) => {
      try {
        z.fromJSONSchema(schema);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'Not a JSON Schema this host can check answers against' },
  );

export const aiGenerateParamsSchema = z
  .object({
    /** Chosen by the caller; names the ai.textGenerated events and ai.cancel. Unique among running requests. */
    requestId: z.string().min(1).max(64),
    messages: z.array(aiMessageSchema).min(1).max(64),
    schema: aiJsonSchemaSchema.optional(),
    maxTokens: z.number().int().min(1).max(8192).default(512),
    temperature: z.number().min(0).max(2).default(0.7),
    /** Tighter deadlines for this call (ms), capped by the configured timeout. */
    firstTokenTimeoutMs: z.number().int().min(100).max(aiTimeoutLimits.max).optional(),
    timeoutMs: z.number().int().min(100).max(aiTimeoutLimits.max).optional(),
  })
  .strict();
export type AiGenerateParams = z.input<typeof aiGenerateParamsSchema>;

export const aiFinishReasons = ['stop', 'length', 'content_filter', 'other'] as const;
export type AiFinishReason = (typeof aiFinishReasons)[number];

export const aiGenerateResultSchema = z.object({
  requestId: z.string(),
  text: z.string(),
  /** The parsed answer when a schema was given (already validated against it), else null. */
  json: z.unknown(),
  /** `length`: the answer was cut at maxTokens. */
  finishReason: z.enum(aiFinishReasons),
  /** From the call to the first streamed text (ms); null when the answer was empty. */
  firstTokenMs: z.number().nullable(),
  totalMs: z.number(),
  provider: z.enum(aiProviders),
  model: z.string(),
});
export type AiGenerateResult = z.infer<typeof aiGenerateResultSchema>;

export const aiTestResultSchema = z.object({
  ok: z.literal(true),
  latencyMs: z.number(),
  /** The model that answered, as the endpoint names it. */
  model: z.string(),
});
export type AiTestResult = z.infer<typeof aiTestResultSchema>;

export const aiDeltaSchema = z.object({
  requestId: z.string(),
  /** Text added since the previous delta of this request. */
  text: z.string(),
});

export const aiLocalStateSchema = z.object({
  state: z.enum(aiLocalStates),
  modelPath: z.string().nullable(),
  error: errorSchema.nullable(),
});
export type AiLocalStatus = z.infer<typeof aiLocalStateSchema>;
