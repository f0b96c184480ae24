import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PayloadOf } from '../../../app/contract';
import { AiHarness, tinyModelPath } from './testing/ai-harness';

/**
 * The whole path for real: ai.generate → openai SDK → HTTP → the in-process llama.cpp server → the tiny
 * random-weight Qwen2 model. Its words are noise, so these tests check structure and timing, never content.
 */
const missing = existsSync(tinyModelPath) ? null : `${tinyModelPath} is missing`;
if (missing !== null) console.warn(`[ai local model tests] skipped: ${missing}`);

const schema = {
  type: 'object',
  properties: { inStock: { type: 'boolean' }, size: { enum: ['小份', '中份', '大份'] } },
  required: ['inStock', 'size'],
  additionalProperties: false,
};
const system = { role: 'system' as const, content: '你是社区团购直播助手。' };
const messages = [system, { role: 'user' as const, content: '观众问：草莓还有吗？' }];

let harness: AiHarness;

beforeAll(async () => {
  if (missing !== null) return;
  harness = new AiHarness();
  await harness.call('ai.saveConfig', {
    provider: 'local',
    localModelPath: tinyModelPath,
    timeoutMs: 60_000,
  });
  await harness.waitFor(() => harness.localStates().includes('ready'), 60_000);
}, 90_000);

afterAll(async () => {
  await harness?.dispose();
});

describe.skipIf(missing !== null)('the local model through ai.generate', () => {
  it('reports loading then ready, and the model by its file name', async () => {
    expect(harness.localStates()).toEqual(['loading', 'ready']);
    const config = await harness.call('ai.getConfig', {});
    expect(config).toMatchObject({ provider: 'local', localState: 'ready', localError: null });
    const test = await harness.call('ai.testConnection', {});
    expect(test).toMatchObject({ ok: true, model: 'tiny-random-qwen2-f16' });
  });

  it('streams deltas before the result and reports the time to the first token', async () => {
    const result = await harness.call('ai.generate', { requestId: 'stream', messages, maxTokens: 40 });
    const resolvedAt = performance.now();
    const deltas = harness.deltas('stream');
    expect(deltas.length).toBeGreaterThan(0);
    expect(deltas.every((entry) => entry.at < resolvedAt)).toBe(true);
    expect(harness.deltaText('stream')).toBe(result.text);
    expect(['stop', 'length']).toContain(result.finishReason);
    expect(result).toMatchObject({ provider: 'local', json: null, model: 'tiny-random-qwen2-f16' });
    expect(result.firstTokenMs).toBeGreaterThan(0);
    expect(result.firstTokenMs ?? Infinity).toBeLessThanOrEqual(result.totalMs);
  });

  it('stops at maxTokens with finishReason length', async () => {
    const result = await harness.call('ai.generate', { requestId: 'short', messages, maxTokens: 3 });
    expect(result.finishReason).toBe('length');
    expect(result.text.length).toBeGreaterThan(0);
  });

  it('answers schema-valid JSON through the grammar', async () => {
    for (const requestId of ['json-1', 'json-2', 'json-3']) {
      const result = await harness.call('ai.generate', { requestId, messages, schema, maxTokens: 200 });
      expect(result.finishReason).toBe('stop');
      expect(result.json).toEqual(JSON.parse(result.text));
      expect(typeof (result.json as { inStock: unknown }).inStock).toBe('boolean');
    }
  });

  it('cancels a running request and then answers the next one', async () => {
    const pending = harness.failure('ai.generate', { requestId: 'long', messages, maxTokens: 4000 });
    await harness.waitFor(() => harness.deltas('long').length > 0, 20_000);
    await harness.call('ai.cancel', { requestId: 'long' });
    expect((await pending).code).toBe('AI_CANCELLED');
    const next = await harness.call('ai.generate', { requestId: 'after-cancel', messages, maxTokens: 5 });
    expect(next.finishReason).toBe('length');
  });

  it('raises AI_TIMEOUT when the whole answer does not fit the deadline', async () => {
    const error = await harness.failure('ai.generate', {
      requestId: 'slow',
      messages,
      maxTokens: 4000,
      timeoutMs: 400,
    });
    expect(error.code).toBe('AI_TIMEOUT');
    expect(error.details).toMatchObject({ reason: 'total' });
  });

  it('serves overlapping requests one after the other', async () => {
    const results = await Promise.all(
      ['a', 'b', 'c'].map((requestId) =>
        harness.call('ai.generate', { requestId, messages, maxTokens: 8, temperature: 0 }),
      ),
    );
    expect(results.map((result) => result.finishReason)).toEqual(['length', 'length', 'length']);
  });

  it('measures time to first token and tokens per second', async () => {
    const maxTokens = 64;
    const runs = [];
    for (let run = 0; run < 5; run += 1) {
      // A new question each run, so the time to first token includes reading it (only the system part is cached).
      const result = await harness.call('ai.generate', {
        requestId: `bench-${run}`,
        messages: [
          system,
          { role: 'user', content: `观众问：${run + 1} 号链接的鸡蛋今天还有货吗？几点能自提？` },
        ],
        maxTokens,
      });
      if (result.finishReason === 'length' && result.firstTokenMs !== null) runs.push(result);
    }
    expect(runs.length).toBeGreaterThan(0);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const firstToken = median(runs.map((run) => run.firstTokenMs ?? 0)) ?? 0;
    const rate = median(
      runs.map((run) => (maxTokens - 1) / ((run.totalMs - (run.firstTokenMs ?? 0)) / 1000)),
    );
    const total = median(runs.map((run) => run.totalMs)) ?? 0;
    console.log(
      `[ai local model] first token ${firstToken.toFixed(0)} ms, ${rate?.toFixed(0)} tok/s, ` +
        `${maxTokens} tokens in ${total.toFixed(0)} ms (median of ${runs.length}, full ai.generate path)`,
    );
  });

  it('unloads the model when the provider changes', async () => {
    await harness.call('ai.saveConfig', { provider: 'off' });
    const last = harness.events.at(-1)?.payload as PayloadOf<'ai.localStateChanged'>;
    expect(last).toMatchObject({ state: 'stopped', modelPath: null });
    expect((await harness.failure('ai.generate', { requestId: 'off', messages })).code).toBe('AI_OFF');
  });
});
