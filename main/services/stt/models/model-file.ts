import { createHash, type Hash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { isAppError, type AppError } from '../../../../app/contract/errors';
import { modelInvalid } from './model-errors';

/** whisper.cpp's model header: the bytes "lmgg", read as a little-endian u32 at offset 0. */
const ggmlMagic = 0x67676d6c;

export interface ModelFileFacts {
  sizeBytes: number;
  sha256: string;
}

/** The size of a regular file, or null when there is none: one stat, cheap enough for every status read. */
export function fileSize(path: string): number | null {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats?.isFile() ? stats.size : null;
}

/** Feeds a file into `hash` as a stream, so models of hundreds of MB never sit in memory. */
export async function hashFile(path: string, hash: Hash = createHash('sha256')): Promise<Hash> {
  await pipeline(createReadStream(path), async (chunks: AsyncIterable<Buffer>) => {
    for await (const chunk of chunks) hash.update(chunk);
  });
  return hash;
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

async function hasGgmlMagic(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const header = Buffer.alloc(4);
    const { bytesRead } = await handle.read(header, 0, 4, 0);
    return bytesRead === 4 && header.readUInt32LE(0) === ggmlMagic;
  } finally {
    await handle.close();
  }
}

/**
 * Checks that `path` is a whisper ggml model (exists, not empty, right header) and returns its size, without
 * reading the rest: cheap enough before every transcription. Raises STT_MODEL_INVALID with reason missing,
 * empty, notGgml or unreadable.
 */
export async function checkModelHeader(path: string): Promise<number> {
  try {
    const stats = await stat(path);
    if (!stats.isFile()) throw modelInvalid('missing', `Not a file: ${path}`, { path });
    if (stats.size === 0) throw modelInvalid('empty', `The model file is empty: ${path}`, { path });
    if (!(await hasGgmlMagic(path)))
      throw modelInvalid('notGgml', `Not a whisper.cpp ggml model: ${path}`, { path });
    return stats.size;
  } catch (error) {
    throw asModelError(error, path);
  }
}

/** checkModelHeader, then the sha256 the catalogue compares against. */
export async function inspectModelFile(path: string): Promise<ModelFileFacts> {
  const sizeBytes = await checkModelHeader(path);
  try {
    return { sizeBytes, sha256: (await hashFile(path)).digest('hex') };
  } catch (error) {
    throw asModelError(error, path);
  }
}

function asModelError(error: unknown, path: string): AppError {
  if (isAppError(error)) return error;
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return modelInvalid('missing', `No such model file: ${path}`, { path });
  return modelInvalid('unreadable', `The model file cannot be read: ${path}`, { path, cause: code ?? null });
}
