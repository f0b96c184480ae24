import type { ChatHistoryItem } from 'node-llama-cpp';
import { z } from 'zod';

const textPart = z.object({ type: z.literal('text'), text: z.string() });

const messageSchema = z.object({
  role: z.enum(['system', 'developer', 'user', 'assistant']),
  content: z.union([z.string(), z.array(textPart)]).nullable(),
});

const responseFormatSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text') }),
  z.object({ type: z.literal('json_object') }),
  z.object({
    type: z.literal('json_schema'),
    json_schema: z.object({
      name: z.string().max(64),
      schema: z.record(z.string(), z.unknown()).optional(),
      strict: z.boolean().nullable().optional(),
    }),
  }),
]);

const optionalNumber = z.number().nullable().optional();

/**
 * The part of OpenAI's chat completion request the local server honours. Unknown fields are ignored, as
 * OpenAI-compatible servers do, so SDK upgrades that add fields keep working.
 */
export const chatRequestSchema = z.object({
  model: z.string().max(200).optional(),
  messages: z.array(messageSchema).min(1).max(256),
  stream: z.boolean().nullable().optional(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).nullable().optional(),
  max_tokens: z.number().int().positive().nullable().optional(),
  max_completion_tokens: z.number().int().positive().nullable().optional(),
  temperature: z.number().min(0).max(2).nullable().optional(),
  top_p: optionalNumber,
  seed: z.number().int().nullable().optional(),
  response_format: responseFormatSchema.optional(),
});
export type ChatRequest = z.infer<typeof chatRequestSchema>;

export type ResponseFormat = ChatRequest['response_format'];

function textOf(content: z.infer<typeof messageSchema>['content']): string {
  if (content === null) return '';
  return typeof content === 'string' ? content : content.map((part) => part.text).join('');
}

/** OpenAI messages as node-llama-cpp's chat history, ending with the empty model turn to be generated. */
export function toChatHistory(messages: ChatRequest['messages']): ChatHistoryItem[] {
  const history: ChatHistoryItem[] = messages.map((message): ChatHistoryItem => {
    const text = textOf(message.content);
    switch (message.role) {
      case 'system':
      case 'developer':
        return { type: 'system', text };
      case 'user':
        return { type: 'user', text };
      case 'assistant':
        return { type: 'model', response: [text] };
    }
  });
  history.push({ type: 'model', response: [] });
  return history;
}
