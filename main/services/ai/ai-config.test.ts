import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aiPresetBaseUrls } from '../../../app/contract/ai-schemas';
import { commands } from '../../../app/contract';
import { AiHarness } from './testing/ai-harness';

const key = 'sk-very-secret-0123456789';
let harness: AiHarness;

beforeEach(() => {
  harness = new AiHarness();
});

afterEach(async () => {
  await harness.dispose();
});

function filesText(): string {
  return ['ai.json', 'secrets.json'].map((file) => readFileSync(join(harness.dir, file), 'utf8')).join('\n');
}

describe('ai settings', () => {
  it('start switched off, with the local model stopped', async () => {
    expect(await harness.call('ai.getConfig', {})).toEqual({
      provider: 'off',
      baseUrl: '',
      model: '',
      hasApiKey: false,
      timeoutMs: 30_000,
      localModelPath: null,
      localState: 'stopped',
      localError: null,
    });
  });

  it.each(Object.entries(aiPresetBaseUrls))('fill in the %s address', async (provider, baseUrl) => {
    const config = await harness.call('ai.saveConfig', {
      provider: provider as keyof typeof aiPresetBaseUrls,
      model: 'm',
    });
    expect(config.baseUrl).toBe(baseUrl);
  });

  it('keep a custom address (without trailing slashes) and refuse a custom provider without one', async () => {
    const config = await harness.call('ai.saveConfig', {
      provider: 'custom',
      baseUrl: 'http://192.168.1.20:8000/v1/',
      model: 'qwen2.5-1.5b',
    });
    expect(config.baseUrl).toBe('http://192.168.1.20:8000/v1');
    const error = await harness.failure('ai.saveConfig', { provider: 'custom', model: 'x' });
    expect(error.code).toBe('RPC_BAD_PARAMS');
  });

  it('refuse addresses that are not http(s) and schemas that are too big or not JSON Schema', () => {
    const { params } = commands['ai.saveConfig'];
    expect(params.safeParse({ provider: 'custom', baseUrl: 'file:///etc/passwd' }).success).toBe(false);
    const generate = commands['ai.generate'].params;
    const base = { requestId: 'r', messages: [{ role: 'user', content: 'hi' }] };
    const huge = { type: 'object', description: 'x'.repeat(20_000) };
    expect(generate.safeParse({ ...base, schema: huge }).success).toBe(false);
    expect(generate.safeParse({ ...base, schema: { type: 'no-such-type' } }).success).toBe(false);
    expect(generate.safeParse({ ...base, schema: { type: 'object' } }).success).toBe(true);
  });
});

describe('the API key', () => {
  it('is kept only by the secret store (a 0600 file), never returned nor written to ai.json', async () => {
    const config = await harness.call('ai.saveConfig', {
      provider: 'deepseek',
      model: 'deepseek-chat',
      apiKey: key,
    });
    expect(config.hasApiKey).toBe(true);
    expect(JSON.stringify(config)).not.toContain(key);
    expect(JSON.stringify(await harness.call('ai.getConfig', {}))).not.toContain(key);
    expect(readFileSync(join(harness.dir, 'ai.json'), 'utf8')).not.toContain(key);
    expect(harness.secrets.get('ai.apiKey.deepseek')).toContain(key);
    expect(statSync(join(harness.dir, 'secrets.json')).mode & 0o777).toBe(0o600);
    expect(statSync(join(harness.dir, 'ai.json')).mode & 0o777).toBe(0o600);
  });

  it('is kept when omitted, cleared by null, and belongs to one provider', async () => {
    await harness.call('ai.saveConfig', { provider: 'openai', model: 'gpt-4o-mini', apiKey: key });
    expect(
      (await harness.call('ai.saveConfig', { provider: 'openai', model: 'gpt-4.1-mini' })).hasApiKey,
    ).toBe(true);
    expect(
      (await harness.call('ai.saveConfig', { provider: 'dashscope', model: 'qwen-plus' })).hasApiKey,
    ).toBe(false);
    expect(
      (await harness.call('ai.saveConfig', { provider: 'openai', model: 'x', apiKey: null })).hasApiKey,
    ).toBe(false);
    expect(filesText()).not.toContain(key);
  });

  it('is only used for the address it was entered for', async () => {
    await harness.call('ai.saveConfig', { provider: 'openai', model: 'gpt-4o-mini', apiKey: key });
    const moved = await harness.call('ai.saveConfig', {
      provider: 'openai',
      baseUrl: 'http://203.0.113.9/v1',
      model: 'gpt-4o-mini',
    });
    expect(moved.hasApiKey).toBe(false);
    expect(
      (await harness.call('ai.saveConfig', { provider: 'openai', model: 'gpt-4o-mini' })).hasApiKey,
    ).toBe(true);
  });
});

describe('the local model setting', () => {
  it('reports a missing file as failed, with the reason, and recovers when the setting is cleared', async () => {
    const path = join(harness.dir, 'absent.gguf');
    await harness.call('ai.saveConfig', { provider: 'local', localModelPath: path });
    await harness.waitFor(() => harness.localStates().includes('failed'));
    const config = await harness.call('ai.getConfig', {});
    expect(config).toMatchObject({ localState: 'failed', localModelPath: path });
    expect(config.localError).toMatchObject({ code: 'AI_UNAVAILABLE', details: { reason: 'localMissing' } });
    const error = await harness.failure('ai.generate', {
      requestId: 'r',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(error.details).toMatchObject({ reason: 'localMissing' });
    await harness.call('ai.saveConfig', { provider: 'local', localModelPath: null });
    expect(harness.localStates()).toEqual(['loading', 'failed', 'stopped']);
    expect((await harness.failure('ai.testConnection', {})).code).toBe('AI_OFF');
  });
});
