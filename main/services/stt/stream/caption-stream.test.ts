import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../../../app/contract/errors';
import { silentLogger } from '../../../../app/rpc/logger';
import type { SttEngine, TranscribeJob, TranscribeResult } from '../engine/engine';
import { CaptionStream } from './caption-stream';
import { EventLog } from './testing/stream-harness';

/**
 * Tone bursts the chunker takes for speech: 1 s of quiet then 1.5 s of sound, `count` times. Each burst but
 * the last is a chunk at once; the last waits for more audio or the end of the stream.
 */
function bursts(count: number): Int16Array {
  const rate = 16_000;
  const out = new Int16Array(count * 2.5 * rate);
  for (let burst = 0; burst < count; burst += 1)
    for (let i = 0; i < 1.5 * rate; i += 1)
      out[(burst * 2.5 + 1) * rate + i] = Math.round(Math.sin((2 * Math.PI * 220 * i) / rate) * 9000);
  return out;
}

/** An engine whose jobs finish when the test says so, answering one line per chunk or failing. */
function controlledEngine() {
  const waiting: { job: TranscribeJob; settle: (outcome: TranscribeResult | AppError) => void }[] = [];
  const engine: SttEngine = {
    name: 'controlled',
    available: () => true,
    transcribe: (job) =>
      new Promise((resolve, reject) =>
        waiting.push({
          job,
          settle: (outcome) => (outcome instanceof AppError ? reject(outcome) : resolve(outcome)),
        }),
      ),
    dispose: () => Promise.resolve(),
  };
  return { engine, waiting };
}

const line = (text: string): TranscribeResult => ({
  segments: [{ startMs: 0, endMs: 500, text }],
  elapsedMs: 1,
});
const crashed = () => new AppError('STT_ENGINE_FAILED', 'worker stopped', { reason: 'crashed' });
const tick = () => new Promise((done) => setTimeout(done, 5));

/** Waits until `ready()` holds (chunk files are written asynchronously; a loaded machine is slow). */
async function until(ready: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await tick();
  }
}

function open(live: boolean) {
  const workDir = mkdtempSync(join(tmpdir(), 'stt unit '));
  const log = new EventLog();
  const { engine, waiting } = controlledEngine();
  const stream = new CaptionStream({
    streamId: 's',
    language: 'zh',
    engine,
    activeModelPath: () => 'model.bin',
    threads: 1,
    workDir,
    emit: log.emit,
    logger: silentLogger,
    now: Date.now,
    idleTimeoutMs: live ? 60_000 : null,
    onClosed: () => undefined,
  });
  const cleanup = () => rmSync(workDir, { recursive: true, force: true });
  return { stream, log, waiting, workDir, cleanup };
}

describe('CaptionStream', () => {
  it('holds a file reader back while two chunks wait for the engine', async () => {
    const { stream, waiting, cleanup } = open(false);
    stream.push(bursts(3));
    let room = false;
    void stream.waitForRoom().then(() => (room = true));
    await tick();
    expect(room).toBe(false);
    await until(() => waiting.length > 0);
    waiting.shift()?.settle(line('一'));
    await until(() => room);
    expect(room).toBe(true);
    await until(() => waiting.length > 0);
    const aborted = stream.abort();
    waiting.shift()?.settle(line('二'));
    await aborted;
    expect(waiting).toEqual([]);
    cleanup();
  });

  it('skips a chunk the engine failed on and keeps going, but gives up after three failures in a row', async () => {
    const { stream, log, waiting, workDir, cleanup } = open(false);
    stream.push(bursts(5));
    stream.end();
    const outcomes = [crashed(), line('二'), crashed(), crashed(), crashed()];
    for (const outcome of outcomes) {
      await until(() => waiting.length > 0);
      waiting.shift()?.settle(outcome);
    }
    await until(() => log.states('s').includes('error'));
    expect(log.states('s')).toEqual(['listening', 'transcribing', 'error']);
    expect(log.segmentEvents('s').map((event) => event.segments.map((segment) => segment.text))).toEqual([
      ['二'],
    ]);
    expect(readdirSync(workDir)).toEqual([]);
    cleanup();
  });

  it('drops the oldest waiting chunks of a live stream that falls a minute behind', async () => {
    const { stream, waiting, cleanup } = open(true);
    stream.push(bursts(12));
    await until(() => waiting.length > 0);
    expect(waiting.map(({ job }) => job.wavPath.slice(-6))).toEqual(['-0.wav']);
    waiting.shift()?.settle(line('三'));
    await until(() => waiting.length > 0);
    // Chunks 0–10 were complete; 0 was running, 1–5 were dropped, 6–10 are the last minute.
    expect(waiting.map(({ job }) => job.wavPath.slice(-6))).toEqual(['-6.wav']);
    waiting.shift()?.settle(line('四'));
    await stream.abort();
    cleanup();
  });
});
