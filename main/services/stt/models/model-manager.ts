import { join, resolve } from 'node:path';
import type { EventName, PayloadOf } from '../../../../app/contract';
import { AppError, toAppError } from '../../../../app/contract/errors';
import type { SttModelId, SttStatus } from '../../../../app/contract/stt-schemas';
import type { Logger } from '../../../../app/rpc/logger';
import type { Handlers } from '../../../../app/rpc/server';
import { whisperCatalogue, type ModelCatalogueEntry } from './catalogue';
import { downloadTarget, fetchModel } from './model-download';
import { modelInvalid, noModel } from './model-errors';
import { fileSize, inspectModelFile } from './model-file';
import { SttModelSettingsStore } from './model-settings';
import { describeModel, readyPath, type ModelFailure } from './model-status';

/** The UI's progress bar needs no more than this; a fast mirror would otherwise flood the bridge. */
const progressIntervalMs = 200;

export type SttModelCommandName =
  | 'stt.getStatus'
  | 'stt.setMirror'
  | 'stt.downloadModel'
  | 'stt.cancelDownload'
  | 'stt.useModelFile'
  | 'stt.selectModel';

export interface ModelManagerDeps {
  dataDir: string;
  emit: <N extends EventName>(event: N, payload: PayloadOf<N>) => void;
  logger: Logger;
  engineName: string;
  engineAvailable(): boolean;
  threads: number;
  /** Tests pass entries for a local file; the app uses the whisper catalogue. */
  catalogue?: readonly ModelCatalogueEntry[];
}

export interface ModelManager {
  handlers: Pick<Handlers, SttModelCommandName>;
  /** The model file captions should load. Raises STT_NO_MODEL when none is ready. */
  activeModelPath(): string;
  status(): SttStatus;
  /** Stops running downloads; their partial files stay for a resume. */
  dispose(): Promise<void>;
}

interface RunningDownload {
  controller: AbortController;
  receivedBytes: number;
  task: Promise<void>;
}

