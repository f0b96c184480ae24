import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadToPart } from './http-download';
import { startModelServer, type ModelServer } from './testing/model-server';

let server: ModelServer | undefined;
let dir: string | undefined;

afterEach(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('downloadToPart', () => {
  it('gives up on a mirror that goes quiet, keeping what arrived', async () => {
    const content = Buffer.alloc(64 * 1024, 7);
    server = await startModelServer('model.bin', content, () => ({ stallAfter: 1024 }));
    dir = await mkdtemp(join(tmpdir(), 'stt-http-'));
    const partPath = join(dir, 'model.bin.part');
    const attempt = downloadToPart({
      url: `${server.url}model.bin`,
      partPath,
      totalBytes: content.length,
      signal: new AbortController().signal,
      onProgress: () => undefined,
      idleTimeoutMs: 300,
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'STT_DOWNLOAD_FAILED',
      details: { reason: 'stalled' },
    });
    expect(statSync(partPath).size).toBe(1024);
  });

  it('reports a mirror that cannot be reached as a network failure', async () => {
    server = await startModelServer('model.bin', Buffer.alloc(1));
    const url = `${server.url}model.bin`;
    await server.close();
    server = undefined;
    dir = await mkdtemp(join(tmpdir(), 'stt-http-'));
    const attempt = downloadToPart({
      url,
      partPath: join(dir, 'model.bin.part'),
      totalBytes: 1,
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'STT_DOWNLOAD_FAILED',
      details: { reason: 'network' },
    });
  });
});
