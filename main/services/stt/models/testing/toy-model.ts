import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventName, PayloadOf } from '../../../../../app/contract';
import { silentLogger } from '../../../../../app/rpc/logger';
import type { ModelCatalogueEntry } from '../catalogue';
import { createModelManager, type ModelManager } from '../model-manager';

/** The random-weight whisper model from the shared test data: a real ggml file, 8 MB. */
export const toyModelPath = fileURLToPath(
  new URL('../../../../../../shared/data/models/toy-random-whisper-ggml.bin', import.meta.url),
);

/** The shared test data sits beside the project in CI; without it these suites skip and say why. */
export const toyModelMissing = existsSync(toyModelPath) ? null : `the toy model ${toyModelPath} is absent`;

export interface ToyModel {
  content: Buffer;
  /** A catalogue entry holding the toy model's real size and sha256, served as `ggml-toy.bin`. */
  entry: ModelCatalogueEntry;
}

export async function loadToyModel(): Promise<ToyModel> {
  const content = await readFile(toyModelPath);
  const sha256 = createHash('sha256').update(content).digest('hex');
  return { content, entry: { id: 'tiny', file: 'ggml-toy.bin', sizeBytes: content.length, sha256 } };
}

type AnyEvent = { [N in EventName]: { event: N; payload: PayloadOf<N> } }[EventName];

/** Everything a manager emitted, in order. */
export class EventLog {
  readonly events: AnyEvent[] = [];

  readonly emit = <N extends EventName>(event: N, payload: PayloadOf<N>): void => {
    this.events.push({ event, payload } as AnyEvent);
  };

  progress(): PayloadOf<'stt.modelProgress'>[] {
    return this.events.flatMap((entry) => (entry.event === 'stt.modelProgress' ? [entry.payload] : []));
  }

  statuses(): PayloadOf<'stt.statusChanged'>[] {
    return this.events.flatMap((entry) => (entry.event === 'stt.statusChanged' ? [entry.payload] : []));
  }
}

export interface TestManagerOptions {
  dataDir?: string;
  /** The whisper catalogue when left out. */
  catalogue?: ModelCatalogueEntry[];
  engine?: boolean;
}

export interface TestManager {
  manager: ModelManager;
  log: EventLog;
  dataDir: string;
}

export async function testManager(options: TestManagerOptions): Promise<TestManager> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'stt-models-')));
  const log = new EventLog();
  const manager = createModelManager({
    dataDir,
    emit: log.emit,
    logger: silentLogger,
    engineName: 'whisper.cpp',
    engineAvailable: () => options.engine ?? true,
    threads: 1,
    catalogue: options.catalogue,
  });
  return { manager, log, dataDir };
}
