import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { EventName, PayloadOf } from '../../../../app/contract';
import { toAppError, type AppError } from '../../../../app/contract/errors';
import type { sttStreamStates } from '../../../../app/contract/stt-schemas';
import { mergeSegments, SpeechChunker, type AudioChunk, type TimedText } from '../../../../app/domain/speech';
import type { Logger } from '../../../../app/rpc/logger';
import type { SttEngine, SttLanguage } from '../engine/engine';
import { writeSpeechWav } from './wav-format';

export type Emit = <N extends EventName>(event: N, payload: PayloadOf<N>) => void;
type StreamState = (typeof sttStreamStates)[number];

export interface CaptionStreamDeps {
  streamId: string;
  language: SttLanguage;
  engine: SttEngine;
  /** Asked per chunk, so a model switched mid-live is picked up; throws STT_NO_MODEL. */
  activeModelPath(): string;
  threads: number;
  workDir: string;
  emit: Emit;
  logger: Logger;
  now(): number;
  /** Live streams end by themselves after this long without audio (an unplugged microphone); null for files. */
  idleTimeoutMs: number | null;
  /** Called once, when the stream has ended or failed. */
  onClosed(): void;
}

interface QueuedChunk {
  chunk: AudioChunk;
  audioEndedAt: number;
}

/** A live stream a minute behind helps no one: older chunks are dropped rather than held without bound. */
const maxLiveQueue = 6;
/** A file is read only while at most this many chunks wait, so a two-hour replay stays in bounded memory. */
const maxFileQueue = 2;
/** One failed chunk (a worker crash) loses a few words; this many in a row means captions cannot work. */
const maxConsecutiveFailures = 3;

/**
 * One caption stream: audio in, chunks through the engine strictly in order, new caption lines and state
 * changes out as events (listening → transcribing ⇄ idle … ended, or error, which is final).
 */
export class CaptionStream {
  private readonly chunker = new SpeechChunker();
  private readonly queue: QueuedChunk[] = [];
  private previous: TimedText[] = [];
  private state: StreamState | null = null;
  private working: Promise<void> | null = null;
  private ending = false;
  private closed = false;
  private failures = 0;
  private idleTimer: NodeJS.Timeout | null = null;
  private roomWaiters: (() => void)[] = [];

  constructor(private readonly deps: CaptionStreamDeps) {
    this.setState('listening', null);
    this.armIdleTimer();
  }

  /** Whether audio is still taken: not stopped, not ended, not failed. */
  get accepting(): boolean {
    return !this.ending && !this.closed;
  }

  /** Audio received and not transcribed yet: what the chunker holds plus the chunks waiting. */
  get bufferedMs(): number {
    const queued = this.queue.reduce((sum, { chunk }) => sum + chunk.endMs - chunk.startMs, 0);
    return Math.round(this.chunker.bufferedMs + queued);
  }

  push(samples: Int16Array): void {
    if (!this.accepting) return;
    this.armIdleTimer();
    this.enqueue(this.chunker.push(samples));
  }

  /** No more audio: the words still buffered are transcribed, then the stream reports `ended`. */
  end(): void {
    if (!this.accepting) return;
    this.ending = true;
    this.clearIdleTimer();
    this.enqueue(this.chunker.flush());
    this.pump();
  }

  /** For file readers: resolves once the queue has room for more audio (at once for a closed stream). */
  waitForRoom(): Promise<void> {
    if (this.closed || this.queue.length < maxFileQueue) return Promise.resolve();
    return new Promise((done) => this.roomWaiters.push(done));
  }

  /** Ends the stream with an error that retrying will not fix. */
  fail(error: AppError): void {
    if (this.closed) return;
    this.deps.logger.warn('stt: caption stream failed', { streamId: this.deps.streamId, code: error.code });
    this.close('error', error);
  }

  /** Shuts the stream without further events (the app is quitting); resolves once its chunk file is gone. */
  async abort(): Promise<void> {
    this.closed = true;
    this.clearIdleTimer();
    this.queue.length = 0;
    this.releaseWaiters();
    await this.working;
  }

