import { describe, expect, it } from 'vitest';
import { screenText } from './screen';

describe('screenText', () => {
  it('passes a clean text as it is', () => {
    expect(screenText('有机米粉39.9元一盒')).toEqual({
      original: '有机米粉39.9元一盒',
      text: '有机米粉39.9元一盒',
      hits: [],
    });
  });

  it('rewrites with the rule’s plain wording', () => {
    const { text, hits } = screenText('有机米粉是全网最好吃的');
    expect(text).toBe('有机米粉是很好吃的');
    expect(hits.map(({ term }) => term)).toEqual(['全网最好吃']);
  });

  it('drops a text whose rule only says to delete', () => {
    expect(screenText('宝宝吃了更聪明').text).toBeNull();
    expect(screenText('国家级有机认证').text).toBeNull();
  });

  it('does not count a nickname as a claim', () => {
    expect(screenText('最靓的仔您好，米粉到了', {}, { start: 0, end: 4 })).toMatchObject({
      text: '最靓的仔您好，米粉到了',
      hits: [],
    });
    const shifted = screenText('全网最好吃的米粉给最靓的仔', {}, { start: 9, end: 13 });
    expect(shifted.text).toBe('很好吃的米粉给最靓的仔');
  });

  it('honours the owner’s words', () => {
    expect(screenText('散养土鸡蛋', { extraTerms: [{ term: '散养', suggestion: '农家' }] }).text).toBe(
      '农家土鸡蛋',
    );
  });
});
