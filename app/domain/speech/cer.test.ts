import { describe, expect, it } from 'vitest';
import { characterErrorRate, editDistance } from './cer';

describe('characterErrorRate', () => {
  it.each([
    // reference, hypothesis, expected — worked out by hand
    ['今天的苹果很甜', '今天的苹果很甜', 0],
    ['今天的苹果很甜', '今天苹果很甜', 1 / 7], // 的 deleted
    ['今天的苹果很甜', '今天的平果很甜', 1 / 7], // 苹 → 平
    ['今天的苹果很甜', '今天的苹果真的很甜', 2 / 7], // 真, 的 inserted
    ['买一送一', '买一送', 1 / 4],
    ['买一送一', '卖一送二', 2 / 4],
    ['好的', '好的好的好的', 4 / 2], // insertions push the rate past 1
    ['十块钱', '10块钱', 2 / 3], // numerals are not converted: 十 → 1 and 0 inserted
    ['abc', 'ABC', 0],
    ['', '', 0],
    ['', '嗯', 1],
    ['嗯', '', 1],
  ])('%j heard as %j → %d', (reference, hypothesis, expected) => {
    expect(characterErrorRate(reference, hypothesis)).toBeCloseTo(expected, 10);
  });

  it('ignores punctuation, spaces and full-width forms', () => {
    expect(characterErrorRate('好的，三号链接！ＯＫ', '好的 三号链接 ok')).toBe(0);
  });

  it('counts a character outside the BMP once', () => {
    expect(characterErrorRate('𠀀好', '好')).toBe(1 / 2);
  });
});

describe('editDistance', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['abc', 'abc', 0],
  ])('%s → %s is %i', (a, b, expected) => {
    expect(editDistance(Array.from(a), Array.from(b))).toBe(expected);
  });
});
