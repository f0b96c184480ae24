import { describe, expect, it } from 'vitest';
import type { HealthReading } from './health';
import { HealthSummaryBuilder } from './health-summary';
import { t0 } from './test-support';

const reading = (patch: Partial<HealthReading>): HealthReading => ({
  at: t0,
  cpuUsage: 0,
  fps: 30,
  renderSkippedPercent: 0,
  outputSkippedPercent: 0,
  droppedPercent: 0,
  bitrateKbps: 0,
  alerts: [],
  ...patch,
});

describe('HealthSummaryBuilder', () => {
  it('summarizes no readings as zeros', () => {
    expect(new HealthSummaryBuilder().summary()).toEqual({
      samples: 0,
      avgFps: 0,
      minFps: 0,
      maxCpu: 0,
      avgCpu: 0,
      maxDroppedPercent: 0,
      maxRenderSkippedPercent: 0,
      maxOutputSkippedPercent: 0,
      avgBitrateKbps: 0,
      alertCount: 0,
    });
  });

  it('averages, takes extremes and counts readings with alerts', () => {
    const builder = new HealthSummaryBuilder();
    builder.add(reading({ fps: 30, cpuUsage: 10, droppedPercent: 1, bitrateKbps: 0 }));
    builder.add(
      reading({
        fps: 24,
        cpuUsage: 70,
        renderSkippedPercent: 8,
        bitrateKbps: 3000,
        alerts: [
          { code: 'lowFps', value: 24, threshold: 27 },
          { code: 'renderLag', value: 8, threshold: 5 },
        ],
      }),
    );
    builder.add(
      reading({
        fps: 27,
        cpuUsage: 40,
        droppedPercent: 6,
        outputSkippedPercent: 2,
        bitrateKbps: 2000,
        alerts: [{ code: 'droppedFrames', value: 6, threshold: 5 }],
      }),
    );
    expect(builder.summary()).toEqual({
      samples: 3,
      avgFps: 27,
      minFps: 24,
      maxCpu: 70,
      avgCpu: 40,
      maxDroppedPercent: 6,
      maxRenderSkippedPercent: 8,
      maxOutputSkippedPercent: 2,
      avgBitrateKbps: 2500,
      alertCount: 2,
    });
  });

  it('keeps summarizing as readings keep coming', () => {
    const builder = new HealthSummaryBuilder();
    builder.add(reading({ fps: 20 }));
    expect(builder.summary()).toMatchObject({ samples: 1, minFps: 20, avgBitrateKbps: 0 });
    builder.add(reading({ fps: 10 }));
    expect(builder.summary()).toMatchObject({ samples: 2, minFps: 10, avgFps: 15 });
  });
});
