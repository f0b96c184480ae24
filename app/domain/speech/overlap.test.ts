import { describe, expect, it } from 'vitest';
import { mergeSegments } from './overlap';
import type { TimedText } from './timed-text';

const seg = (startMs: number, endMs: number, text: string): TimedText => ({ startMs, endMs, text });

// The previous chunk ended at 10 000 ms; the next one starts 500 ms earlier, at 9 500 ms.
const previous = [seg(6000, 8000, '大家好，欢迎来到直播间。'), seg(8000, 10_000, '今天三号链接')];

describe('mergeSegments', () => {
  it('drops a segment inside the overlap that repeats the end of the previous text', () => {
    const next = [seg(9500, 9900, '链接'), seg(9900, 12_000, '现在拍下有优惠')];
    expect(mergeSegments(previous, next, 500, { chunkStartMs: 9500 })).toEqual([
      seg(10_000, 12_000, '现在拍下有优惠'),
    ]);
  });

  it('removes the repeated words at the start of a segment straddling the border', () => {
    const next = [seg(9500, 11_500, '三号链接，现在拍')];
    // 三号链接 are 4 of 7 words, so the segment now starts 4/7 of the way in.
    expect(mergeSegments(previous, next, 500, { chunkStartMs: 9500, toleranceMs: 1000 })).toEqual([
      seg(9500 + (4 / 7) * 2000, 11_500, '现在拍'),
    ]);
  });

  it('removes a repeated part but keeps a lone character that may repeat by chance', () => {
    const next = [seg(9500, 12_500, '接现在拍下有优惠')];
    expect(mergeSegments(previous, next, 500, { chunkStartMs: 9500 })).toEqual([
      seg(10_000, 12_500, '接现在拍下有优惠'),
    ]);
    const twoWords = [seg(9500, 12_500, '链接现在拍下有优惠')];
    expect(mergeSegments(previous, twoWords, 500, { chunkStartMs: 9500 })[0]?.text).toBe('现在拍下有优惠');
  });

  it('keeps everything when nothing is repeated', () => {
    const next = [seg(9500, 11_000, '现在拍下'), seg(11_000, 12_000, '有优惠')];
    expect(mergeSegments(previous, next, 500, { chunkStartMs: 9500 })).toEqual([
      seg(10_000, 11_000, '现在拍下'),
      seg(11_000, 12_000, '有优惠'),
    ]);
  });

  it('matches across punctuation, spaces and full-width forms', () => {
    const prev = [seg(0, 10_000, '这款是 iPhone 15，')];
    const next = [seg(9500, 9900, 'ｉＰｈｏｎｅ１５!'), seg(9900, 12_000, '九折')];
    expect(mergeSegments(prev, next, 500, { chunkStartMs: 9500 })).toEqual([seg(10_000, 12_000, '九折')]);
  });

  it('treats a Latin word as one unit', () => {
    const prev = [seg(0, 10_000, 'we sell apples')];
    expect(mergeSegments(prev, [seg(9500, 11_000, 'apples and pears')], 500)).toEqual([
      seg(10_000, 11_000, 'and pears'),
    ]);
    // "pineapples" is a different word, although "apples" ends it.
    expect(mergeSegments(prev, [seg(9500, 11_000, 'pineapples too')], 500)[0]?.text).toBe('pineapples too');
  });

  it('trusts a one-character repeat only as a whole segment inside the overlap', () => {
    const prev = [seg(0, 10_000, '好')];
    expect(mergeSegments(prev, [seg(9600, 9800, '好。'), seg(9800, 11_000, '下一款')], 500)).toEqual([
      seg(10_000, 11_000, '下一款'),
    ]);
    expect(mergeSegments(prev, [seg(9500, 11_000, '好的下一款')], 500)[0]?.text).toBe('好的下一款');
  });

  it('does not remove a repeat spoken after the overlap', () => {
    const prev = [seg(0, 10_000, '好的好的')];
    // Said again at 11–12 s, well after the 500 ms of repeated audio.
    const next = [seg(9500, 11_000, '嗯'), seg(11_000, 12_000, '好的好的')];
    expect(mergeSegments(prev, next, 500, { chunkStartMs: 9500 }).map((s) => s.text)).toEqual([
      '嗯',
      '好的好的',
    ]);
  });

  it('removes nothing without an overlap', () => {
    const next = [seg(10_500, 11_000, '今天三号链接')];
    expect(mergeSegments(previous, next, 0)).toEqual(next);
  });

  it('looks only at the end of a long history', () => {
    const history = Array.from({ length: 5000 }, (_, i) => seg(i * 10, i * 10 + 10, '嗯'));
    history.push(seg(50_000, 60_000, '最后一句'));
    // 一 and 句 end at 59 800 and 60 100 ms, inside the overlap; 话 starts after them.
    expect(mergeSegments(history, [seg(59_500, 60_400, '一句话')], 500)).toEqual([seg(60_100, 60_400, '话')]);
  });

  it('keeps start times from going back and drops segments left without words', () => {
    const next = [seg(9000, 9400, '。'), seg(9200, 10_800, '嗯'), seg(10_500, 10_400, '对')];
    expect(mergeSegments(previous, next, 500)).toEqual([
      seg(10_000, 10_800, '嗯'),
      seg(10_800, 10_800, '对'),
    ]);
  });

  it('returns nothing for an empty chunk and everything after an empty history', () => {
    expect(mergeSegments(previous, [], 500)).toEqual([]);
    expect(mergeSegments([], [seg(0, 1000, '你好')], 500)).toEqual([seg(0, 1000, '你好')]);
  });
});
