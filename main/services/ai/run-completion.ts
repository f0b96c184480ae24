import type { AiFinishReason, AiMessage, AiProvider } from '../../../app/contract/ai-schemas';
import type { AppError } from '../../../app/contract/errors';
import type { Logger } from '../../../app/rpc/logger';
import { providerError } from './ai-errors';
import { streamChat, type Endpoint } from './chat-stream';
import { DeltaThrottle } from './delta-throttle';
import type { RequestControl } from './request-control';
import { readStructured, type JsonSchema } from './structured-output';

export interface CompletionInput {
  messages: readonly AiMessage[];
  schema?: JsonSchema | undefined;
  maxTokens: number;
  temperature: number;
}

export interface CompletionOutput {
  text: string;
  json: unknown;
  finishReason: AiFinishReason;
  firstTokenMs: number | null;
  totalMs: number;
  provider: AiProvider;
  model: string;
}

export interface CompletionDeps {
  /** The endpoint to use; for the local model this waits (under the same signal) until it is loaded. */
  endpoint: (signal: AbortSignal) => Promise<Endpoint>;
  onDelta: (text: string) => void;
  logger: Logger;
}

function failure(
  error: unknown,
  control: RequestControl,
  endpoint: Endpoint | null,
  logger: Logger,
): AppError {
  const stopped = control.stopError();
  if (stopped !== null) return stopped;
  const mapped = providerError(error, endpoint?.provider ?? 'off', control.deadlines.totalMs);
  logger.warn('ai: completion failed', {
    requestId: control.requestId,
    provider: endpoint?.provider,
    code: mapped.code,
    reason: mapped.details?.['reason'],
    error: String(error),
  });
  return mapped;
}

/**
 * Runs one completion under a request's deadlines: streams deltas through the throttle, reports the time
 * to the first token, and turns every way of failing into an AI_* error.
 */
export async function runCompletion(
  deps: CompletionDeps,
  control: RequestControl,
  input: CompletionInput,
): Promise<CompletionOutput> {
  const started = performance.now();
  const throttle = new DeltaThrottle(deps.onDelta);
  let endpoint: Endpoint | null = null;
  let firstTokenMs: number | null = null;
  try {
    endpoint = await deps.endpoint(control.signal);
    const outcome = await streamChat(endpoint, {
      messages: input.messages,
      schema: input.schema,
      maxTokens: input.maxTokens,
      temperature: input.temperature,
      signal: control.signal,
      onText: (text) => {
        if (firstTokenMs === null) {
          firstTokenMs = performance.now() - started;
          control.firstTokenArrived();
        }
        throttle.push(text);
      },
    });
    const stopped = control.stopError();
    if (stopped !== null) throw stopped;
    throttle.flush();
    const json =
      input.schema === undefined ? null : readStructured(outcome.text, input.schema, outcome.finishReason);
    return {
      text: outcome.text,
      json,
      finishReason: outcome.finishReason,
      firstTokenMs,
      totalMs: performance.now() - started,
      provider: endpoint.provider,
      model: outcome.model,
    };
  } catch (error) {
    throttle.discard();
    throw failure(error, control, endpoint, deps.logger);
  } finally {
    control.dispose();
  }
}
