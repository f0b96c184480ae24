import type { AiLocalStatus } from '../../../../app/contract/ai-schemas';
import { AppError } from '../../../../app/contract/errors';
import type { Logger } from '../../../../app/rpc/logger';
import { unavailable } from '../ai-errors';
import type { LocalModelServer, LocalModelServerOptions } from './local-model-server';

export interface LocalModelHostOptions {
  logger: Logger;
  onStatus(status: AiLocalStatus): void;
  start(options: LocalModelServerOptions): Promise<LocalModelServer>;
}

function loadError(error: unknown, modelPath: string): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return unavailable('localFailed', `The local model could not be loaded: ${message}`, { path: modelPath });
}

function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason as Error);
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
  });
}

/**
 * Owns the local model server: loads the owner's file in the background (never on a request's path),
 * reports stopped → loading → ready | failed, and swaps or unloads it when the settings change.
 */
export class LocalModelHost {
  private value: AiLocalStatus = { state: 'stopped', modelPath: null, error: null };
  private attempt: Promise<LocalModelServer> | null = null;
  private failure: AppError | null = null;
  private generation = 0;

  constructor(private readonly options: LocalModelHostOptions) {}

  get status(): AiLocalStatus {
    return this.value;
  }

  /**
   * Loads `modelPath` unless it is already loaded or loading; null unloads. A failed file is tried again only
   * when `retryFailed` is set (the owner pressed "test"), not on every request.
   */
  use(modelPath: string | null, retryFailed = false): void {
    const { state } = this.value;
    const same = modelPath === this.value.modelPath;
    if (same && (state === 'loading' || state === 'ready')) return;
    if (same && state === 'failed' && !retryFailed) return;
    if (modelPath === null && state === 'stopped') return;
    void this.release();
    const generation = this.generation;
    if (modelPath === null) {
      this.set({ state: 'stopped', modelPath: null, error: null });
      return;
    }
    this.set({ state: 'loading', modelPath, error: null });
    const started = performance.now();
    const attempt = this.options.start({ modelPath, logger: this.options.logger });
    this.attempt = attempt;
    attempt.then(
      () => {
        if (generation !== this.generation) return;
        this.options.logger.info('ai: local model ready', {
          modelPath,
          loadMs: Math.round(performance.now() - started),
        });
        this.set({ state: 'ready', modelPath, error: null });
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.failure = loadError(error, modelPath);
        this.options.logger.warn('ai: local model failed to load', { modelPath, error: String(error) });
        this.set({ state: 'failed', modelPath, error: this.failure.toData() });
      },
    );
  }

  /** The running server, waiting for a load in progress; raises the load's error when it failed. */
  async ready(signal: AbortSignal): Promise<LocalModelServer> {
    if (this.value.state === 'failed' && this.failure !== null) throw this.failure;
    if (this.attempt === null)
      throw unavailable('localFailed', 'The local model is not loaded', { path: this.value.modelPath });
    try {
      return await Promise.race([this.attempt, untilAborted(signal)]);
    } catch (error) {
      if (signal.aborted) throw error;
      throw this.failure ?? loadError(error, this.value.modelPath ?? '');
    }
  }

  dispose(): Promise<void> {
    return this.release();
  }

  /** Forgets the current attempt, closing its server once it is up, and starts a new generation. */
  private async release(): Promise<void> {
    const previous = this.attempt;
    this.attempt = null;
    this.failure = null;
    this.generation += 1;
    if (previous === null) return;
    await previous
      .then(
        (server) => server.close(),
        () => undefined,
      )
      .catch((error: unknown) =>
        this.options.logger.warn('ai: closing the local model failed', { error: String(error) }),
      );
  }

  private set(status: AiLocalStatus): void {
    this.value = status;
    this.options.onStatus(status);
  }
}
