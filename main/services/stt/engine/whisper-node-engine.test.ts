import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from './testing/rejection';
import { defaultThreads } from './engine';
import {
  mandarinWav,
  realPipelineMissing,
  sampleSentences,
  sox,
  speechWavMs,
  toyModelPath,
} from './testing/test-audio';
import { createWhisperNodeEngine, type WhisperNodeEngine } from './whisper-node-engine';

const missing = realPipelineMissing();
if (missing !== null) console.warn(`[stt engine tests] skipped: ${missing}`);

/** Command names of the live processes in a process group (the worker leads its own); zombies are dead. */
function processGroup(leader: number): string[] {
  const ps = spawnSync('ps', ['-o', 'stat=,comm=', '-g', String(leader)], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([stat]) => stat !== undefined && stat !== '' && !stat.startsWith('Z'))
    .map(([, command]) => command ?? '');
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((done) => setTimeout(done, 10));
  }
}

describe('defaultThreads', () => {
  it('leaves one core to OBS and the browser, and never goes below one', () => {
    expect(defaultThreads(8)).toBe(7);
    expect(defaultThreads(2)).toBe(1);
    expect(defaultThreads(1)).toBe(1);
  });
});

describe('whisper-node engine without whisper.cpp built', () => {
  it('reports STT_NO_ENGINE and starts no worker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stt-no-engine-'));
    const engine = createWhisperNodeEngine({ whisperDir: dir });
    expect(engine.available()).toBe(false);
    const error = await rejection(() =>
      engine.transcribe({ wavPath: join(dir, 'a.wav'), modelPath: 'm.bin', language: 'zh', threads: 1 }),
    );
    expect(error.code).toBe('STT_NO_ENGINE');
    expect(engine.workerPid()).toBeNull();
    await engine.dispose();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe.skipIf(missing !== null)('whisper-node engine on the toy model', () => {
  let dir = '';
  let model = '';
  let speech = '';
  let engine: WhisperNodeEngine;
  const job = (wavPath: string, modelPath = model) => ({
    wavPath,
    modelPath,
    language: 'zh' as const,
    threads: 1,
  });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stt engine '));
    model = join(dir, "toy model's copy.bin");
    copyFileSync(toyModelPath() ?? '', model);
    speech = mandarinWav(dir, 'speech sample', sampleSentences.join(''));
    engine = createWhisperNodeEngine();
  });

  afterAll(async () => {
    await engine.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('transcribes a WAV in a folder with spaces and quotes, with every segment inside the audio', async () => {
    const cwd = process.cwd();
    const audioMs = speechWavMs(statSync(speech).size);
    const result = await engine.transcribe(job(speech));
    expect(result.segments.length).toBeGreaterThan(0);
    expect(result.elapsedMs).toBeGreaterThan(0);
    let previousStart = 0;
    for (const segment of result.segments) {
      expect(segment.startMs).toBeGreaterThanOrEqual(previousStart);
      expect(segment.endMs).toBeGreaterThanOrEqual(segment.startMs);
      expect(segment.endMs).toBeLessThanOrEqual(audioMs);
      previousStart = segment.startMs;
    }
    // whisper-node moves its own process into whisper.cpp's folder; that must stay inside the worker.
    expect(process.cwd()).toBe(cwd);
    expect(readdirSync(dir).filter((name) => name.endsWith('.vtt') || name.endsWith('.log'))).toEqual([]);
  });

  it('refuses a missing, empty, non-ggml or truncated model', async () => {
    const empty = join(dir, 'empty model.bin');
    const text = join(dir, 'notes.txt');
    writeFileSync(empty, '');
    writeFileSync(text, 'this is not a whisper model\n');
    const truncated = join(dir, 'half downloaded.bin');
    writeFileSync(truncated, readFileSync(model).subarray(0, 1_000_000));
    const cases = [
      [join(dir, 'nowhere.bin'), 'missing'],
      [empty, 'empty'],
      [text, 'notGgml'],
      [truncated, 'unreadable'],
    ] as const;
    for (const [path, reason] of cases) {
      const error = await rejection(() => engine.transcribe(job(speech, path)));
      expect(error.code).toBe('STT_MODEL_INVALID');
      expect(error.details?.['reason']).toBe(reason);
    }
  });

  it('turns whisper.cpp refusing the audio into STT_ENGINE_FAILED with its own words', async () => {
    const notWav = join(dir, 'not audio.wav');
    writeFileSync(notWav, 'hello');
    const error = await rejection(() => engine.transcribe(job(notWav)));
    expect(error.code).toBe('STT_ENGINE_FAILED');
    expect(error.details?.['reason']).toBe('noOutput');
    expect(String(error.details?.['printed'])).toMatch(/failed to (open|read)/);
  });

  it('rejects the job of a worker killed mid-run, and the next job runs on a fresh worker', async () => {
    const long = join(dir, 'long speech.wav');
    sox(speech, long, 'repeat', '12');
    await engine.transcribe(job(speech));
    const pid = engine.workerPid();
    expect(pid).not.toBeNull();
    const running = rejection(() => engine.transcribe(job(long)));
    await until(() => processGroup(pid ?? 0).includes('main'));
    process.kill(pid ?? 0, 'SIGKILL');
    const error = await running;
    expect(error.code).toBe('STT_ENGINE_FAILED');
    expect(error.details?.['reason']).toBe('crashed');
    const next = await engine.transcribe(job(speech));
    expect(next.segments.length).toBeGreaterThan(0);
    expect(engine.workerPid()).not.toBe(pid);
    expect(processGroup(pid ?? 0)).toEqual([]);
  });

  it('kills a run that overstays its time and stays usable', async () => {
    let calls = 0;
    const impatient = createWhisperNodeEngine({ timeoutMs: () => (++calls === 1 ? 1 : 60_000) });
    try {
      const error = await rejection(() => impatient.transcribe(job(speech)));
      expect(error.code).toBe('STT_ENGINE_FAILED');
      expect(error.details?.['reason']).toBe('timeout');
      const next = await impatient.transcribe(job(speech));
      expect(next.segments.length).toBeGreaterThan(0);
    } finally {
      await impatient.dispose();
    }
  });

  it('leaves no whisper.cpp process behind once disposed', async () => {
    const own = createWhisperNodeEngine();
    await own.transcribe(job(speech));
    const pid = own.workerPid();
    await own.dispose();
    expect(pid).not.toBeNull();
    expect(processGroup(pid ?? 0)).toEqual([]);
  });
});
