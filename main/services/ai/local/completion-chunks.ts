import { randomUUID } from 'node:crypto';

export type LocalFinishReason = 'stop' | 'length';

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

/** Builds the response objects in OpenAI's wire format, so the openai SDK reads them like any provider's. */
export class CompletionChunks {
  private readonly id = `chatcmpl-${randomUUID()}`;
  private readonly created = Math.floor(Date.now() / 1000);

  constructor(private readonly model: string) {}

  private chunk(delta: Record<string, string>, finishReason: LocalFinishReason | null) {
    return {
      id: this.id,
      object: 'chat.completion.chunk',
      created: this.created,
      model: this.model,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    };
  }

  /** The first chunk names the role, as OpenAI's streams do. */
  role() {
    return this.chunk({ role: 'assistant', content: '' }, null);
  }

  text(content: string) {
    return this.chunk({ content }, null);
  }

  finish(reason: LocalFinishReason) {
    return this.chunk({}, reason);
  }

  /** With `stream_options.include_usage`: the last chunk, with no choices. */
  usage(usage: Usage) {
    return {
      id: this.id,
      object: 'chat.completion.chunk',
      created: this.created,
      model: this.model,
      choices: [],
      usage,
    };
  }

  completion(content: string, reason: LocalFinishReason, usage: Usage) {
    return {
      id: this.id,
      object: 'chat.completion',
      created: this.created,
      model: this.model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content, refusal: null },
          logprobs: null,
          finish_reason: reason,
        },
      ],
      usage,
    };
  }
}

export function sseEvent(data: unknown): string {
  return `data: ${JSON.stringify(data)}\n\n`;
}

export const sseDone = 'data: [DONE]\n\n';

/** OpenAI's error body, which the SDK turns into a typed APIError. */
export function errorBody(message: string, type: string) {
  return { error: { message, type, param: null, code: null } };
}
