/** One poll of OBS's GetStats, with the stream and record outputs' status; null when OBS reports none. */
export interface ObsStatsSample {
  at: number;
  cpuUsage: number;
  memoryUsageMb: number;
  activeFps: number;
  targetFps: number;
  availableDiskSpaceMb: number;
  renderSkippedFrames: number;
  renderTotalFrames: number;
  outputSkippedFrames: number;
  outputTotalFrames: number;
  stream: { active: boolean; bytes: number; skippedFrames: number; totalFrames: number } | null;
  record: { active: boolean; bytes: number } | null;
}

export type HealthAlertCode = 'droppedFrames' | 'renderLag' | 'encoderLag' | 'lowFps' | 'cpuHigh' | 'diskLow';

export interface HealthAlert {
  code: HealthAlertCode;
  value: number;
  threshold: number;
}

export interface HealthReading {
  at: number;
  cpuUsage: number;
  fps: number;
  renderSkippedPercent: number;
  outputSkippedPercent: number;
  droppedPercent: number;
  bitrateKbps: number;
  alerts: HealthAlert[];
}

export interface HealthThresholds {
  /** Network drops above this percentage of the stream's frames. */
  droppedPercent: number;
  /** Frames the renderer missed (GPU overloaded) above this percentage. */
  renderSkippedPercent: number;
  /** Frames the encoder skipped (encoder overloaded) above this percentage. */
  outputSkippedPercent: number;
  /** Alert when the frame rate falls below this share of the target. */
  minFpsRatio: number;
  cpuPercent: number;
  minDiskMb: number;
}

export const defaultThresholds: Readonly<HealthThresholds> = {
  droppedPercent: 5,
  renderSkippedPercent: 5,
  outputSkippedPercent: 5,
  minFpsRatio: 0.9,
  cpuPercent: 85,
  minDiskMb: 2048,
};

interface FrameCounters {
  skipped: number;
  total: number;
}

/**
 * Skipped share of the frames in the window. OBS restarts its counters with OBS or the output, so a counter
 * going backwards means everything it now holds happened since the restart, inside the window.
 */
function skippedPercent(prev: FrameCounters | null, cur: FrameCounters): number {
  const reset = !prev || cur.skipped < prev.skipped || cur.total < prev.total;
  const skipped = reset ? cur.skipped : cur.skipped - prev.skipped;
  const total = reset ? cur.total : cur.total - prev.total;
  return total === 0 ? 0 : (skipped / total) * 100;
}

/** An inactive output's counters are stale or zero, so they say nothing about the window. */
const activeStream = (sample: ObsStatsSample | null) => (sample?.stream?.active ? sample.stream : null);

function bitrateKbps(prev: ObsStatsSample | null, cur: ObsStatsSample): number {
  const before = activeStream(prev);
  const now = activeStream(cur);
  if (!prev || !before || !now || cur.at <= prev.at) return 0;
  const bytes = now.bytes < before.bytes ? now.bytes : now.bytes - before.bytes;
  // bytes·8 bits / 1000 per kilobit, over ms / 1000 per second: the thousands cancel.
  return (bytes * 8) / (cur.at - prev.at);
}

function alertsOf(reading: Omit<HealthReading, 'alerts'>, cur: ObsStatsSample, limits: HealthThresholds) {
  const alerts: HealthAlert[] = [];
  const above = (code: HealthAlertCode, value: number, threshold: number) => {
    if (value > threshold) alerts.push({ code, value, threshold });
  };
  const below = (code: HealthAlertCode, value: number, threshold: number) => {
    if (value < threshold) alerts.push({ code, value, threshold });
  };
  above('droppedFrames', reading.droppedPercent, limits.droppedPercent);
  above('renderLag', reading.renderSkippedPercent, limits.renderSkippedPercent);
  above('encoderLag', reading.outputSkippedPercent, limits.outputSkippedPercent);
  below('lowFps', reading.fps, cur.targetFps * limits.minFpsRatio);
  above('cpuHigh', reading.cpuUsage, limits.cpuPercent);
  below('diskLow', cur.availableDiskSpaceMb, limits.minDiskMb);
  return alerts;
}

const renderCounters = (sample: ObsStatsSample): FrameCounters => ({
  skipped: sample.renderSkippedFrames,
  total: sample.renderTotalFrames,
});

const outputCounters = (sample: ObsStatsSample): FrameCounters => ({
  skipped: sample.outputSkippedFrames,
  total: sample.outputTotalFrames,
});

const streamCounters = (sample: ObsStatsSample | null): FrameCounters | null => {
  const stream = activeStream(sample);
  return stream && { skipped: stream.skippedFrames, total: stream.totalFrames };
};

/**
 * Stream health over the window since the previous poll, or over OBS's cumulative counters on the first.
 * droppedPercent is the stream's network drops (0 while not streaming); bitrateKbps is 0 until two polls in
 * a row see the stream active.
 */
export function readHealth(
  prev: ObsStatsSample | null,
  cur: ObsStatsSample,
  thresholds: HealthThresholds = defaultThresholds,
): HealthReading {
  const stream = streamCounters(cur);
  const reading = {
    at: cur.at,
    cpuUsage: cur.cpuUsage,
    fps: cur.activeFps,
    renderSkippedPercent: skippedPercent(prev && renderCounters(prev), renderCounters(cur)),
    outputSkippedPercent: skippedPercent(prev && outputCounters(prev), outputCounters(cur)),
    droppedPercent: stream ? skippedPercent(streamCounters(prev), stream) : 0,
    bitrateKbps: bitrateKbps(prev, cur),
  };
  return { ...reading, alerts: alertsOf(reading, cur, thresholds) };
}
