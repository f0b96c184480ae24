import type OpenAI from 'openai';
import type { AiFinishReason, AiMessage, AiProvider } from '../../../app/contract/ai-schemas';
import { badOutput } from './ai-errors';
import { requestShape, type JsonSchema } from './structured-output';

/** A configured OpenAI-compatible endpoint: every provider, the local model included, is one of these. */
export interface Endpoint {
  provider: AiProvider;
  model: string;
  client: OpenAI;
}

export interface ChatStreamRequest {
  messages: readonly AiMessage[];
  schema?: JsonSchema | undefined;
  maxTokens: number;
  temperature: number;
  signal: AbortSignal;
  onText: (text: string) => void;
}

export interface ChatStreamOutcome {
  text: string;
  finishReason: AiFinishReason;
  /** The model that answered, as the endpoint names it (falls back to the configured name). */
  model: string;
}

function finishReasonOf(reason: string): AiFinishReason {
  return reason === 'stop' || reason === 'length' || reason === 'content_filter' ? reason : 'other';
}

/**
 * One streamed chat completion through the official SDK. Errors surface as the SDK throws them; the caller
 * maps them (and its own deadlines) to AI_* codes. An aborted stream may end quietly, so the caller checks
 * its signal afterwards too.
 */
export async function streamChat(endpoint: Endpoint, request: ChatStreamRequest): Promise<ChatStreamOutcome> {
  const { messages, response_format } = requestShape(endpoint.provider, request.messages, request.schema);
  // OpenAI's newer models refuse max_tokens; the other compatible servers still expect it.
  const limit =
    endpoint.provider === 'openai'
      ? { max_completion_tokens: request.maxTokens }
      : { max_tokens: request.maxTokens };
  const stream = await endpoint.client.chat.completions.create(
    {
      model: endpoint.model,
      messages,
      ...(response_format === undefined ? {} : { response_format }),
      ...limit,
      temperature: request.temperature,
      stream: true,
    },
    { signal: request.signal },
  );
  let text = '';
  let finishReason: AiFinishReason | null = null;
  let model = endpoint.model;
  for await (const chunk of stream) {
    if (chunk.model) model = chunk.model;
    const choice = chunk.choices?.[0];
    const piece = choice?.delta?.content;
    if (typeof piece === 'string' && piece !== '') {
      text += piece;
      request.onText(piece);
    }
    if (choice?.finish_reason) finishReason = finishReasonOf(choice.finish_reason);
  }
  if (finishReason === null && !request.signal.aborted)
    throw badOutput('incomplete', 'The stream ended without a finish reason', {
      provider: endpoint.provider,
      chars: text.length,
    });
  return { text, finishReason: finishReason ?? 'other', model };
}
