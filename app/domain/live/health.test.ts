import { describe, expect, it } from 'vitest';
import { defaultThresholds, readHealth, type HealthAlertCode } from './health';
import { sample, t0 } from './test-support';

const stream = (bytes: number, skippedFrames: number, totalFrames: number, active = true) => ({
  active,
  bytes,
  skippedFrames,
  totalFrames,
});

const codes = (alerts: { code: HealthAlertCode }[]) => alerts.map((alert) => alert.code);

describe('readHealth', () => {
  it('uses the cumulative counters on the first poll and measures no bitrate', () => {
    const cur = sample({
      renderSkippedFrames: 3,
      renderTotalFrames: 300,
      outputSkippedFrames: 12,
      outputTotalFrames: 400,
      stream: stream(9_000_000, 10, 200),
    });
    expect(readHealth(null, cur)).toEqual({
      at: t0,
      cpuUsage: 20,
      fps: 30,
      renderSkippedPercent: 1,
      outputSkippedPercent: 3,
      droppedPercent: 5,
      bitrateKbps: 0,
      alerts: [],
    });
  });

  it('measures the window between two polls', () => {
    const prev = sample({
      renderSkippedFrames: 10,
      renderTotalFrames: 1000,
      outputSkippedFrames: 4,
      outputTotalFrames: 1000,
      stream: stream(1_000_000, 5, 500),
    });
    const cur = sample({
      at: t0 + 2000,
      renderSkippedFrames: 16,
      renderTotalFrames: 1100,
      outputSkippedFrames: 5,
      outputTotalFrames: 1050,
      stream: stream(1_750_000, 8, 560),
    });
    // 6/100 frames, 1/50 frames, 3/60 frames; 750 kB in 2 s = 6000 kbit / 2 s.
    expect(readHealth(prev, cur)).toMatchObject({
      renderSkippedPercent: 6,
      outputSkippedPercent: 2,
      droppedPercent: 5,
      bitrateKbps: 3000,
    });
  });

  it('takes counters that went backwards as restarted within the window', () => {
    const prev = sample({
      outputSkippedFrames: 50,
      outputTotalFrames: 10_000,
      stream: stream(5_000_000, 0, 5000),
    });
    const cur = sample({
      at: t0 + 2000,
      outputSkippedFrames: 2,
      outputTotalFrames: 100,
      // Only the total went back; the skipped count grew from 0 since the restart.
      stream: stream(500_000, 3, 60),
    });
    expect(readHealth(prev, cur)).toMatchObject({
      outputSkippedPercent: 2,
      droppedPercent: 5,
      bitrateKbps: 2000,
    });
  });

  it('takes a skipped count that went backwards as a restart even when the total grew', () => {
    const prev = sample({ renderSkippedFrames: 50, renderTotalFrames: 100 });
    const cur = sample({ at: t0 + 2000, renderSkippedFrames: 3, renderTotalFrames: 150 });
    expect(readHealth(prev, cur).renderSkippedPercent).toBe(2);
  });

  it('reads 0 over a window with no frames', () => {
    const counters = {
      renderSkippedFrames: 7,
      renderTotalFrames: 700,
      outputSkippedFrames: 7,
      outputTotalFrames: 700,
      stream: stream(1_000_000, 7, 700),
    };
    const reading = readHealth(sample(counters), sample({ ...counters, at: t0 + 2000 }));
    expect(reading).toMatchObject({
      renderSkippedPercent: 0,
      outputSkippedPercent: 0,
      droppedPercent: 0,
      bitrateKbps: 0,
    });
  });

  it('reads no drops and no bitrate without an active stream', () => {
    const prev = sample({ stream: stream(1_000_000, 0, 100) });
    const stopped = sample({ at: t0 + 2000, stream: stream(2_000_000, 90, 200, false) });
    expect(readHealth(prev, stopped)).toMatchObject({ droppedPercent: 0, bitrateKbps: 0, alerts: [] });
    expect(readHealth(prev, sample({ at: t0 + 2000, stream: null }))).toMatchObject({
      droppedPercent: 0,
      bitrateKbps: 0,
    });
  });

  it('measures a stream that just started from its own counters, with no bitrate yet', () => {
    const before = sample({ stream: stream(0, 0, 0, false) });
    const started = sample({ at: t0 + 2000, stream: stream(400_000, 1, 50) });
    expect(readHealth(before, started)).toMatchObject({ droppedPercent: 2, bitrateKbps: 0 });
  });

  it('measures no bitrate when the clock did not move forward', () => {
    const prev = sample({ at: t0 + 2000, stream: stream(1_000_000, 0, 100) });
    const cur = sample({ at: t0 + 2000, stream: stream(1_500_000, 0, 150) });
    expect(readHealth(prev, cur).bitrateKbps).toBe(0);
  });

  it.each<[string, Parameters<typeof sample>[0], HealthAlertCode[]]>([
    ['all at their limits', { cpuUsage: 85, activeFps: 27, availableDiskSpaceMb: 2048 }, []],
    ['a busy CPU', { cpuUsage: 85.5 }, ['cpuHigh']],
    ['a low frame rate', { activeFps: 26.9 }, ['lowFps']],
    ['a low disk', { availableDiskSpaceMb: 2047 }, ['diskLow']],
    ['no target frame rate', { activeFps: 0, targetFps: 0 }, []],
    ['frames at 5 %', { renderSkippedFrames: 5, renderTotalFrames: 100 }, []],
    ['render lag', { renderSkippedFrames: 6, renderTotalFrames: 100 }, ['renderLag']],
    ['encoder lag', { outputSkippedFrames: 6, outputTotalFrames: 100 }, ['encoderLag']],
    ['network drops', { stream: stream(0, 11, 200) }, ['droppedFrames']],
    ['drops on a stopped stream', { stream: stream(0, 11, 200, false) }, []],
  ])('alerts for %s: %j', (_case, patch, expected) => {
    expect(codes(readHealth(null, sample(patch)).alerts)).toEqual(expected);
  });

  it('reports the value and the threshold it crossed', () => {
    const reading = readHealth(null, sample({ activeFps: 40, targetFps: 60, cpuUsage: 97 }));
    expect(reading.alerts).toEqual([
      { code: 'lowFps', value: 40, threshold: 54 },
      { code: 'cpuHigh', value: 97, threshold: 85 },
    ]);
  });

  it('applies thresholds the caller passes', () => {
    const strict = { ...defaultThresholds, cpuPercent: 50, minDiskMb: 100_000 };
    expect(codes(readHealth(null, sample({ cpuUsage: 60 }), strict).alerts)).toEqual(['cpuHigh', 'diskLow']);
  });
});
