import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '../engine/testing/rejection';
import { AppError } from '../../../../app/contract/errors';
import { silentLogger } from '../../../../app/rpc/logger';
import {
  mandarinWav,
  realPipelineMissing,
  sampleSentences,
  sox,
  toyModelPath,
} from '../engine/testing/test-audio';
import { createWhisperNodeEngine } from '../engine/whisper-node-engine';
import { createStreamHandlers, type StreamHandlerDeps } from './stream-handlers';
import { base64Frames, EventLog, recordingEngine, wavSamples } from './testing/stream-harness';

const missing = realPipelineMissing();
if (missing !== null) console.warn(`[stt stream tests] skipped: ${missing}`);

describe.skipIf(missing !== null)('live caption streams on the toy model', () => {
  let dir = '';
  let workDir = '';
  let speech: Int16Array = new Int16Array(0);
  const log = new EventLog();
  const engine = recordingEngine(createWhisperNodeEngine());
  let modelPath = '';
  const handlersWith = (overrides: Partial<StreamHandlerDeps> = {}) =>
    createStreamHandlers({
      engine: engine.engine,
      activeModelPath: () => modelPath,
      threads: 1,
      workDir,
      emit: log.emit,
      logger: silentLogger,
      ...overrides,
    });
  let stt = handlersWith().handlers;

  /** Pushes audio as the renderer does and returns the largest backlog main reported. */
  async function pushAll(handlers: typeof stt, streamId: string, samples: Int16Array): Promise<number> {
    let buffered = 0;
    for (const [seq, pcm] of base64Frames(samples).entries()) {
      const { bufferedMs } = await handlers['stt.pushAudio']({ streamId, seq, pcm });
      buffered = Math.max(buffered, bufferedMs);
    }
    return buffered;
  }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stt stream '));
    workDir = join(dir, 'chunk files');
    modelPath = toyModelPath() ?? '';
    const spoken = mandarinWav(dir, 'spoken', sampleSentences.join(''));
    const padded = join(dir, 'padded speech.wav');
    sox(spoken, padded, 'pad', '1.5', '0.5');
    speech = wavSamples(padded);
    stt = handlersWith().handlers;
  });

  afterAll(async () => {
    await engine.engine.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('turns speech into caption lines in time order, chunk by chunk, and ends after stop', async () => {
    const audioMs = speech.length / 16;
    const jobsBefore = engine.jobs.length;
    const { streamId } = await stt['stt.startStream']({ language: 'zh' });
    const maxBuffered = await pushAll(stt, streamId, speech);
    await stt['stt.stopStream']({ streamId });
    expect((await log.closed(streamId)).state).toBe('ended');

    const states = log.states(streamId);
    expect(states[0]).toBe('listening');
    expect(states.at(-1)).toBe('ended');
    expect(states).toContain('transcribing');
    expect(states).not.toContain('error');

    const jobs = engine.jobs.slice(jobsBefore);
    expect(jobs.length).toBeGreaterThanOrEqual(2);
    for (const { audioMs: chunkMs } of jobs) expect(chunkMs).toBeLessThanOrEqual(10_000);
    expect(maxBuffered).toBeGreaterThan(0);

    const events = log.segmentEvents(streamId);
    expect(events.map((event) => event.chunkIndex)).toEqual(jobs.map((_, index) => index));
    const segments = events.flatMap((event) => event.segments);
    expect(segments.length).toBeGreaterThan(0);
    // 1.5 s of quiet lead the speech; the chunker keeps 300 ms of it, so no caption can start earlier.
    expect(segments[0]?.startMs).toBeGreaterThanOrEqual(1000);
    let previousStart = 0;
    for (const segment of segments) {
      expect(segment.startMs).toBeGreaterThanOrEqual(previousStart);
      expect(segment.endMs).toBeGreaterThanOrEqual(segment.startMs);
      expect(segment.endMs).toBeLessThanOrEqual(audioMs);
      previousStart = segment.startMs;
    }
    for (const event of events) {
      expect(event.transcribedAt).toBeGreaterThanOrEqual(event.audioEndedAt);
      expect(event.transcribedAt - event.audioEndedAt).toBeLessThan(10_000);
    }
    expect(readdirSync(workDir)).toEqual([]);
  });

  it('sends silence to no engine and ends with no caption', async () => {
    const jobsBefore = engine.jobs.length;
    const { streamId } = await stt['stt.startStream']({ language: 'zh' });
    await pushAll(stt, streamId, new Int16Array(16_000 * 5));
    await stt['stt.stopStream']({ streamId });
    expect((await log.closed(streamId)).state).toBe('ended');
    expect(log.states(streamId)).toEqual(['listening', 'ended']);
    expect(log.segmentEvents(streamId)).toEqual([]);
    expect(engine.jobs.length).toBe(jobsBefore);
  });

  it('refuses odd-sized frames, gaps and frames for unknown or stopped streams', async () => {
    const { streamId } = await stt['stt.startStream']({ language: 'zh' });
    const odd = await rejection(() => stt['stt.pushAudio']({ streamId, seq: 0, pcm: 'AAAA' }));
    expect([odd.code, odd.details?.['reason']]).toEqual(['STT_AUDIO_INVALID', 'format']);
    await stt['stt.pushAudio']({ streamId, seq: 0, pcm: 'AAAAAA==' });
    const gap = await rejection(() => stt['stt.pushAudio']({ streamId, seq: 2, pcm: 'AAAAAA==' }));
    expect([gap.code, gap.details?.['reason']]).toEqual(['STT_AUDIO_INVALID', 'gap']);
    const unknown = await rejection(() => stt['stt.pushAudio']({ streamId: 'nope', seq: 0, pcm: 'AAAA' }));
    expect(unknown.code).toBe('STT_STREAM_UNKNOWN');
    await stt['stt.stopStream']({ streamId });
    const stopped = await rejection(() => stt['stt.pushAudio']({ streamId, seq: 1, pcm: 'AAAAAA==' }));
    expect(stopped.code).toBe('STT_STREAM_UNKNOWN');
    expect((await rejection(() => stt['stt.stopStream']({ streamId: 'nope' }))).code).toBe(
      'STT_STREAM_UNKNOWN',
    );
  });

  it('takes a stream without audio for a while as unplugged: the last words are transcribed, then it ends', async () => {
    const unplugged = handlersWith({ idleTimeoutMs: 400 }).handlers;
    const { streamId } = await unplugged['stt.startStream']({ language: 'zh' });
    await pushAll(unplugged, streamId, speech.subarray(0, 16_000 * 5));
    expect((await log.closed(streamId)).state).toBe('ended');
    expect(log.segmentEvents(streamId).length).toBeGreaterThan(0);
    const late = await rejection(() => unplugged['stt.pushAudio']({ streamId, seq: 80, pcm: 'AAAAAA==' }));
    expect(late.code).toBe('STT_STREAM_UNKNOWN');
  });

  it('refuses to start without a model or without the engine', async () => {
    const noModel = handlersWith({
      activeModelPath: () => {
        throw new AppError('STT_NO_MODEL', 'no model', { reason: 'noActive' });
      },
    }).handlers;
    expect((await rejection(() => noModel['stt.startStream']({ language: 'zh' }))).code).toBe('STT_NO_MODEL');
    const noEngine = handlersWith({ engine: createWhisperNodeEngine({ whisperDir: dir }) }).handlers;
    expect((await rejection(() => noEngine['stt.startStream']({ language: 'zh' }))).code).toBe(
      'STT_NO_ENGINE',
    );
  });

  it('ends a stream with STT_MODEL_INVALID when the model file is empty or not a whisper model', async () => {
    const empty = join(dir, 'empty model.bin');
    const text = join(dir, 'model notes.txt');
    writeFileSync(empty, '');
    writeFileSync(text, 'not a model');
    for (const [path, reason] of [
      [empty, 'empty'],
      [text, 'notGgml'],
    ] as const) {
      const stt = handlersWith({ activeModelPath: () => path }).handlers;
      const { streamId } = await stt['stt.startStream']({ language: 'zh' });
      await pushAll(stt, streamId, speech.subarray(0, 16_000 * 4));
      await stt['stt.stopStream']({ streamId });
      const closed = await log.closed(streamId);
      expect([closed.state, closed.error?.code, closed.error?.details?.['reason']]).toEqual([
        'error',
        'STT_MODEL_INVALID',
        reason,
      ]);
    }
    expect(readdirSync(workDir)).toEqual([]);
  });
});
