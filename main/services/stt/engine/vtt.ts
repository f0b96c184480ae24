import type { EngineSegment } from './engine';

const cueTiming = /^(\d+):(\d{2}):(\d{2})\.(\d{3}) --> (\d+):(\d{2}):(\d{2})\.(\d{3})$/;

function toMs(hours: string, minutes: string, seconds: string, millis: string): number {
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + Number(millis);
}

/**
 * Reads the WebVTT file whisper.cpp writes with `-ovtt`: every cue, the first included (whisper-node's own
 * stdout parser drops it). Returns null when the text is not a WebVTT file at all, so a truncated or missing
 * output is told apart from a run that heard nothing.
 */
export function parseWhisperVtt(text: string): EngineSegment[] | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== 'WEBVTT') return null;
  const segments: EngineSegment[] = [];
  let current: { startMs: number; endMs: number; lines: string[] } | null = null;
  const close = () => {
    if (current === null) return;
    const joined = current.lines.join(' ').trim();
    if (joined !== '') segments.push({ startMs: current.startMs, endMs: current.endMs, text: joined });
    current = null;
  };
  for (const line of lines.slice(1)) {
    const timing = cueTiming.exec(line.trim());
    if (timing) {
      close();
      const [, h0 = '0', m0 = '0', s0 = '0', ms0 = '0', h1 = '0', m1 = '0', s1 = '0', ms1 = '0'] = timing;
      current = { startMs: toMs(h0, m0, s0, ms0), endMs: toMs(h1, m1, s1, ms1), lines: [] };
    } else if (current !== null && line.trim() !== '') {
      current.lines.push(line.trim());
    }
  }
  close();
  return segments;
}
