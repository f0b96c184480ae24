import { existsSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SttModel } from '../../../../app/contract/stt-schemas';
import type { ModelCatalogueEntry } from './catalogue';
import { startModelServer, type Behaviour, type ModelServer } from './testing/model-server';
import {
  loadToyModel,
  toyModelMissing,
  testManager,
  type TestManager,
  type ToyModel,
} from './testing/toy-model';

let toy: ToyModel;
let server: ModelServer | undefined;
let current: TestManager | undefined;

if (toyModelMissing) console.warn(`[stt model tests] skipped: ${toyModelMissing}`);

beforeAll(async () => {
  if (!toyModelMissing) toy = await loadToyModel();
});

afterEach(async () => {
  await current?.manager.dispose();
  await server?.close();
  if (current) await rm(current.dataDir, { recursive: true, force: true });
  server = undefined;
  current = undefined;
});

async function setUp(behaviour?: (index: number) => Behaviour, entry: ModelCatalogueEntry = toy.entry) {
  server = await startModelServer(toy.entry.file, toy.content, behaviour);
  current = await testManager({ catalogue: [entry] });
  await current.manager.handlers['stt.setMirror']({ url: server.url });
  current.log.events.length = 0;
  return { ...current, server, model: (): SttModel => current!.manager.status().models[0]! };
}

async function settled(model: () => SttModel): Promise<SttModel> {
  await vi.waitFor(() => expect(model().state).not.toBe('downloading'), { timeout: 15_000, interval: 20 });
  return model();
}

const half = () => Math.floor(toy.content.length / 2);

