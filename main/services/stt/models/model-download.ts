import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { modelUrl, type ModelCatalogueEntry } from './catalogue';
import { downloadFailed, modelInvalid } from './model-errors';
import { downloadToPart } from './http-download';

export interface ModelDownload {
  mirrorUrl: string;
  modelsDir: string;
  signal: AbortSignal;
  onProgress: (receivedBytes: number) => void;
  idleTimeoutMs?: number;
}

/** Where a catalogue model lives once downloaded; the partial download sits beside it as `.part`. */
export function downloadTarget(modelsDir: string, entry: ModelCatalogueEntry): string {
  return join(modelsDir, entry.file);
}

/**
 * Downloads (or resumes) a catalogue model, checks its size and sha256 and moves it into place; returns its
 * path. A short body keeps the partial for a resume (STT_DOWNLOAD_FAILED); a wrong size or checksum deletes
 * it (STT_MODEL_INVALID), since resuming damaged bytes could never succeed.
 */
export async function fetchModel(entry: ModelCatalogueEntry, options: ModelDownload): Promise<string> {
  const target = downloadTarget(options.modelsDir, entry);
  const partPath = `${target}.part`;
  const url = modelUrl(options.mirrorUrl, entry.file);
  const got = await downloadToPart({
    url,
    partPath,
    totalBytes: entry.sizeBytes,
    signal: options.signal,
    onProgress: options.onProgress,
    idleTimeoutMs: options.idleTimeoutMs,
  });
  if (got.sizeBytes < entry.sizeBytes)
    throw downloadFailed('network', 'The mirror ended the file early', {
      url,
      receivedBytes: got.sizeBytes,
      totalBytes: entry.sizeBytes,
    });
  if (got.sizeBytes > entry.sizeBytes || got.sha256 !== entry.sha256) {
    await rm(partPath, { force: true });
    const reason = got.sizeBytes === entry.sizeBytes ? 'checksum' : 'size';
    throw modelInvalid(reason, `The downloaded ${entry.file} is damaged (${reason})`, {
      url,
      expectedSha256: entry.sha256,
      actualSha256: got.sha256,
      expectedBytes: entry.sizeBytes,
      actualBytes: got.sizeBytes,
    });
  }
  await rename(partPath, target);
  return target;
}
