import { describe, expect, it } from 'vitest';
import type { ParsedComment } from '../../../../app/domain/copilot';
import type { DraftLine } from './drafts';
import { askedButNotBought, handoffInput, handoffOpenMs } from './handoff-input';

const comment = (nickname: string, intent: ParsedComment['intent'], text: string): ParsedComment => ({
  id: `${nickname}${text}`,
  nickname,
  text,
  at: 0,
  intent,
  link: null,
  qty: null,
});

const draft: DraftLine = {
  key: 'k',
  sessionId: 's',
  nickname: '李阿姨',
  link: 1,
  productId: 'p1',
  qty: 2,
  at: 0,
};

describe('askedButNotBought', () => {
  it('lists askers who neither bought nor hold a draft, with their questions in order', () => {
    const comments = [
      comment('小王', 'question', '几个月能吃？'),
      comment('李阿姨', 'question', '保质期多久？'),
      comment('张姐', 'question', '怎么买？'),
      comment('张姐', 'buy', '+1'),
      comment('小王', 'question', '能自提吗？'),
    ];
    expect(askedButNotBought(comments, [draft])).toEqual([
      { nickname: '小王', memberId: null, questions: ['几个月能吃？', '能自提吗？'] },
    ]);
  });
});

describe('handoffInput', () => {
  it('carries every unconfirmed draft and keeps the post open a day', () => {
    const input = handoffInput({
      sessionTitle: '周六',
      products: [],
      comments: [],
      drafts: [draft],
      endedAt: 1000,
      locale: 'zh-CN',
    });
    expect(input.buyIntentsUnconfirmed).toEqual([{ nickname: '李阿姨', link: 1, qty: 2 }]);
    expect(input.deadline).toBe(1000 + handoffOpenMs);
  });
});
