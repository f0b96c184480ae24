import { describe, expect, it } from 'vitest';
import { parseWhisperVtt } from './vtt';

describe('parseWhisperVtt', () => {
  it('keeps every cue, the first one included, with times in ms and text trimmed', () => {
    const vtt =
      'WEBVTT\n\n00:00:00.000 --> 00:00:02.340\n 大家好\n\n00:00:02.340 --> 01:00:03.000\n 今天\n 苹果\n\n';
    expect(parseWhisperVtt(vtt)).toEqual([
      { startMs: 0, endMs: 2340, text: '大家好' },
      { startMs: 2340, endMs: 3_603_000, text: '今天 苹果' },
    ]);
  });

  it('tells a run that heard nothing (no cues) from output that is not WebVTT', () => {
    expect(parseWhisperVtt('WEBVTT\n\n')).toEqual([]);
    expect(parseWhisperVtt('')).toBeNull();
    expect(parseWhisperVtt('[00:00:00.000 --> 00:00:01.000]  hi')).toBeNull();
  });

  it('drops cues whose text is blank', () => {
    expect(parseWhisperVtt('WEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\n \r\n\r\n')).toEqual([]);
  });
});
