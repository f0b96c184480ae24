import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '../engine/testing/rejection';
import { silentLogger } from '../../../../app/rpc/logger';
import {
  mandarinWav,
  realPipelineMissing,
  sampleSentences,
  sox,
  speechWavMs,
  toyModelPath,
} from '../engine/testing/test-audio';
import { createWhisperNodeEngine } from '../engine/whisper-node-engine';
import { findExecutable } from './ffmpeg';
import { createStreamHandlers, type StreamHandlerDeps } from './stream-handlers';
import { EventLog, recordingEngine } from './testing/stream-harness';

const missing = realPipelineMissing();
if (missing !== null) console.warn(`[stt file tests] skipped: ${missing}`);
const ffmpeg = findExecutable('ffmpeg');
if (ffmpeg === null)
  console.warn('[stt file tests] MP3 and float WAV cases skipped: ffmpeg is not installed');

describe.skipIf(missing !== null)('transcribing recorded files on the toy model', () => {
  let dir = '';
  let workDir = '';
  let speech = '';
  const log = new EventLog();
  const engine = recordingEngine(createWhisperNodeEngine());
  const handlersWith = (overrides: Partial<StreamHandlerDeps> = {}) =>
    createStreamHandlers({
      engine: engine.engine,
      activeModelPath: () => toyModelPath() ?? '',
      threads: 1,
      workDir,
      emit: log.emit,
      logger: silentLogger,
      ...overrides,
    }).handlers;

  /** Transcribes a file to its end and returns its caption lines. */
  async function transcribe(path: string, overrides: Partial<StreamHandlerDeps> = {}) {
    const { streamId } = await handlersWith(overrides)['stt.transcribeFile']({ path, language: 'zh' });
    const closed = await log.closed(streamId, 30_000);
    expect(closed.error).toBeNull();
    expect(log.states(streamId).at(-1)).toBe('ended');
    return log.segmentEvents(streamId).flatMap((event) => event.segments);
  }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stt file '));
    workDir = join(dir, 'chunk files');
    speech = mandarinWav(dir, 'replay speech', sampleSentences.join(''));
  });

  afterAll(async () => {
    await engine.engine.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a 16 kHz mono WAV whose path has spaces', async () => {
    const segments = await transcribe(speech);
    expect(segments.length).toBeGreaterThan(0);
    expect(readdirSync(workDir)).toEqual([]);
  });

  it('downmixes and resamples a 44.1 kHz stereo WAV, keeping times on the file clock', async () => {
    const stereo = join(dir, 'stereo 44k.wav');
    sox(speech, '-r', '44100', '-c', '2', stereo);
    const segments = await transcribe(stereo);
    expect(segments.length).toBeGreaterThan(0);
    const lastEnd = Math.max(...segments.map((segment) => segment.endMs));
    expect(lastEnd).toBeLessThanOrEqual(speechWavMs(statSync(speech).size) + 1);
  });

  it.skipIf(ffmpeg === null)(
    'decodes MP3 and float WAV through ffmpeg, and asks for ffmpeg without it',
    async () => {
      const mp3 = join(dir, 'replay.mp3');
      const float = join(dir, 'float.wav');
      execFileSync(ffmpeg ?? 'ffmpeg', ['-loglevel', 'error', '-i', speech, mp3]);
      sox(speech, '-e', 'floating-point', '-b', '32', float);
      expect((await transcribe(mp3)).length).toBeGreaterThan(0);
      expect((await transcribe(float)).length).toBeGreaterThan(0);
      const stt = handlersWith({ ffmpegPath: null });
      for (const path of [mp3, float]) {
        const error = await rejection(() => stt['stt.transcribeFile']({ path, language: 'zh' }));
        expect([error.code, error.details?.['reason']]).toEqual(['STT_AUDIO_INVALID', 'needsFfmpeg']);
      }
    },
  );

  it('refuses a file that is not audio, or is not there, before opening a stream', async () => {
    const text = join(dir, 'orders list.wav');
    const riff = join(dir, 'broken.wav');
    writeFileSync(text, '订单 1, 苹果 5 斤\n');
    writeFileSync(riff, Buffer.from('RIFF\0\0\0\0WAVEjunk'));
    const stt = handlersWith();
    for (const [path, reason] of [
      [text, 'notAudio'],
      [riff, 'notAudio'],
      [join(dir, 'gone.wav'), 'unreadable'],
    ] as const) {
      const error = await rejection(() => stt['stt.transcribeFile']({ path, language: 'zh' }));
      expect([error.code, error.details?.['reason']]).toEqual(['STT_AUDIO_INVALID', reason]);
    }
  });

  it('streams a two-hour recording in bounded memory, skipping its silence', async () => {
    const long = join(dir, 'two hours.wav');
    // Two hours of silence and then the sentences: the last captions prove the file was read to its end.
    sox('-D', speech, long, 'pad', '7200', '0');
    const jobsBefore = engine.jobs.length;
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    try {
      const segments = await transcribe(long);
      expect(segments.length).toBeGreaterThan(0);
      expect(segments[0]?.startMs).toBeGreaterThanOrEqual(7_199_000);
    } finally {
      clearInterval(sampler);
      rmSync(long, { force: true });
    }
    expect(peak - before).toBeLessThan(80 * 1024 * 1024);
    expect(engine.jobs.length - jobsBefore).toBeLessThanOrEqual(3);
  });
});
