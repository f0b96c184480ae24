import { describe, expect, it } from 'vitest';
import { normalizeForMatching, originalSpan } from './normalize';

describe('normalizeForMatching', () => {
  it.each<[string, string]>([
    ['最 好', '最好'],
    ['最\u3000好', '最好'],
    ['ＮＯ．１', 'no.1'],
    ['TOP 1', 'top1'],
    ['全网最低价！', '全网最低价!'],
    ['\ufeff零\u200b风险', '零风险'],
    ['', ''],
  ])('%j → %j', (input, folded) => expect(normalizeForMatching(input).text).toBe(folded));

  it('maps every folded unit back to the character it came from', () => {
    const original = 'Ａ 最 好';
    const normalized = normalizeForMatching(original);
    expect(normalized.text).toBe('a最好');
    expect(originalSpan(normalized, 1, 3)).toEqual([2, 5]);
    expect(original.slice(2, 5)).toBe('最 好');
  });

  it('keeps emoji whole, so spans never split a surrogate pair', () => {
    const original = '🍓 最甜';
    const normalized = normalizeForMatching(original);
    expect(normalized.text).toBe('🍓最甜');
    expect(originalSpan(normalized, 0, 2)).toEqual([0, 2]);
    expect(originalSpan(normalized, 2, 4)).toEqual([3, 5]);
  });
});
