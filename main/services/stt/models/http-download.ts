import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import { isAppError } from '../../../../app/contract/errors';
import { downloadFailed } from './model-errors';
import { fileSize, hashFile, type ModelFileFacts } from './model-file';

/** Mirrors behind the Great Firewall can go quiet without closing; this long without a byte counts as a failure. */
const defaultIdleTimeoutMs = 30_000;
const diskErrorCodes = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS']);

export interface PartDownload {
  url: string;
  /** Bytes already here are kept and asked for with a Range; the file grows as the body arrives. */
  partPath: string;
  totalBytes: number;
  /** Cancels: the partial file stays for a later resume and the abort reason is rethrown. */
  signal: AbortSignal;
  onProgress: (receivedBytes: number) => void;
  idleTimeoutMs?: number;
}

function errorCode(error: unknown): string | undefined {
  const own = (error as { code?: unknown } | null)?.code;
  if (typeof own === 'string') return own;
  // fetch wraps socket errors: the code is on the cause.
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof cause === 'string' ? cause : undefined;
}

/** Where a 206 says its bytes start (`Content-Range: bytes 100-199/200`). */
function rangeStart(contentRange: string | null): number | null {
  const match = /^bytes (\d+)-/.exec(contentRange ?? '');
  return match?.[1] === undefined ? null : Number(match[1]);
}

/**
 * Fetches `url` into `partPath`, resuming the bytes already there (a 206 continues them; a 200 means the mirror
 * ignores ranges, so it starts over). Hashes while streaming, so the caller gets size and sha256 as soon as
 * the body ends. Raises STT_DOWNLOAD_FAILED (reason http, network, stalled or disk) and keeps the partial file.
 */
export async function downloadToPart(request: PartDownload): Promise<ModelFileFacts> {
  const { partPath, signal } = request;
  await mkdir(dirname(partPath), { recursive: true });
  let offset = fileSize(partPath) ?? 0;
  if (offset > request.totalBytes) {
    await rm(partPath, { force: true });
    offset = 0;
  }
  const resumeHash = offset > 0 ? await hashFile(partPath) : null;
  if (offset === request.totalBytes && resumeHash) {
    request.onProgress(offset);
    return { sizeBytes: offset, sha256: resumeHash.digest('hex') };
  }

  const stall = new AbortController();
  const idleMs = request.idleTimeoutMs ?? defaultIdleTimeoutMs;
  let timer: NodeJS.Timeout | undefined;
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stall.abort(), idleMs);
  };
  try {
    touch();
    const combined = AbortSignal.any([signal, stall.signal]);
    const response = await fetch(request.url, {
      headers: offset > 0 ? { Range: `bytes=${offset}-` } : {},
      signal: combined,
    });
    const resumed = response.status === 206 && rangeStart(response.headers.get('content-range')) === offset;
    if (offset > 0 && (response.status === 416 || (response.status === 206 && !resumed))) {
      // The partial no longer lines up with the file on the mirror: start it again from the first byte.
      await response.body?.cancel();
      await rm(partPath, { force: true });
      return await downloadToPart(request);
    }
    if ((response.status !== 200 && response.status !== 206) || !response.body) {
      await response.body?.cancel();
      throw downloadFailed('http', `The mirror answered HTTP ${response.status}`, {
        status: response.status,
        url: request.url,
      });
    }
    const hash = resumed && resumeHash ? resumeHash : createHash('sha256');
    let received = resumed ? offset : 0;
    request.onProgress(received);
    const count = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        touch();
        hash.update(chunk);
        received += chunk.length;
        request.onProgress(received);
        done(null, chunk);
      },
    });
    await pipeline(
      Readable.fromWeb(response.body as ReadableStream<Uint8Array>),
      count,
      createWriteStream(partPath, { flags: resumed ? 'a' : 'w' }),
      { signal: combined },
    );
    return { sizeBytes: received, sha256: hash.digest('hex') };
  } catch (error) {
    if (signal.aborted || isAppError(error)) throw error;
    if (stall.signal.aborted)
      throw downloadFailed('stalled', `The mirror sent nothing for ${idleMs / 1000} s`, { url: request.url });
    const code = errorCode(error);
    if (code !== undefined && diskErrorCodes.has(code))
      throw downloadFailed('disk', `Cannot write the model file: ${code}`, { path: partPath, cause: code });
    const message = error instanceof Error ? error.message : String(error);
    throw downloadFailed('network', `The download broke off: ${message}`, {
      url: request.url,
      cause: code ?? null,
    });
  } finally {
    clearTimeout(timer);
  }
}
