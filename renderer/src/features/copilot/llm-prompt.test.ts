import { describe, expect, it } from 'vitest';
import { buildDigest, type DigestProduct } from '../../../../app/domain/copilot';
import { llmMessages, readLlmAnswer } from './llm-prompt';

const product: DigestProduct = {
  link: 1,
  productId: 'p1',
  name: '有机米粉',
  priceFen: 3900,
  stockLeft: 6,
  unit: '盒',
  facts: { certifications: [] },
};

describe('llmMessages', () => {
  it('gives the model only the facts the offline engine had', () => {
    const digest = buildDigest(
      [
        {
          id: 'c1',
          nickname: '小王',
          text: '米粉几个月能吃？',
          at: 1000,
          intent: 'question',
          link: null,
          qty: null,
        },
      ],
      [product],
      2000,
    );
    const [system, user] = llmMessages({ product, digest, transcriptTail: ['这款很细腻'], locale: 'zh-CN' });
    expect(system?.role).toBe('system');
    expect(system?.content).toContain('绝对化');
    expect(user?.content).toContain('1号 有机米粉');
    expect(user?.content).toContain('库存还剩：6盒');
    expect(user?.content).toContain('米粉几个月能吃？（1次，1人）');
    expect(user?.content).toContain('- 这款很细腻');
    expect(user?.content).toContain('资料：无');
  });
});

describe('readLlmAnswer', () => {
  it('keeps trimmed, non-empty lines', () => {
    expect(readLlmAnswer({ lines: [' 好 ', ''], sellingPoints: ['细腻'] })).toEqual({
      lines: ['好'],
      sellingPoints: ['细腻'],
    });
  });

  it('refuses an answer without lines', () => {
    expect(readLlmAnswer({ lines: [], sellingPoints: [] })).toBeNull();
    expect(readLlmAnswer('text')).toBeNull();
    expect(readLlmAnswer({ lines: [1], sellingPoints: [] })).toBeNull();
  });
});