/** Which whisper models exist, which one captions use, and getting them: a local file or a mirror download. */
export function createModelManager(deps: ModelManagerDeps): ModelManager {
  const catalogue = deps.catalogue ?? whisperCatalogue;
  const settings = new SttModelSettingsStore(deps.dataDir);
  const modelsDir = join(deps.dataDir, 'models');
  const downloads = new Map<SttModelId, RunningDownload>();
  const failures = new Map<SttModelId, ModelFailure>();

  const entryOf = (id: SttModelId): ModelCatalogueEntry => {
    const entry = catalogue.find((candidate) => candidate.id === id);
    if (!entry) throw modelInvalid('unknown', `No model "${id}" in the catalogue`, { id });
    return entry;
  };

  const status = (): SttStatus => {
    const active = settings.current.activeModel;
    const engine = deps.engineAvailable();
    const modelReady = active !== null && readyPath(settings.fileOf(active)) !== null;
    return {
      ready: engine && modelReady,
      reason: !engine ? 'noEngine' : modelReady ? null : 'noModel',
      engine: deps.engineName,
      activeModel: active,
      threads: deps.threads,
      mirrorUrl: settings.current.mirrorUrl,
      models: catalogue.map((entry) =>
        describeModel({
          entry,
          recorded: settings.fileOf(entry.id),
          downloading: downloads.get(entry.id),
          failure: failures.get(entry.id),
          partPath: `${downloadTarget(modelsDir, entry)}.part`,
        }),
      ),
    };
  };

  const changed = (): SttStatus => {
    const current = status();
    deps.emit('stt.statusChanged', current);
    return current;
  };

  const run = async (entry: ModelCatalogueEntry, download: RunningDownload): Promise<void> => {
    let lastProgressAt = Number.NEGATIVE_INFINITY;
    const progress = (receivedBytes: number, force: boolean) => {
      download.receivedBytes = receivedBytes;
      const now = Date.now();
      if (!force && now - lastProgressAt < progressIntervalMs) return;
      lastProgressAt = now;
      deps.emit('stt.modelProgress', { id: entry.id, receivedBytes, totalBytes: entry.sizeBytes });
    };
    try {
      const path = await fetchModel(entry, {
        mirrorUrl: settings.current.mirrorUrl,
        modelsDir,
        signal: download.controller.signal,
        onProgress: (receivedBytes) => progress(receivedBytes, false),
      });
      progress(entry.sizeBytes, true);
      settings.activate(entry.id, { path, sizeBytes: entry.sizeBytes, sha256: entry.sha256 });
      deps.logger.info('stt: model downloaded', { id: entry.id, path });
    } catch (error) {
      // A cancel is the owner's choice, not a failure; the partial file stays for a resume.
      if (download.controller.signal.aborted) return;
      const appError = toAppError(error);
      const state = appError.code === 'STT_MODEL_INVALID' ? 'corrupt' : 'missing';
      failures.set(entry.id, { state, error: appError.toData() });
      deps.logger.warn('stt: model download failed', { id: entry.id, error: appError.toData() });
    }
  };

  const startDownload = (id: SttModelId): void => {
    if (downloads.has(id)) return;
    const entry = entryOf(id);
    const recorded = settings.fileOf(id);
    if (recorded?.path === downloadTarget(modelsDir, entry) && readyPath(recorded) !== null) {
      settings.update({ activeModel: id });
      return;
    }
    const download: RunningDownload = {
      controller: new AbortController(),
      receivedBytes: fileSize(`${downloadTarget(modelsDir, entry)}.part`) ?? 0,
      task: Promise.resolve(),
    };
    downloads.set(id, download);
    failures.delete(id);
    deps.logger.info('stt: model download started', { id, mirror: settings.current.mirrorUrl });
    download.task = run(entry, download)
      .finally(() => downloads.delete(id))
      .then(changed)
      .then(
        () => undefined,
        (error: unknown) =>
          deps.logger.error('stt: reporting a download failed', { id, error: String(error) }),
      );
  };

  const stopDownload = async (id: SttModelId): Promise<void> => {
    const download = downloads.get(id);
    if (!download) return;
    download.controller.abort();
    await download.task;
  };

  const handlers: Pick<Handlers, SttModelCommandName> = {
    'stt.getStatus': () => status(),
    'stt.setMirror': ({ url }) => {
      if (!/^https?:$/.test(new URL(url).protocol))
        throw new AppError('RPC_BAD_PARAMS', 'A model mirror must be an http(s) URL', { reason: 'protocol' });
      settings.update({ mirrorUrl: url });
      return changed();
    },
    'stt.downloadModel': ({ id }) => {
      startDownload(id);
      return changed();
    },
    'stt.cancelDownload': async ({ id }) => {
      await stopDownload(id);
      return status();
    },
    'stt.useModelFile': async ({ id, path }) => {
      const entry = entryOf(id);
      const absolute = resolve(path);
      const facts = await inspectModelFile(absolute);
      // Same size as the published file but other bytes: a damaged copy of it, not a model of the owner's own.
      if (facts.sizeBytes === entry.sizeBytes && facts.sha256 !== entry.sha256)
        throw modelInvalid('checksum', `${absolute} is a damaged copy of ${entry.file}`, {
          path: absolute,
          expectedSha256: entry.sha256,
          actualSha256: facts.sha256,
        });
      // Any other ggml file is taken as the owner's own model of this size class (a fine-tune, a
      // quantization): it is recorded where it is, never copied, and is ready like a catalogue file.
      await stopDownload(id);
      failures.delete(id);
      settings.activate(id, { path: absolute, ...facts });
      deps.logger.info('stt: model file picked', {
        id,
        path: absolute,
        catalogue: facts.sha256 === entry.sha256,
      });
      return changed();
    },
    'stt.selectModel': ({ id }) => {
      entryOf(id);
      if (readyPath(settings.fileOf(id)) === null) throw noModel('notReady', id);
      settings.update({ activeModel: id });
      return changed();
    },
  };

  return {
    handlers,
    status,
    activeModelPath: () => {
      const active = settings.current.activeModel;
      const path = active === null ? null : readyPath(settings.fileOf(active));
      if (path === null) throw noModel(active === null ? 'noActive' : 'notReady', active);
      return path;
    },
    dispose: async () => {
      await Promise.all([...downloads.keys()].map(stopDownload));
    },
  };
}
