import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParamsOf } from '../../../app/contract';
import { AiHarness } from './testing/ai-harness';
import {
  chunk,
  sendError,
  startScriptedProvider,
  streamAnswer,
  type Script,
  type ScriptedProvider,
} from './testing/scripted-provider';

const schema = {
  type: 'object',
  properties: { ok: { type: 'boolean' } },
  required: ['ok'],
  additionalProperties: false,
};

let harness: AiHarness;
let provider: ScriptedProvider | null = null;

beforeEach(() => {
  harness = new AiHarness();
});

afterEach(async () => {
  await provider?.close();
  provider = null;
  await harness.dispose();
});

async function serve(script: Script, config: Partial<ParamsOf<'ai.saveConfig'>> = {}): Promise<void> {
  provider = await startScriptedProvider(script);
  await harness.call('ai.saveConfig', {
    provider: 'custom',
    baseUrl: provider.baseUrl,
    model: 'scripted-model',
    apiKey: 'sk-test-key',
    timeoutMs: 5000,
    ...config,
  });
}

function ask(requestId: string, extra: Partial<ParamsOf<'ai.generate'>> = {}): ParamsOf<'ai.generate'> {
  return { requestId, messages: [{ role: 'user', content: '苹果多少钱？' }], ...extra };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

describe('a provider that hangs', () => {
  it('raises AI_TIMEOUT (first token) within the deadline when it accepts and never answers', async () => {
    await serve(() => undefined);
    const started = performance.now();
    const error = await harness.failure('ai.generate', ask('hang', { firstTokenTimeoutMs: 300 }));
    const elapsed = performance.now() - started;
    expect(error.code).toBe('AI_TIMEOUT');
    expect(error.details).toMatchObject({ reason: 'firstToken', afterMs: 300 });
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(1500);
  });

  it('raises AI_TIMEOUT (total) when it stalls mid-answer, and sends no text after that', async () => {
    await serve((_, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(chunk('第一句'));
    });
    const started = performance.now();
    const error = await harness.failure('ai.generate', ask('stall', { timeoutMs: 600 }));
    expect(error.code).toBe('AI_TIMEOUT');
    expect(error.details).toMatchObject({ reason: 'total' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(harness.deltaText('stall')).toBe('第一句');
  });

  it('gives up at once on ai.cancel', async () => {
    await serve(() => undefined);
    const pending = harness.failure('ai.generate', ask('cancel-me'));
    await harness.waitFor(() => provider?.seen.length === 1);
    const started = performance.now();
    expect(await harness.call('ai.cancel', { requestId: 'cancel-me' })).toEqual({ cancelled: true });
    const error = await pending;
    expect(error.code).toBe('AI_CANCELLED');
    expect(performance.now() - started).toBeLessThan(200);
    expect(await harness.call('ai.cancel', { requestId: 'cancel-me' })).toEqual({ cancelled: false });
  });

  it('refuses a second request under a running requestId', async () => {
    await serve(() => undefined);
    const first = harness.failure('ai.generate', ask('twice', { timeoutMs: 500 }));
    await harness.waitFor(() => provider?.seen.length === 1);
    expect((await harness.failure('ai.generate', ask('twice'))).code).toBe('RPC_BAD_PARAMS');
    expect((await first).code).toBe('AI_TIMEOUT');
  });
});

describe('a provider that returns garbage', () => {
  it('raises AI_BAD_OUTPUT (garbled) for a stream of non-JSON events', async () => {
    await serve((_, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.end('data: <html>502 Bad Gateway</html>\n\n');
    });
    const error = await harness.failure('ai.generate', ask('garbled'));
    expect(error.code).toBe('AI_BAD_OUTPUT');
    expect(error.details).toMatchObject({ reason: 'garbled' });
  });

  it('raises AI_BAD_OUTPUT (incomplete) for a page that is not a stream at all', async () => {
    await serve((_, response) => {
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<html><body>captive portal</body></html>');
    });
    const error = await harness.failure('ai.generate', ask('html'));
    expect(error.code).toBe('AI_BAD_OUTPUT');
    expect(error.details).toMatchObject({ reason: 'incomplete' });
  });

  it('raises AI_BAD_OUTPUT (notJson) when a schema was asked for and the text is not JSON', async () => {
    await serve((_, response) => streamAnswer(response, ['好的，', '没问题！']));
    const error = await harness.failure('ai.generate', ask('prose', { schema }));
    expect(error.code).toBe('AI_BAD_OUTPUT');
    expect(error.details).toMatchObject({ reason: 'notJson' });
  });

  it('raises AI_BAD_OUTPUT (truncated) when the JSON was cut at the token limit', async () => {
    await serve((_, response) => streamAnswer(response, ['{"ok":'], 'length'));
    const error = await harness.failure('ai.generate', ask('cut', { schema }));
    expect(error.details).toMatchObject({ reason: 'truncated' });
  });

  it('raises AI_BAD_OUTPUT (schema) for JSON that does not match the schema', async () => {
    await serve((_, response) => streamAnswer(response, ['{"ok":"yes","extra":1}']));
    const error = await harness.failure('ai.generate', ask('wrong-shape', { schema }));
    expect(error.code).toBe('AI_BAD_OUTPUT');
    expect(error.details).toMatchObject({ reason: 'schema' });
  });

  it('reads JSON wrapped in a Markdown fence', async () => {
    await serve((_, response) => streamAnswer(response, ['```json\n{"ok":', 'true}\n```']));
    const result = await harness.call('ai.generate', ask('fenced', { schema }));
    expect(result.json).toEqual({ ok: true });
  });

  it('raises AI_UNAVAILABLE (server) for an error event in the middle of the stream', async () => {
    await serve((_, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.end(`${chunk('半句')}data: ${JSON.stringify({ error: { message: 'overloaded' } })}\n\n`);
    });
    const error = await harness.failure('ai.generate', ask('mid-error'));
    expect(error.code).toBe('AI_UNAVAILABLE');
    expect(error.details).toMatchObject({ reason: 'server' });
  });
});

describe('a provider that cannot be used', () => {
  it('raises AI_UNAVAILABLE (network) when nothing listens', async () => {
    const port = await freePort();
    await harness.call('ai.saveConfig', {
      provider: 'custom',
      baseUrl: `http://127.0.0.1:${port}/v1`,
      model: 'm',
    });
    const error = await harness.failure('ai.generate', ask('refused'));
    expect(error.code).toBe('AI_UNAVAILABLE');
    expect(error.details).toMatchObject({ reason: 'network' });
    expect(error.message).toContain('ECONNREFUSED');
  });

  it.each([
    [401, 'auth'],
    [403, 'auth'],
    [429, 'rateLimited'],
    [404, 'rejected'],
    [503, 'server'],
  ])('raises AI_UNAVAILABLE for HTTP %i (%s)', async (status, reason) => {
    await serve((_, response) => sendError(response, status, 'nope'));
    const error = await harness.failure('ai.generate', ask(`http-${status}`));
    expect(error.code).toBe('AI_UNAVAILABLE');
    expect(error.details).toMatchObject({ reason, status });
  });

  it('raises AI_OFF when no provider is chosen, and when the provider has no model', async () => {
    expect((await harness.failure('ai.generate', ask('off'))).details).toMatchObject({ reason: 'off' });
    await harness.call('ai.saveConfig', { provider: 'ollama', model: '' });
    const error = await harness.failure('ai.testConnection', {});
    expect(error.code).toBe('AI_OFF');
    expect(error.details).toMatchObject({ reason: 'noModel', provider: 'ollama' });
  });
});

describe('a well-behaved provider', () => {
  it('gets the key from the secret store and the schema as a strict json_schema', async () => {
    await serve((_, response) => streamAnswer(response, ['{"ok":true}']));
    const result = await harness.call('ai.generate', ask('shape', { schema, maxTokens: 64 }));
    expect(result).toMatchObject({ json: { ok: true }, finishReason: 'stop', provider: 'custom' });
    const [request] = provider?.seen ?? [];
    expect(request?.authorization).toBe('Bearer sk-test-key');
    expect(request?.body).toMatchObject({
      model: 'scripted-model',
      stream: true,
      max_tokens: 64,
      response_format: { type: 'json_schema', json_schema: { name: 'answer', schema, strict: true } },
    });
  });

  it('asks DeepSeek-style endpoints for json_object with the schema in the prompt', async () => {
    await serve((_, response) => streamAnswer(response, ['{"ok":false}']), { provider: 'deepseek' });
    await harness.call('ai.generate', ask('deepseek', { schema }));
    const body = provider?.seen[0]?.body;
    expect(body?.['response_format']).toEqual({ type: 'json_object' });
    expect(JSON.stringify(body?.['messages'])).toContain('JSON Schema');
  });

  it('uses max_completion_tokens for OpenAI', async () => {
    await serve((_, response) => streamAnswer(response, ['hi']), { provider: 'openai' });
    await harness.call('ai.generate', ask('openai', { maxTokens: 9 }));
    expect(provider?.seen[0]?.body).toMatchObject({ max_completion_tokens: 9 });
  });

  it('sends deltas at most 20 times a second, all before the result, adding up to the text', async () => {
    const pieces = Array.from({ length: 80 }, (_, index) => `${index % 10}`);
    await serve((_, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      let index = 0;
      const timer = setInterval(() => {
        const piece = pieces[index];
        index += 1;
        if (piece !== undefined) response.write(chunk(piece));
        else {
          clearInterval(timer);
          response.end(`${chunk(null, 'stop')}data: [DONE]\n\n`);
        }
      }, 5);
    });
    const result = await harness.call('ai.generate', ask('throttled'));
    const resolvedAt = performance.now();
    const deltas = harness.deltas('throttled');
    expect(harness.deltaText('throttled')).toBe(pieces.join(''));
    expect(result.text).toBe(pieces.join(''));
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.length).toBeLessThan(pieces.length / 2);
    // The last delta goes out as soon as the answer is complete, however recent the one before it.
    const throttled = deltas.slice(0, -1);
    const gaps = throttled.slice(1).map((entry, index) => entry.at - (throttled[index]?.at ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(45);
    expect(deltas.every((entry) => entry.at <= resolvedAt)).toBe(true);
    expect(result.firstTokenMs).not.toBeNull();
    expect(result.firstTokenMs ?? Infinity).toBeLessThanOrEqual(result.totalMs);
  });

  it('answers ai.testConnection with the model that replied', async () => {
    await serve((_, response) => streamAnswer(response, ['p'], 'length'));
    const result = await harness.call('ai.testConnection', {});
    expect(result).toMatchObject({ ok: true, model: 'scripted' });
    expect(provider?.seen[0]?.body).toMatchObject({ max_tokens: 1 });
  });
});
