import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../app/contract/errors';
import { noObsReason, ObsHarness, realObs } from './testing/obs-harness';
import { sineWav } from './testing/sine-wav';

const obs = realObs();
if (!obs) console.warn(`skipping OBS output tests: ${noObsReason}`);

const pause = (ms: number) => new Promise((wake) => setTimeout(wake, ms));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** ffmpeg takes a moment to open its RTMP port; a probe connection would use up its single listen. */
async function listening(port: number): Promise<void> {
  const hex = `:${port.toString(16).toUpperCase().padStart(4, '0')} `;
  for (let tries = 0; tries < 100; tries += 1) {
    const table = readFileSync('/proc/net/tcp', 'utf8') + readFileSync('/proc/net/tcp6', 'utf8');
    // State 0A is LISTEN.
    if (table.split('\n').some((line) => line.includes(hex) && / 0A /.test(line))) return;
    await pause(50);
  }
  throw new Error(`nothing listens on ${port}`);
}

describe.skipIf(!obs)('outputs, health and the level meter on a real OBS', () => {
  const harness = new ObsHarness();
  beforeAll(() => harness.connect(obs!));
  afterAll(() => harness.dispose());

  it('records 3 s and lists the finished, non-empty file only after OBS stopped writing it', async () => {
    const since = Date.now();
    const started = await harness.handlers['obs.startOutput']({ output: 'record' });
    expect(started.active).toBe(true);
    await pause(3000);
    const stopped = await harness.handlers['obs.stopOutput']({ output: 'record' });
    expect(stopped.state).toBe('OBS_WEBSOCKET_OUTPUT_STOPPED');
    expect(stopped.path).toBeTruthy();
    expect(existsSync(stopped.path!)).toBe(true);
    expect(statSync(stopped.path!).size).toBeGreaterThan(10_000);
    const event = await harness.waitFor(
      'obs.outputChanged',
      (payload) => payload.output === 'record' && payload.state === 'OBS_WEBSOCKET_OUTPUT_STOPPED',
      5000,
      since,
    );
    expect(event.path).toBe(stopped.path);
    const { files } = await harness.handlers['obs.listRecordings']({});
    expect(files[0]?.path).toBe(stopped.path);
    expect((await harness.handlers['obs.getOutputs']({})).record.active).toBe(false);
  });

  it('streams to an RTMP server with the saved address and key, and reports the bitrate', async () => {
    const port = await freePort();
    const received = join(obs!.home, `stream-${port}.flv`);
    const server = spawn('ffmpeg', [
      '-nostdin',
      '-loglevel',
      'error',
      '-listen',
      '1',
      '-i',
      `rtmp://127.0.0.1:${port}/live/linli-key`,
      '-c',
      'copy',
      '-f',
      'flv',
      '-y',
      received,
    ]);
    // Listen now: ffmpeg may well exit before OBS reports the stream stopped.
    const exited = new Promise((resolve) => server.once('exit', resolve));
    try {
      await listening(port);
      const config = await harness.handlers['obs.saveStreamTarget']({
        server: `rtmp://127.0.0.1:${port}/live`,
        key: 'linli-key',
      });
      expect(config).toMatchObject({ hasStreamKey: true });
      expect(JSON.stringify(config)).not.toContain('linli-key');
      const since = Date.now();
      expect((await harness.handlers['obs.startOutput']({ output: 'stream' })).active).toBe(true);
      const reading = await harness.waitFor(
        'obs.healthUpdated',
        (payload) => payload.bitrateKbps > 0,
        10_000,
        since,
      );
      expect(reading.droppedPercent).toBeGreaterThanOrEqual(0);
      expect((await harness.handlers['obs.getOutputs']({})).stream.active).toBe(true);
      expect((await harness.handlers['obs.stopOutput']({ output: 'stream' })).active).toBe(false);
      await exited;
      expect(statSync(received).size).toBeGreaterThan(1000);
    } finally {
      server.kill('SIGKILL');
      rmSync(received, { force: true });
    }
  });

  it('reports a stream that cannot reach its server instead of waiting', async () => {
    const port = await freePort();
    await harness.handlers['obs.saveStreamTarget']({ server: `rtmp://127.0.0.1:${port}/live`, key: 'k' });
    const error = await Promise.resolve(harness.handlers['obs.startOutput']({ output: 'stream' })).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('OBS_REQUEST_FAILED');
    expect((await harness.handlers['obs.getOutputs']({})).stream.active).toBe(false);
  });

  it('tells the owner when this machine has no virtual camera', async () => {
    const outputs = await harness.handlers['obs.getOutputs']({});
    if (outputs.virtualcam.available) return;
    const error = await Promise.resolve(harness.handlers['obs.startOutput']({ output: 'virtualcam' })).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('OBS_UNAVAILABLE');
  });

  it('polls OBS stats into health readings', async () => {
    const since = Date.now();
    const reading = await harness.waitFor('obs.healthUpdated', () => true, 5000, since);
    expect(reading.fps).toBeGreaterThan(20);
    expect(reading.cpuUsage).toBeGreaterThanOrEqual(0);
    expect(await harness.handlers['obs.getHealth']({})).not.toBeNull();
  });

  it('meters the chosen audio input: a tone reads loud, at most ten readings a second', async () => {
    const link = harness.service.connection.link();
    const wav = join(obs!.home, 'tone.wav');
    writeFileSync(wav, sineWav(2));
    const inputName = 'Linli 测试音';
    const { inputs } = await link.call('GetInputList');
    if (!inputs.some((input) => input['inputName'] === inputName))
      await link.call('CreateInput', {
        sceneName: 'Scene',
        inputName,
        inputKind: 'ffmpeg_source',
        inputSettings: { local_file: wav, is_local_file: true, looping: true },
      });
    expect((await harness.handlers['obs.listAudioInputs']({})).inputs).toContain(inputName);
    // A media source plays only while its scene is on air.
    await harness.handlers['obs.setScene']({ sceneName: 'Scene', target: 'program' });
    const since = Date.now();
    await harness.handlers['obs.setMeterInput']({ inputName });
    const level = await harness.waitFor('obs.audioLevel', (payload) => payload.peakDb > -20, 10_000, since);
    expect(level.inputName).toBe(inputName);
    const levels = harness.events.filter((seen) => seen.event === 'obs.audioLevel' && seen.at >= since);
    const spanMs = (levels.at(-1)?.at ?? since) - (levels[0]?.at ?? since);
    expect(levels.length).toBeLessThanOrEqual(Math.ceil(spanMs / 100) + 2);
    await harness.handlers['obs.setMeterInput']({ inputName: null });
  });
});