  private enqueue(chunks: AudioChunk[]): void {
    const audioEndedAt = this.deps.now();
    for (const chunk of chunks) this.queue.push({ chunk, audioEndedAt });
    if (this.deps.idleTimeoutMs !== null && this.queue.length > maxLiveQueue) {
      const dropped = this.queue.splice(1, this.queue.length - maxLiveQueue);
      this.deps.logger.warn('stt: transcription behind, dropped chunks', {
        streamId: this.deps.streamId,
        dropped: dropped.map(({ chunk }) => chunk.index),
      });
    }
    this.pump();
  }

  private pump(): void {
    if (this.working !== null || this.closed) return;
    const next = this.queue[0];
    if (next === undefined) {
      if (this.ending) this.close('ended', null);
      else if (this.state === 'transcribing') this.setState('idle', null);
      return;
    }
    this.setState('transcribing', null);
    this.working = this.transcribe(next).finally(() => {
      this.queue.shift();
      this.working = null;
      if (this.queue.length < maxFileQueue) this.releaseWaiters();
      this.pump();
    });
  }

  private async transcribe({ chunk, audioEndedAt }: QueuedChunk): Promise<void> {
    const { deps } = this;
    const wavPath = join(deps.workDir, `chunk-${deps.streamId}-${chunk.index}.wav`);
    try {
      const modelPath = deps.activeModelPath();
      await writeSpeechWav(wavPath, chunk.samples);
      const job = { wavPath, modelPath, language: deps.language, threads: deps.threads };
      const { segments } = await deps.engine.transcribe(job);
      this.failures = 0;
      if (this.closed) return;
      const absolute = segments.map((segment) => ({
        startMs: Math.min(chunk.startMs + segment.startMs, chunk.endMs),
        endMs: Math.min(chunk.startMs + segment.endMs, chunk.endMs),
        text: segment.text,
      }));
      const fresh = mergeSegments(this.previous, absolute, chunk.overlapMs, { chunkStartMs: chunk.startMs });
      this.previous = absolute;
      deps.emit('stt.segments', {
        streamId: deps.streamId,
        chunkIndex: chunk.index,
        segments: fresh,
        audioEndedAt,
        transcribedAt: deps.now(),
      });
    } catch (error) {
      this.onChunkFailed(chunk, toAppError(error));
    } finally {
      await rm(wavPath, { force: true });
    }
  }

  private onChunkFailed(chunk: AudioChunk, error: AppError): void {
    this.failures += 1;
    if (error.code === 'STT_ENGINE_FAILED' && this.failures < maxConsecutiveFailures) {
      this.deps.logger.warn('stt: chunk not transcribed', {
        streamId: this.deps.streamId,
        chunkIndex: chunk.index,
        reason: error.details?.['reason'],
      });
      // Nothing to deduplicate against: the next chunk's words are all new to the owner.
      this.previous = [];
      return;
    }
    this.fail(error);
  }

  private close(state: 'ended' | 'error', error: AppError | null): void {
    this.closed = true;
    this.clearIdleTimer();
    this.queue.splice(this.working === null ? 0 : 1);
    this.releaseWaiters();
    this.setState(state, error);
    this.deps.onClosed();
  }

  private setState(state: StreamState, error: AppError | null): void {
    if (state === this.state) return;
    this.state = state;
    this.deps.emit('stt.streamState', {
      streamId: this.deps.streamId,
      state,
      error: error === null ? null : error.toData(),
    });
  }

  private armIdleTimer(): void {
    const timeoutMs = this.deps.idleTimeoutMs;
    if (timeoutMs === null) return;
    this.clearIdleTimer();
    this.idleTimer = setTimeout(() => {
      this.deps.logger.info('stt: no audio, taking the microphone as unplugged', {
        streamId: this.deps.streamId,
        timeoutMs,
      });
      this.end();
    }, timeoutMs);
    this.idleTimer.unref();
  }

  private clearIdleTimer(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private releaseWaiters(): void {
    const waiters = this.roomWaiters;
    this.roomWaiters = [];
    for (const done of waiters) done();
  }
}
