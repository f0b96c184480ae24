import type { AudioLevel, HealthReadingData } from '../../../app/contract/obs-schemas';
import { readHealth, type ObsStatsSample } from '../../../app/domain/live/health';
import type { ObsLink } from './obs-link';

/** Reads one sample of OBS's counters: GetStats plus the outputs' own frame and byte counts. */
export async function sampleStats(link: ObsLink, targetFps: number, now: number): Promise<ObsStatsSample> {
  const [stats, stream, record] = await Promise.all([
    link.call('GetStats'),
    link.call('GetStreamStatus'),
    link.call('GetRecordStatus'),
  ]);
  return {
    at: now,
    cpuUsage: stats.cpuUsage,
    memoryUsageMb: stats.memoryUsage,
    activeFps: stats.activeFps,
    targetFps,
    availableDiskSpaceMb: stats.availableDiskSpace,
    renderSkippedFrames: stats.renderSkippedFrames,
    renderTotalFrames: stats.renderTotalFrames,
    outputSkippedFrames: stats.outputSkippedFrames,
    outputTotalFrames: stats.outputTotalFrames,
    stream: stream.outputActive
      ? {
          active: true,
          bytes: stream.outputBytes,
          skippedFrames: stream.outputSkippedFrames,
          totalFrames: stream.outputTotalFrames,
        }
      : null,
    record: record.outputActive ? { active: true, bytes: record.outputBytes } : null,
  };
}

/** Keeps the previous sample so each reading covers only the last poll window. */
export class HealthMonitor {
  private previous: ObsStatsSample | null = null;
  last: HealthReadingData | null = null;

  reset(): void {
    this.previous = null;
  }

  add(sample: ObsStatsSample): HealthReadingData {
    const reading = readHealth(this.previous, sample);
    this.previous = sample;
    this.last = reading;
    return reading;
  }
}

const silenceDb = -100;

function toDb(multiplier: number): number {
  return multiplier > 0 ? Math.max(silenceDb, 20 * Math.log10(multiplier)) : silenceDb;
}

/**
 * obs-websocket sends every input's levels about 20 times a second as [magnitude, peak, inputPeak] per channel
 * (linear multipliers); the console needs the loudest channel of one input, ten times a second at most.
 */
export class AudioMeter {
  private lastSentAt = 0;

  constructor(private readonly intervalMs = 100) {}

  read(inputs: ReadonlyArray<Record<string, unknown>>, inputName: string, now: number): AudioLevel | null {
    if (now - this.lastSentAt < this.intervalMs) return null;
    const input = inputs.find((candidate) => candidate['inputName'] === inputName);
    const channels = input?.['inputLevelsMul'];
    if (!Array.isArray(channels)) return null;
    let magnitude = 0;
    let peak = 0;
    for (const channel of channels as unknown[]) {
      if (!Array.isArray(channel)) continue;
      const [channelMagnitude, channelPeak] = channel as number[];
      magnitude = Math.max(magnitude, channelMagnitude ?? 0);
      peak = Math.max(peak, channelPeak ?? 0);
    }
    this.lastSentAt = now;
    return { inputName, peakDb: toDb(peak), magnitudeDb: toDb(magnitude), at: now };
  }
}
