import { describe, expect, it } from 'vitest';
import { checkCompliance, createComplianceChecker } from './check';
import type { OwnerTerm } from './types';

describe('checkCompliance', () => {
  it('returns nothing for empty and blank text', () => {
    expect(checkCompliance('')).toEqual({ flagged: false, hits: [] });
    expect(checkCompliance('   ')).toEqual({ flagged: false, hits: [] });
  });

  it('reports the rule, its text in both languages and a safe wording', () => {
    const [hit] = checkCompliance('这款牛奶是全网最低价').hits;
    expect(hit).toMatchObject({ term: '全网最低价', rule: 'absolute', ruleId: 'absolute.superlative' });
    expect(hit?.ruleText.zh).toContain('广告法');
    expect(hit?.ruleText.en).toContain('Advertising Law');
    expect(hit?.suggestion).not.toBe('');
  });

  it('keeps the longest of overlapping matches', () => {
    expect(checkCompliance('这是全网最低价').hits.map((hit) => hit.term)).toEqual(['全网最低价']);
    expect(checkCompliance('本店承诺百分百有效').hits.map((hit) => hit.term)).toEqual(['百分百有效']);
  });

  it('matches through spaces, full-width letters and case, and reports the original characters', () => {
    const text = '这 款 是 最 好 的，ＮＯ．１ 的口碑，Top 1 爆款';
    const { hits } = checkCompliance(text);
    expect(hits.map((hit) => hit.term)).toEqual(['最 好', 'ＮＯ．１', 'Top 1']);
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.term);
  });

  it('counts positions in UTF-16 units of the original, past emoji', () => {
    const text = '🔥🔥这个草莓🍓真的最甜了';
    const [hit] = checkCompliance(text).hits;
    expect(hit?.term).toBe('最甜');
    expect(hit?.start).toBe(text.indexOf('最甜'));
    expect(hit?.end).toBe(text.indexOf('最甜') + 2);
  });

  it('reports every occurrence, in text order', () => {
    const { hits } = checkCompliance('最甜的西瓜，最香的哈密瓜');
    expect(hits.map((hit) => [hit.term, hit.start])).toEqual([
      ['最甜', 0],
      ['最香', 6],
    ]);
  });

  it('adds the owner’s words, with their wording, under the owner family unless one is given', () => {
    const extraTerms: OwnerTerm[] = [
      { term: '秒杀价', suggestion: '活动价' },
      { term: '神仙水', suggestion: '', rule: 'medical' },
    ];
    const { hits } = checkCompliance('今天秒杀价，这是神仙水', { extraTerms });
    expect(hits.map((hit) => [hit.term, hit.rule, hit.suggestion])).toEqual([
      ['秒杀价', 'owner', '活动价'],
      ['神仙水', 'medical', '删除'],
    ]);
  });

  it('lets an owner’s word win over the built-in allow list', () => {
    expect(checkCompliance('火锅', { extraTerms: [{ term: '火锅', suggestion: '锅子' }] }).flagged).toBe(
      true,
    );
  });

  it('matches owner words like the built-in ones: through spaces and case', () => {
    const extraTerms: OwnerTerm[] = [{ term: 'OMG', suggestion: '哇' }];
    expect(checkCompliance('o m g 太好吃了', { extraTerms }).hits.map((hit) => hit.term)).toEqual(['o m g']);
  });

  it('switches built-in rules off by id', () => {
    const text = '绝对新鲜，最甜的西瓜';
    expect(
      checkCompliance(text, { disabledRuleIds: ['absolute.certainty'] }).hits.map((hit) => hit.term),
    ).toEqual(['最甜']);
  });
});

describe('createComplianceChecker', () => {
  it('gives the same answers as checkCompliance', () => {
    const check = createComplianceChecker();
    for (const text of ['全网最低价', '最近很忙', '增强免疫力'])
      expect(check(text)).toEqual(checkCompliance(text));
  });
});
