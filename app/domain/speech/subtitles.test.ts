import { describe, expect, it } from 'vitest';
import { toSrt, toVtt } from './subtitles';

const cues = [
  { startMs: 0, endMs: 1500, text: '大家好' },
  { startMs: 1500, endMs: 3_723_004.4, text: '今天上新' },
  { startMs: 3_723_010, endMs: 3_725_000, text: '   ' },
  { startMs: 3_725_000, endMs: 3_726_999.6, text: '三号链接\n\n  拍下  \r\n' },
];

describe('toSrt', () => {
  it('numbers cues from 1, skips empty ones and separates them with one blank line', () => {
    expect(toSrt(cues)).toBe(
      '1\n00:00:00,000 --> 00:00:01,500\n大家好\n\n' +
        '2\n00:00:01,500 --> 01:02:03,004\n今天上新\n\n' +
        '3\n01:02:05,000 --> 01:02:07,000\n三号链接\n拍下\n',
    );
  });

  it('is empty with no cues', () => {
    expect(toSrt([])).toBe('');
    expect(toSrt([{ startMs: 0, endMs: 1, text: '\n' }])).toBe('');
  });

  it('reads negative times as 0, moves an end before its start and lets hours pass 99', () => {
    expect(toSrt([{ startMs: -20, endMs: -10, text: 'a' }])).toBe('1\n00:00:00,000 --> 00:00:00,000\na\n');
    expect(toSrt([{ startMs: 360_000_000, endMs: 360_000_001, text: 'b' }])).toBe(
      '1\n100:00:00,000 --> 100:00:00,001\nb\n',
    );
  });
});

describe('toVtt', () => {
  it('starts with the WEBVTT header and uses a dot before the milliseconds', () => {
    expect(toVtt(cues)).toBe(
      'WEBVTT\n\n' +
        '00:00:00.000 --> 00:00:01.500\n大家好\n\n' +
        '00:00:01.500 --> 01:02:03.004\n今天上新\n\n' +
        '01:02:05.000 --> 01:02:07.000\n三号链接\n拍下\n',
    );
  });

  it('is just the header with no cues', () => {
    expect(toVtt([])).toBe('WEBVTT\n');
  });

  it('escapes an arrow, tags and ampersands in the text', () => {
    expect(toVtt([{ startMs: 0, endMs: 1000, text: '买一 --> 送一 <b>A&B</b>' }])).toBe(
      'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n买一 --&gt; 送一 &lt;b&gt;A&amp;B&lt;/b&gt;\n',
    );
  });
});
