import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { z } from 'zod';
import type { AiFinishReason, AiMessage, AiProvider } from '../../../app/contract/ai-schemas';
import { badOutput } from './ai-errors';

export type JsonSchema = Record<string, unknown>;
type RequestShape = Pick<ChatCompletionCreateParamsStreaming, 'messages' | 'response_format'>;

/**
 * DeepSeek and DashScope's compatible mode answer `json_object` but not `json_schema`, so for them the schema
 * travels in the prompt instead; every other endpoint (and the local server) gets the schema itself.
 */
const jsonObjectOnly: ReadonlySet<AiProvider> = new Set(['deepseek', 'dashscope']);

function schemaInstruction(schema: JsonSchema): string {
  return `Answer with one JSON object only, no other text, that satisfies this JSON Schema:\n${JSON.stringify(schema)}`;
}

/** The messages and response_format of a chat request, asking for JSON when a schema is given. */
export function requestShape(
  provider: AiProvider,
  messages: readonly AiMessage[],
  schema: JsonSchema | undefined,
): RequestShape {
  const plain = messages.map(({ role, content }) => ({ role, content }));
  if (schema === undefined) return { messages: plain };
  if (jsonObjectOnly.has(provider))
    return {
      messages: [{ role: 'system', content: schemaInstruction(schema) }, ...plain],
      response_format: { type: 'json_object' },
    };
  return {
    messages: plain,
    response_format: { type: 'json_schema', json_schema: { name: 'answer', schema, strict: true } },
  };
}

/** Models served without a grammar sometimes wrap JSON in a Markdown fence; the fence is not the answer. */
function withoutFence(text: string): string {
  const fenced = /^```(?:json)?\s*\n([\s\S]*?)\n?```$/.exec(text.trim());
  return fenced?.[1] ?? text.trim();
}

/** Parses a structured answer and checks it against the schema the caller asked for. */
export function readStructured(text: string, schema: JsonSchema, finishReason: AiFinishReason): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(withoutFence(text));
  } catch {
    if (finishReason === 'length')
      throw badOutput('truncated', 'The JSON answer was cut off at the token limit', { chars: text.length });
    throw badOutput('notJson', 'The model did not answer with JSON', { chars: text.length });
  }
  const result = z.fromJSONSchema(schema).safeParse(parsed);
  if (result.success) return result.data;
  throw badOutput('schema', 'The JSON answer does not match the schema', {
    issues: result.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`),
  });
}
