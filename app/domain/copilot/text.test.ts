import { describe, expect, it } from 'vitest';
import type { Segmenter } from '../../text/segmenter';
import { jaccard, normalizeText, questionTokens } from './text';

describe('normalizeText', () => {
  it('folds width and case and squeezes spaces', () => {
    expect(normalizeText('  ＡＢＣ１２  米粉\t\t多少钱 ')).toBe('abc12 米粉 多少钱');
  });
});

describe('questionTokens', () => {
  it('pairs characters without particles or addressing the host', () => {
    expect([...questionTokens('请问主播米粉冲吗？')]).toEqual(['米粉', '粉冲']);
    expect([...questionTokens('冲吗')]).toEqual(['冲']);
    expect([...questionTokens('吗？')]).toEqual([]);
  });

  it('uses words from a segmenter, without stop words', () => {
    const segmenter: Segmenter = { cut: () => ['奶粉', '是', '哪个', '牌子', '？'] };
    expect([...questionTokens('奶粉是哪个牌子？', segmenter)]).toEqual(['奶粉', '牌子']);
  });
});

describe('jaccard', () => {
  it.each<[string[], string[], number]>([
    [['a', 'b'], ['a', 'b'], 1],
    [['a', 'b'], ['b', 'c'], 1 / 3],
    [['a'], ['b'], 0],
    [[], [], 0],
  ])('%j ~ %j = %d', (a, b, score) => {
    expect(jaccard(new Set(a), new Set(b))).toBeCloseTo(score);
  });
});
