import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AiHarness } from './testing/ai-harness';

/**
 * What a real model says, unlike the random-weight model the other tests use. Runs only against a real one:
 * LLM_MODEL_PATH (a GGUF instruct model, e.g. Qwen2.5-1.5B-Instruct) or LLM_BASE_URL + LLM_MODEL
 * (+ LLM_API_KEY) of an OpenAI-compatible server.
 */
const modelPath = process.env['LLM_MODEL_PATH'];
const baseUrl = process.env['LLM_BASE_URL'];
const skipReason =
  modelPath !== undefined
    ? existsSync(modelPath)
      ? null
      : `LLM_MODEL_PATH ${modelPath} does not exist`
    : baseUrl !== undefined
      ? process.env['LLM_MODEL'] === undefined
        ? 'LLM_BASE_URL is set but LLM_MODEL (the model name) is not'
        : null
      : 'set LLM_MODEL_PATH (a GGUF model) or LLM_BASE_URL + LLM_MODEL to check answer quality';
if (skipReason !== null) console.warn(`[ai quality] skipped: ${skipReason}`);

const orderSchema = {
  type: 'object',
  properties: {
    product: { type: 'string' },
    quantity: { type: 'integer' },
  },
  required: ['product', 'quantity'],
  additionalProperties: false,
};

let harness: AiHarness;

beforeAll(async () => {
  if (skipReason !== null) return;
  harness = new AiHarness();
  if (modelPath !== undefined) {
    await harness.call('ai.saveConfig', { provider: 'local', localModelPath: modelPath, timeoutMs: 120_000 });
    await harness.waitFor(() => harness.localStates().includes('ready'), 120_000);
  } else {
    await harness.call('ai.saveConfig', {
      provider: 'custom',
      baseUrl,
      model: process.env['LLM_MODEL'] ?? '',
      apiKey: process.env['LLM_API_KEY'] ?? null,
      timeoutMs: 120_000,
    });
  }
}, 150_000);

afterAll(async () => {
  await harness?.dispose();
});

describe.skipIf(skipReason !== null)('answer quality with a real model', () => {
  it('reads the product and quantity out of a live comment', async () => {
    const result = await harness.call('ai.generate', {
      requestId: 'order',
      messages: [
        { role: 'system', content: '从直播评论里提取顾客要买的商品和数量，只输出 JSON。' },
        { role: 'user', content: '评论：老板，我要三盒草莓，明天下午来拿' },
      ],
      schema: orderSchema,
      temperature: 0,
      maxTokens: 100,
    });
    console.log(`[ai quality] ${result.text} (first token ${result.firstTokenMs?.toFixed(0)} ms)`);
    const order = result.json as { product: string; quantity: number };
    expect(order.product).toContain('草莓');
    expect(order.quantity).toBe(3);
  }, 120_000);

  it('answers a Chinese question in Chinese', async () => {
    const result = await harness.call('ai.generate', {
      requestId: 'reply',
      messages: [
        { role: 'system', content: '你是社区团购店主的直播助手，用一句简短的中文回答观众。' },
        { role: 'user', content: '观众问：草莓甜不甜？' },
      ],
      temperature: 0.3,
      maxTokens: 80,
    });
    console.log(`[ai quality] ${result.text}`);
    const letters = result.text.replace(/[\s\p{P}]/gu, '');
    const chinese = letters.match(/\p{Script=Han}/gu) ?? [];
    expect(letters.length).toBeGreaterThan(3);
    expect(chinese.length / letters.length).toBeGreaterThan(0.7);
  }, 120_000);
});
