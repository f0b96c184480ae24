import type { ErrorData } from '../../../../app/contract/errors';
import type { SttModel } from '../../../../app/contract/stt-schemas';
import type { ModelCatalogueEntry } from './catalogue';
import { modelInvalid } from './model-errors';
import { fileSize } from './model-file';
import type { RecordedModelFile } from './model-settings';

/** The latest failure of a model, until it is downloaded or picked again. */
export interface ModelFailure {
  state: 'missing' | 'corrupt';
  error: ErrorData;
}

export interface ModelFacts {
  entry: ModelCatalogueEntry;
  recorded: RecordedModelFile | undefined;
  /** Bytes so far while a download runs. */
  downloading: { receivedBytes: number } | undefined;
  failure: ModelFailure | undefined;
  partPath: string;
}

/**
 * The recorded file's path while it is still on disk at the size it had when checked. A stat only: files
 * on a USB stick come and go, and hashing on every status read would be far too slow.
 */
export function readyPath(recorded: RecordedModelFile | undefined): string | null {
  if (!recorded) return null;
  return fileSize(recorded.path) === recorded.sizeBytes ? recorded.path : null;
}

/** How one model looks to the owner, from what is recorded, what is running and what is on disk now. */
export function describeModel(facts: ModelFacts): SttModel {
  const { entry, recorded, downloading, failure } = facts;
  const base = { id: entry.id, file: entry.file, sizeBytes: entry.sizeBytes, sha256: entry.sha256 };
  const path = readyPath(recorded);
  if (downloading)
    return { ...base, state: 'downloading', path, receivedBytes: downloading.receivedBytes, error: null };
  if (path !== null && recorded)
    return {
      ...base,
      state: 'ready',
      path,
      receivedBytes: recorded.sizeBytes,
      error: failure?.error ?? null,
    };
  const partBytes = fileSize(facts.partPath) ?? 0;
  if (failure)
    return { ...base, state: failure.state, path: null, receivedBytes: partBytes, error: failure.error };
  if (!recorded) return { ...base, state: 'missing', path: null, receivedBytes: partBytes, error: null };
  const size = fileSize(recorded.path);
  const error =
    size === null
      ? modelInvalid('missing', `The model file is gone: ${recorded.path}`, { path: recorded.path })
      : modelInvalid('size', `The model file changed on disk: ${recorded.path}`, {
          path: recorded.path,
          expectedBytes: recorded.sizeBytes,
          actualBytes: size,
        });
  return {
    ...base,
    state: size === null ? 'missing' : 'corrupt',
    path: null,
    receivedBytes: partBytes,
    error: error.toData(),
  };
}
