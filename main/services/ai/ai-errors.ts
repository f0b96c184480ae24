import OpenAI from 'openai';
import { AppError } from '../../../app/contract/errors';
import type { AiProvider } from '../../../app/contract/ai-schemas';

/** Why the model could not be reached; each has its own sentence for the owner (errors.AI_UNAVAILABLE_<reason>). */
export type UnavailableReason =
  | 'network'
  | 'auth'
  | 'rateLimited'
  | 'server'
  | 'rejected'
  | 'localMissing'
  | 'localInvalid'
  | 'localFailed';
export type BadOutputReason = 'garbled' | 'incomplete' | 'notJson' | 'schema' | 'truncated';
export type TimeoutReason = 'firstToken' | 'total';

export function aiOff(reason: 'off' | 'noModel', provider: AiProvider): AppError {
  const message =
    reason === 'off' ? 'No language model is configured' : `No model is chosen for the ${provider} provider`;
  return new AppError('AI_OFF', message, { reason, provider });
}

export function unavailable(
  reason: UnavailableReason,
  message: string,
  details: Record<string, unknown> = {},
): AppError {
  return new AppError('AI_UNAVAILABLE', message, { ...details, reason });
}

export function timedOut(reason: TimeoutReason, afterMs: number): AppError {
  const what = reason === 'firstToken' ? 'started answering' : 'finished answering';
  return new AppError('AI_TIMEOUT', `The model had not ${what} after ${afterMs} ms`, { reason, afterMs });
}

export function badOutput(reason: BadOutputReason, message: string, details: Record<string, unknown> = {}) {
  return new AppError('AI_BAD_OUTPUT', message, { ...details, reason });
}

export function cancelled(requestId: string): AppError {
  return new AppError('AI_CANCELLED', 'The request was cancelled', { requestId });
}

/** fetch hides the reason (ECONNREFUSED, ENOTFOUND…) a cause or two down; the owner's message needs it. */
function connectionCause(error: Error): string {
  let current: unknown = error;
  let reason = error.message;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return `${code}: ${current.message}`;
    reason = current.message;
    current = current.cause;
  }
  return reason;
}

/**
 * Turns whatever the openai SDK (or the provider behind it) threw into one of the AI_* errors, so the
 * copilot can fall back without knowing SDK types. Our own deadlines and cancels are mapped by the caller.
 */
export function providerError(error: unknown, provider: AiProvider, timeoutMs: number): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof OpenAI.APIConnectionTimeoutError) return timedOut('total', timeoutMs);
  if (error instanceof OpenAI.APIConnectionError)
    return unavailable('network', `Cannot reach the model endpoint: ${connectionCause(error)}`, { provider });
  if (error instanceof OpenAI.APIError) {
    // Narrowing by instanceof loses the SDK's generic status type; read it as the number it is.
    const status = typeof error.status === 'number' ? error.status : undefined;
    const details = { provider, status: status ?? 0 };
    if (status === 401 || status === 403)
      return unavailable('auth', `The endpoint refused the API key (${status})`, details);
    if (status === 429) return unavailable('rateLimited', 'The endpoint is rate limiting requests', details);
    if (status === undefined || status >= 500)
      return unavailable('server', `The endpoint failed: ${error.message}`, details);
    return unavailable('rejected', `The endpoint rejected the request: ${error.message}`, details);
  }
  // The SDK rethrows JSON.parse's SyntaxError when a stream carries something other than JSON chunks.
  if (error instanceof SyntaxError)
    return badOutput('garbled', `The endpoint streamed something that is not JSON: ${error.message}`, {
      provider,
    });
  const message = error instanceof Error ? error.message : String(error);
  return unavailable('server', `The model call failed: ${message}`, { provider });
}
