import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  loadToyModel,
  toyModelMissing,
  testManager,
  toyModelPath,
  type TestManager,
  type ToyModel,
} from './testing/toy-model';

let toy: ToyModel;
let current: TestManager | undefined;

if (toyModelMissing) console.warn(`[stt model tests] skipped: ${toyModelMissing}`);

beforeAll(async () => {
  if (!toyModelMissing) toy = await loadToyModel();
});

afterEach(async () => {
  await current?.manager.dispose();
  if (current) await rm(current.dataDir, { recursive: true, force: true });
  current = undefined;
});

async function setUp(sizeBytes = toy.entry.sizeBytes, sha256 = toy.entry.sha256) {
  current = await testManager({ catalogue: [{ ...toy.entry, sizeBytes, sha256 }] });
  const files = join(current.dataDir, 'picked');
  await mkdir(files);
  return { ...current, files };
}

describe.skipIf(toyModelMissing !== null)('using a model file already on this machine', () => {
  it('records the toy whisper model where it is and makes it active', async () => {
    const { manager, log } = await setUp();
    const status = await manager.handlers['stt.useModelFile']({ id: 'tiny', path: toyModelPath });
    expect(status).toMatchObject({ ready: true, reason: null, activeModel: 'tiny' });
    expect(status.models[0]).toMatchObject({ state: 'ready', path: toyModelPath, error: null });
    expect(manager.activeModelPath()).toBe(toyModelPath);
    expect(log.statuses().at(-1)).toEqual(status);
  });

  it("accepts a ggml file that is not the catalogue's as the owner's own model", async () => {
    const { manager } = await setUp(123, 'f'.repeat(64));
    const status = await manager.handlers['stt.useModelFile']({ id: 'tiny', path: toyModelPath });
    expect(status.models[0]).toMatchObject({
      state: 'ready',
      path: toyModelPath,
      receivedBytes: toy.content.length,
    });
  });

  it('refuses a file of the catalogue size whose sha256 differs: a damaged copy', async () => {
    const { manager } = await setUp(toy.entry.sizeBytes, 'f'.repeat(64));
    await expect(
      manager.handlers['stt.useModelFile']({ id: 'tiny', path: toyModelPath }),
    ).rejects.toMatchObject({
      code: 'STT_MODEL_INVALID',
      details: { reason: 'checksum' },
    });
    expect(manager.status().models[0]?.state).toBe('missing');
  });

  it.each([
    ['a missing path', 'missing', async (_dir: string) => Promise.resolve()],
    ['an empty file', 'empty', (path: string) => writeFile(path, '')],
    ['a text file', 'notGgml', (path: string) => writeFile(path, '这不是模型\n')],
    ['a folder', 'missing', (path: string) => mkdir(path)],
  ])('refuses %s (reason %s)', async (_what, reason, make) => {
    const { manager, files } = await setUp();
    const path = join(files, 'model.bin');
    await make(path);
    await expect(manager.handlers['stt.useModelFile']({ id: 'tiny', path })).rejects.toMatchObject({
      code: 'STT_MODEL_INVALID',
      details: { reason, path },
    });
    expect(manager.status()).toMatchObject({ ready: false, reason: 'noModel', activeModel: null });
  });

  it('notices with a stat when the picked file is gone or changed', async () => {
    const { manager, files } = await setUp();
    const path = join(files, 'copy.bin');
    await copyFile(toyModelPath, path);
    await manager.handlers['stt.useModelFile']({ id: 'tiny', path });

    await writeFile(path, 'lmgg');
    expect(manager.status().models[0]).toMatchObject({
      state: 'corrupt',
      path: null,
      error: { code: 'STT_MODEL_INVALID', details: { reason: 'size' } },
    });
    await rm(path);
    expect(manager.status()).toMatchObject({ ready: false, reason: 'noModel', activeModel: 'tiny' });
    expect(manager.status().models[0]).toMatchObject({
      state: 'missing',
      error: { code: 'STT_MODEL_INVALID', details: { reason: 'missing' } },
    });
    expect(() => manager.activeModelPath()).toThrow(expect.objectContaining({ code: 'STT_NO_MODEL' }));

    await copyFile(toyModelPath, path);
    expect(manager.status().ready).toBe(true);
  });
});
