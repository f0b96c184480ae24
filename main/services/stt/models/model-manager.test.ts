import { rm } from 'node:fs/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultMirrorUrl, modelUrl, whisperCatalogue } from './catalogue';
import {
  loadToyModel,
  toyModelMissing,
  testManager,
  toyModelPath,
  type TestManager,
  type ToyModel,
} from './testing/toy-model';
import { defaultThreads } from '../engine/engine';

let toy: ToyModel;
const made: TestManager[] = [];

if (toyModelMissing) console.warn(`[stt model tests] skipped: ${toyModelMissing}`);

beforeAll(async () => {
  if (!toyModelMissing) toy = await loadToyModel();
});

afterEach(async () => {
  for (const { manager, dataDir } of made.splice(0)) {
    await manager.dispose();
    await rm(dataDir, { recursive: true, force: true });
  }
});

/** Handlers may throw synchronously; the RPC server awaits them, so tests look at them as promises too. */
async function settle<T>(run: () => T | Promise<T>): Promise<T> {
  return await run();
}

async function setUp(options: Parameters<typeof testManager>[0]) {
  const result = await testManager(options);
  made.push(result);
  return result;
}

describe.skipIf(toyModelMissing !== null)('the model manager', () => {
  it('starts with no model: captions are off, every catalogue model is missing', async () => {
    const { manager } = await setUp({});
    const status = await manager.handlers['stt.getStatus']({});
    expect(status).toMatchObject({
      ready: false,
      reason: 'noModel',
      engine: 'whisper.cpp',
      activeModel: null,
      threads: 1,
      mirrorUrl: defaultMirrorUrl,
    });
    expect(status.models.map(({ id, state, path }) => ({ id, state, path }))).toEqual([
      { id: 'tiny', state: 'missing', path: null },
      { id: 'base', state: 'missing', path: null },
      { id: 'small', state: 'missing', path: null },
    ]);
    expect(() => manager.activeModelPath()).toThrow(
      expect.objectContaining({ code: 'STT_NO_MODEL', details: { reason: 'noActive', id: null } }),
    );
  });

  it('says noEngine when whisper.cpp is not built, even with a model ready', async () => {
    const { manager } = await setUp({ catalogue: [toy.entry], engine: false });
    expect(manager.status()).toMatchObject({ ready: false, reason: 'noEngine' });
    await manager.handlers['stt.useModelFile']({ id: 'tiny', path: toyModelPath });
    expect(manager.status()).toMatchObject({ ready: false, reason: 'noEngine', activeModel: 'tiny' });
    expect(manager.activeModelPath()).toBe(toyModelPath);
  });

  it('keeps mirror, active model and files for the next start', async () => {
    const first = await setUp({ catalogue: [toy.entry] });
    const mirror = 'https://hf-mirror.com/ggerganov/whisper.cpp/resolve/main/';
    await first.manager.handlers['stt.setMirror']({ url: mirror });
    await first.manager.handlers['stt.useModelFile']({ id: 'tiny', path: toyModelPath });
    await first.manager.dispose();

    const second = await setUp({ catalogue: [toy.entry], dataDir: first.dataDir });
    expect(second.manager.status()).toMatchObject({ ready: true, mirrorUrl: mirror, activeModel: 'tiny' });
    expect(second.manager.activeModelPath()).toBe(toyModelPath);
  });

  it('switches between ready models and refuses one that is not ready', async () => {
    const { manager, log } = await setUp({ catalogue: [toy.entry, { ...toy.entry, id: 'base' }] });
    await expect(settle(() => manager.handlers['stt.selectModel']({ id: 'base' }))).rejects.toMatchObject({
      code: 'STT_NO_MODEL',
      details: { reason: 'notReady', id: 'base' },
    });
    await manager.handlers['stt.useModelFile']({ id: 'tiny', path: toyModelPath });
    await manager.handlers['stt.useModelFile']({ id: 'base', path: toyModelPath });
    expect(manager.status().activeModel).toBe('base');
    const selected = await manager.handlers['stt.selectModel']({ id: 'tiny' });
    expect(selected).toMatchObject({ activeModel: 'tiny', ready: true });
    expect(log.statuses().at(-1)).toEqual(selected);
  });

  it('refuses a model the catalogue does not have', async () => {
    const { manager } = await setUp({ catalogue: [toy.entry] });
    await expect(settle(() => manager.handlers['stt.downloadModel']({ id: 'small' }))).rejects.toMatchObject({
      code: 'STT_MODEL_INVALID',
      details: { reason: 'unknown' },
    });
  });

  it('takes only http(s) mirrors', async () => {
    const { manager } = await setUp({});
    await expect(
      settle(() => manager.handlers['stt.setMirror']({ url: 'ftp://example.com/models/' })),
    ).rejects.toMatchObject({
      code: 'RPC_BAD_PARAMS',
      details: { reason: 'protocol' },
    });
  });
});

describe('the catalogue', () => {
  it('lists the multilingual tiny, base and small models with a sha256 each', () => {
    expect(whisperCatalogue.map(({ id, file }) => [id, file])).toEqual([
      ['tiny', 'ggml-tiny.bin'],
      ['base', 'ggml-base.bin'],
      ['small', 'ggml-small.bin'],
    ]);
    for (const entry of whisperCatalogue) expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    [
      'https://hf-mirror.com/ggerganov/whisper.cpp/resolve/main/',
      'https://hf-mirror.com/ggerganov/whisper.cpp/resolve/main/ggml-tiny.bin',
    ],
    ['https://models.example.cn/whisper', 'https://models.example.cn/whisper/ggml-tiny.bin'],
  ])('puts the file name inside the mirror folder %s', (mirror, url) => {
    expect(modelUrl(mirror, 'ggml-tiny.bin')).toBe(url);
  });
});

describe('caption threads', () => {
  it.each([
    [1, 1],
    [2, 1],
    [8, 7],
  ])('leaves one of %i cores free: %i', (cores, threads) => {
    expect(defaultThreads(cores)).toBe(threads);
  });
});
