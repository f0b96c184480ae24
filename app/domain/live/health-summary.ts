import type { HealthReading } from './health';

/** How the stream held up over a whole session; every field is 0 when no reading was taken. */
export interface HealthSummary {
  samples: number;
  avgFps: number;
  minFps: number;
  maxCpu: number;
  avgCpu: number;
  maxDroppedPercent: number;
  maxRenderSkippedPercent: number;
  maxOutputSkippedPercent: number;
  /** Over the readings that measured a bitrate, so the poll before the stream starts does not drag it down. */
  avgBitrateKbps: number;
  /** Readings that raised at least one alert. */
  alertCount: number;
}

/**
 * Folds readings into a HealthSummary as they arrive. Running totals only, because a long show polled every
 * two seconds yields thousands of readings the session record has no room for.
 */
export class HealthSummaryBuilder {
  private samples = 0;
  private fpsSum = 0;
  private minFps = Infinity;
  private cpuSum = 0;
  private maxCpu = 0;
  private maxDroppedPercent = 0;
  private maxRenderSkippedPercent = 0;
  private maxOutputSkippedPercent = 0;
  private bitrateSum = 0;
  private bitrateSamples = 0;
  private alertCount = 0;

  add(reading: HealthReading): void {
    this.samples += 1;
    this.fpsSum += reading.fps;
    this.minFps = Math.min(this.minFps, reading.fps);
    this.cpuSum += reading.cpuUsage;
    this.maxCpu = Math.max(this.maxCpu, reading.cpuUsage);
    this.maxDroppedPercent = Math.max(this.maxDroppedPercent, reading.droppedPercent);
    this.maxRenderSkippedPercent = Math.max(this.maxRenderSkippedPercent, reading.renderSkippedPercent);
    this.maxOutputSkippedPercent = Math.max(this.maxOutputSkippedPercent, reading.outputSkippedPercent);
    if (reading.bitrateKbps > 0) {
      this.bitrateSum += reading.bitrateKbps;
      this.bitrateSamples += 1;
    }
    if (reading.alerts.length > 0) this.alertCount += 1;
  }

  summary(): HealthSummary {
    const n = this.samples;
    return {
      samples: n,
      avgFps: n === 0 ? 0 : this.fpsSum / n,
      minFps: n === 0 ? 0 : this.minFps,
      maxCpu: this.maxCpu,
      avgCpu: n === 0 ? 0 : this.cpuSum / n,
      maxDroppedPercent: this.maxDroppedPercent,
      maxRenderSkippedPercent: this.maxRenderSkippedPercent,
      maxOutputSkippedPercent: this.maxOutputSkippedPercent,
      avgBitrateKbps: this.bitrateSamples === 0 ? 0 : this.bitrateSum / this.bitrateSamples,
      alertCount: this.alertCount,
    };
  }
}