describe.skipIf(toyModelMissing !== null)('downloading a model from the mirror', () => {
  it('downloads in the background with progress, checks it and makes it active', async () => {
    const { manager, log, model, dataDir } = await setUp();
    const startedAt = Date.now();
    const started = await manager.handlers['stt.downloadModel']({ id: 'tiny' });
    expect(started.models[0]?.state).toBe('downloading');
    expect(started.ready).toBe(false);

    expect((await settled(model)).state).toBe('ready');
    const path = join(dataDir, 'models', toy.entry.file);
    expect(manager.status()).toMatchObject({ ready: true, reason: null, activeModel: 'tiny' });
    expect(model()).toMatchObject({ path, receivedBytes: toy.content.length, error: null });
    expect(manager.activeModelPath()).toBe(path);
    expect(statSync(path).size).toBe(toy.content.length);
    expect(existsSync(`${path}.part`)).toBe(false);

    const progress = log.progress();
    expect(progress.length).toBeGreaterThan(0);
    // At most one every 200 ms, plus the final one.
    expect(progress.length).toBeLessThanOrEqual(Math.ceil((Date.now() - startedAt) / 200) + 1);
    expect(progress.at(-1)).toEqual({
      id: 'tiny',
      receivedBytes: toy.content.length,
      totalBytes: toy.content.length,
    });
    expect(log.statuses().map((status) => status.models[0]?.state)).toEqual(['downloading', 'ready']);
  });

  it('resumes with a Range request after the connection drops half-way', async () => {
    const { manager, model, server, dataDir } = await setUp((index) =>
      index === 0 ? { cutAfter: half() } : {},
    );
    await manager.handlers['stt.downloadModel']({ id: 'tiny' });
    const broken = await settled(model);
    expect(broken.state).toBe('missing');
    expect(broken.error).toMatchObject({ code: 'STT_DOWNLOAD_FAILED', details: { reason: 'network' } });
    const kept = statSync(join(dataDir, 'models', `${toy.entry.file}.part`)).size;
    expect(kept).toBeGreaterThan(0);
    expect(broken.receivedBytes).toBe(kept);

    await manager.handlers['stt.downloadModel']({ id: 'tiny' });
    expect((await settled(model)).state).toBe('ready');
    expect(server.requests.map(({ range, status }) => ({ range, status }))).toEqual([
      { range: undefined, status: 200 },
      { range: `bytes=${kept}-`, status: 206 },
    ]);
    expect(manager.status().ready).toBe(true);
  });

  it('starts over when the mirror answers a Range request with the whole file', async () => {
    const { manager, model, server } = await setUp((index) =>
      index === 0 ? { cutAfter: half() } : { ignoreRange: true },
    );
    await manager.handlers['stt.downloadModel']({ id: 'tiny' });
    expect((await settled(model)).state).toBe('missing');
    await manager.handlers['stt.downloadModel']({ id: 'tiny' });
    expect((await settled(model)).state).toBe('ready');
    expect(server.requests[1]?.range).toMatch(/^bytes=\d+-$/);
    expect(server.requests[1]?.status).toBe(200);
  });

  it('deletes a download whose checksum does not match and marks the model corrupt', async () => {
    const wrong = { ...toy.entry, sha256: '0'.repeat(64) };
    const { manager, model, dataDir } = await setUp(undefined, wrong);
    await manager.handlers['stt.downloadModel']({ id: 'tiny' });
    const corrupt = await settled(model);
    expect(corrupt.state).toBe('corrupt');
    expect(corrupt.error).toMatchObject({ code: 'STT_MODEL_INVALID', details: { reason: 'checksum' } });
    const path = join(dataDir, 'models', toy.entry.file);
    expect(existsSync(path)).toBe(false);
    expect(existsSync(`${path}.part`)).toBe(false);
    expect(manager.status()).toMatchObject({ ready: false, reason: 'noModel', activeModel: null });
  });

  it('reports an HTTP error with its status', async () => {
    const absent = { ...toy.entry, file: 'ggml-absent.bin' };
    const { manager, model, server } = await setUp(undefined, absent);
    await manager.handlers['stt.downloadModel']({ id: 'tiny' });
    const failed = await settled(model);
    expect(failed.state).toBe('missing');
    expect(failed.error).toMatchObject({
      code: 'STT_DOWNLOAD_FAILED',
      details: { reason: 'http', status: 404 },
    });
    expect(server.requests).toEqual([{ path: '/ggml-absent.bin', range: undefined, status: 404 }]);
  });

  it('cancels mid-way, keeps the partial file and resumes it later', async () => {
    const { manager, model, server, dataDir, log } = await setUp((index) =>
      index === 0 ? { stallAfter: half() } : {},
    );
    const part = join(dataDir, 'models', `${toy.entry.file}.part`);
    await manager.handlers['stt.downloadModel']({ id: 'tiny' });
    await vi.waitFor(() => expect(statSync(part, { throwIfNoEntry: false })?.size).toBe(half()), {
      timeout: 10_000,
    });

    const cancelled = await manager.handlers['stt.cancelDownload']({ id: 'tiny' });
    expect(cancelled.models[0]).toMatchObject({ state: 'missing', receivedBytes: half(), error: null });
    expect(statSync(part).size).toBe(half());
    expect(log.statuses().at(-1)?.models[0]?.state).toBe('missing');

    await manager.handlers['stt.downloadModel']({ id: 'tiny' });
    expect((await settled(model)).state).toBe('ready');
    expect(server.requests.map(({ range, status }) => ({ range, status }))).toEqual([
      { range: undefined, status: 200 },
      { range: `bytes=${half()}-`, status: 206 },
    ]);
  });

  it('does not start a second download of a model already downloading', async () => {
    const { manager, server } = await setUp(() => ({ stallAfter: half() }));
    await manager.handlers['stt.downloadModel']({ id: 'tiny' });
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    const again = await manager.handlers['stt.downloadModel']({ id: 'tiny' });
    expect(again.models[0]?.state).toBe('downloading');
    await manager.handlers['stt.cancelDownload']({ id: 'tiny' });
    expect(server.requests).toHaveLength(1);
  });

  it('checks a partial file that is already complete without asking the mirror', async () => {
    const { manager, model, server, dataDir } = await setUp();
    await mkdir(join(dataDir, 'models'), { recursive: true });
    await writeFile(join(dataDir, 'models', `${toy.entry.file}.part`), toy.content);
    await manager.handlers['stt.downloadModel']({ id: 'tiny' });
    expect((await settled(model)).state).toBe('ready');
    expect(server.requests).toHaveLength(0);
  });

  it('starts over when the partial file is longer than the model', async () => {
    const { manager, model, server, dataDir } = await setUp();
    await mkdir(join(dataDir, 'models'), { recursive: true });
    await writeFile(join(dataDir, 'models', `${toy.entry.file}.part`), Buffer.alloc(toy.content.length + 1));
    await manager.handlers['stt.downloadModel']({ id: 'tiny' });
    expect((await settled(model)).state).toBe('ready');
    expect(server.requests).toEqual([{ path: `/${toy.entry.file}`, range: undefined, status: 200 }]);
  });
});
