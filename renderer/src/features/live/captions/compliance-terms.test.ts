import { describe, expect, it } from 'vitest';
import { formatOwnerTerms, parseOwnerTerms } from './compliance-terms';

describe("the owner's own risky words", () => {
  it('reads one word per line with an optional safe wording after an arrow', () => {
    expect(parseOwnerTerms('秒杀价 → 活动价\n 神器 \n\n秒杀价->重复\n爆款=>热销')).toEqual([
      { term: '秒杀价', suggestion: '活动价' },
      { term: '神器', suggestion: '' },
      { term: '爆款', suggestion: '热销' },
    ]);
  });

  it('writes back what it read', () => {
    const terms = [
      { term: '秒杀价', suggestion: '活动价' },
      { term: '神器', suggestion: '' },
    ];
    expect(parseOwnerTerms(formatOwnerTerms(terms))).toEqual(terms);
  });
});
